#pragma once

#include "net/signalr/signalr_hub_message.h"
#include "pipeline/frame_decoder.h"

#include <QJsonObject>
#include <QQueue>
#include <QSet>
#include <QString>

namespace sb {

// A message of a hub's record that the hub connection on the io thread acts on (Ping, Close), for the hub `hub`.
struct SaltoHubControl
{
    int hub = 0;
    SignalRHubMessage message;
};

// The Salto feed's frame decoder (decode thread). A frame is one SignalR record of one hub, as the hub connection
// split it (binary, no separator), with the hub's stream ("entries" or "incidents") as its text and the hub's index
// as its channel, because Salto's messages do not say which hub they came from. Each record is parsed here, once:
// Ping and Close go back to the hub as a SaltoHubControl, completions and stream items (no calls of ours are
// outstanding) are dropped, and every argument of ReceiveMessage — a JSON string, as in Salto's samples, or an object —
// becomes one `door.entry` or `door.incident` Event whose attrs hold the message JSON untouched. The key is the
// message's own id; duplicates (a server replaying after a reconnect) are dropped over a bounded window. Pane columns
// travel as tags "site:…", "door:…", "user:…", "event:…", "severity:…" (and "site_id:…" when the site has a name) so
// that the GUI thread never parses JSON and one query reads them; an incident's urgency ranks its severity (urgencyOf).
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

    // The frame the hub connection posts for one record of the hub `hub`.
    static RawFrame frame(const QString &stream, QByteArray record, qint64 receivedMs, int hub = 0);
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

Q_DECLARE_METATYPE(sb::SaltoHubControl)
