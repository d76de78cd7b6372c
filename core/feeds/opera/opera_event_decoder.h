#pragma once

#include "pipeline/frame_decoder.h"

#include <QQueue>
#include <QSet>
#include <QString>

namespace sb {

// The OPERA feed's frame decoder (decode thread): parses every graphql-transport-ws message; a `next` carrying
// OHIP's newEvent becomes one `hotel.event` Event, and every other message goes back to the session as a control
// message. After each event (or dropped duplicate) it reports the event's offset (OperaProgress) so the feed can
// persist it. Duplicates are recognised by uniqueEventId over a bounded window that survives reconnects.
class OperaEventDecoder : public FrameDecoder
{
public:
    struct Options
    {
        qsizetype maxMessageBytes = 4 * 1024 * 1024;
        int dedupeWindow = 50000;
        int maxDetailRows = 500;
    };

    explicit OperaEventDecoder(QString feedName);
    OperaEventDecoder(QString feedName, const Options &options);

    void decode(const RawFrame &frame, DecodeOutput &out) override;

    static QByteArray title(const QString &module, const QString &event, const QString &primaryKey);

private:
    void decodeNext(const QJsonObject &payload, qint64 receivedMs, DecodeOutput &out);
    bool remember(const QString &uniqueEventId);
    void error(DecodeOutput &out, const QString &code, const QString &message);

    QString m_feed;
    Options m_options;
    QSet<QString> m_seen;
    QQueue<QString> m_seenOrder;
};

} // namespace sb
