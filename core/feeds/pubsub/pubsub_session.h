#pragma once

#include "event/frame_sink.h"

#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <functional>

class QWebSocket;

namespace sb {

// One Realtime Pub/Sub WebSocket connection, on the io thread, beside the other sessions (OmmSession,
// SignalRHubConnection, GraphqlWsClient): opens the socket with peer verification, moves every frame unparsed to the
// frame sink (the feed's decode worker), keeps it alive with WebSocket pings (a pong or any message within
// pongTimeoutMs of a ping is proof of life) and reports the close with its code, or the HTTP status of a refused
// upgrade. What the envelopes mean, and whether to reconnect, is the feed's.
class PubSubSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 maxMessageBytes = 64 * 1024;
        int pingIntervalMs = 13500;
        int pongTimeoutMs = 15000;
    };
    struct Close
    {
        int code = 0; // 1006 when no closing handshake was seen
        QString reason; // the peer's, unredacted
        QString socketError;
        int httpStatus = 0; // > 0 when the upgrade was refused
    };

    explicit PubSubSession(QObject *parent = nullptr);
    ~PubSubSession() override;

    void setOptions(const Options &options) { m_options = options; }
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }
    void setFrameSink(FrameSink *sink) { m_frameSink = sink; }

    // Drops any socket of a previous connection without a signal, then connects. A null `tls` means the system
    // defaults; peer verification stays on.
    void open(const QUrl &url, const QSslConfiguration &tls);
    // Closes politely when connected, aborts otherwise; no closed() follows (the owner is stopping).
    void close();
    // The connection stays as it is, unwatched (the owner has given up on it).
    void stopPinging() { m_pingTimer.stop(); }
    bool isActive() const { return m_socket != nullptr; }
    bool isConnected() const;
    bool sendText(const QByteArray &frame);
    int pongsReceived() const { return m_pongs.load(std::memory_order_relaxed); }

Q_SIGNALS:
    void connected();
    // Neither a pong nor a message for `silentMs` after a ping: the socket is aborted, closed() follows.
    void pingTimedOut(qint64 silentMs);
    void closed(const sb::PubSubSession::Close &close);

private:
    void onConnected();
    void onPing();
    void onDisconnected();
    void drop();
    qint64 now() const;

    Options m_options;
    std::function<qint64()> m_nowMs;
    FrameSink *m_frameSink = nullptr;
    QWebSocket *m_socket = nullptr;
    bool m_closingHandshakeSeen = false; // see websocketCloseCode()
    QTimer m_pingTimer;
    qint64 m_lastReceivedMs = 0;
    qint64 m_pingOutstandingSinceMs = 0; // 0: no ping waiting for its pong
    int m_httpStatus = 0;
    std::atomic<int> m_pongs {0};
};

} // namespace sb

Q_DECLARE_METATYPE(sb::PubSubSession::Close)
