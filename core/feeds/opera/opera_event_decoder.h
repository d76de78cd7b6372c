#pragma once

#include "feeds/opera/opera_progress.h"
#include "pipeline/frame_decoder.h"

#include <QHash>
#include <QQueue>
#include <QString>

namespace sb {

// The OPERA feed's frame decoder (decode thread): parses every graphql-transport-ws message; a `next` carrying
// OHIP's newEvent becomes one `hotel.event` Event, and every other message goes back to the session as a control
// message. After each event (or dropped duplicate) it acknowledges the event's offset (OperaProgress, with the offset
// as feed state for the sink to keep in the events' transaction) so the feed persists it only once the events are
// durable. Duplicates are recognised by uniqueEventId over a bounded window that survives reconnects; an
// OperaForgetFrame drops those after an offset, which the feed fetches again. Tags: "module:…", "action:…" (OHIP's
// eventName), "chain:…", "hotel:…", "offset:…", then "room:…" and "guest:…" when the event names them.
class OperaEventDecoder : public FrameDecoder
{
public:
    struct Options
    {
        qsizetype maxMessageBytes = 4 * 1024 * 1024;
        int dedupeWindow = 50000;
        int maxDetailRows = 500;
        QString offsetStateKey; // the feed state key of the chain's offset; empty: not kept by the sink
        QString chainCode; // the subscribed chain, tagged `chain:` on every event; empty: no chain tag
    };

    explicit OperaEventDecoder(QString feedName);
    OperaEventDecoder(QString feedName, const Options &options);

    void decode(const RawFrame &frame, DecodeOutput &out) override;
    void reset() override { ++m_connection; }

    static QByteArray title(const QString &module, const QString &event, const QString &primaryKey);

private:
    void decodeNext(const QJsonObject &payload, qint64 receivedMs, DecodeOutput &out);
    bool remember(const QString &uniqueEventId, qint64 offset);
    void forgetAfter(qint64 offset);
    void progressed(const OperaProgress &progress, DecodeOutput &out);
    void error(DecodeOutput &out, const QString &code, const QString &message);

    QString m_feed;
    Options m_options;
    QHash<QString, qint64> m_seen; // uniqueEventId -> offset
    QQueue<QString> m_seenOrder;
    quint64 m_connection = 0;
    qint64 m_highestOffset = -1;
};

} // namespace sb
