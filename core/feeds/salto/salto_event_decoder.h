#pragma once

#include "pipeline/frame_decoder.h"

#include <QJsonObject>
#include <QQueue>
#include <QSet>
#include <QString>

namespace sb {

// The Salto feed's frame decoder (decode thread). A frame is "<stream>" 0x1E <SignalR Invocation record>, the
// stream ("entries" or "incidents") prefixed by the feed because Salto's messages do not say which hub they came
// from. Every argument of ReceiveMessage — a JSON string, as in Salto's samples, or an object — becomes one
// `door.entry` or `door.incident` Event whose attrs hold the message JSON untouched. The key is the message's own
// id; duplicates (a server replaying after a reconnect) are dropped over a bounded window. Pane columns travel as
// tags "site:…", "door:…", "user:…", "event:…", "severity:…" (and "site_id:…" when the site has a name) so that the
// GUI thread never parses JSON and one query reads them; an incident's urgency ranks its severity (urgencyOf).
class SaltoEventDecoder : public FrameDecoder
{
public:
    struct Options
    {
        qsizetype maxMessageBytes = 1024 * 1024;
        int dedupeWindow = 50000;
    };

    explicit SaltoEventDecoder(QString feedName);
    SaltoEventDecoder(QString feedName, const Options &options);

    void decode(const RawFrame &frame, DecodeOutput &out) override;

    // The frame the feed posts for one record of a hub.
    static QString frameText(const QString &stream, const QByteArray &record);
    // urgency of an incident severity: critical 1, high 2, medium 3, low 4; -1 when unknown.
    static int urgencyOf(const QString &severity);

private:
    void decodeMessage(const QString &stream, const QJsonValue &argument, qint64 receivedMs, DecodeOutput &out);
    bool remember(const QString &key);
    void error(DecodeOutput &out, const QString &code, const QString &message);

    QString m_feed;
    Options m_options;
    QSet<QString> m_seen;
    QQueue<QString> m_seenOrder;
};

} // namespace sb
