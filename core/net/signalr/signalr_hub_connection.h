#pragma once

#include "event/frame_sink.h"
#include "net/signalr/signalr_close_info.h"
#include "net/signalr/signalr_hub_message.h"
#include "net/signalr/signalr_record_splitter.h"

#include <QNetworkRequest>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

class QWebSocket;

namespace sb {

// The client side of an ASP.NET Core SignalR hub over one QWebSocket with negotiation skipped (TransportProtocols.md:
// a WebSocket straight to the hub URL), JSON hub protocol (HubProtocol.md), on the io thread: sends the handshake and
// waits handshakeTimeoutMs for the answer (bytes after it are messages), splits records across and within frames,
// sends a Ping after keepAliveMs without sending anything, closes when nothing at all arrived for serverTimeoutMs,
// and ends on the server's Close message, reporting its error and allowReconnect. Reconnecting is the owner's
// decision.
// The connection splits records but parses none of them: each record goes to the frame sink as it is, and whoever
// parses it (the feed's decoder) gives the messages that concern the session back through handleMessage() (a Close
// ends it). The server's pings, which come every 15 s from every hub and carry nothing, are known by their bytes and
// only counted. A socket that ends sends a barrier through the sink first, so a Close record that arrived before it
// is acted on before closed() reports the end (handleBarrier()).
class SignalRHubConnection : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Connecting, Handshaking, Connected, Closing };
    Q_ENUM(State)

    // Defaults of the official clients (DOCS configuration.md; JS HubConnection.js; C++ signalr_client_config.cpp).
    struct Options
    {
        int handshakeTimeoutMs = 15000;
        int keepAliveMs = 15000;
        int serverTimeoutMs = 30000;
        qsizetype maxMessageBytes = SignalRHubMessage::DefaultMaxBytes;
    };

    explicit SignalRHubConnection(const Options &options, QObject *parent = nullptr);
    explicit SignalRHubConnection(QObject *parent = nullptr)
        : SignalRHubConnection(Options(), parent)
    { }
    ~SignalRHubConnection() override;

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    const Options &options() const { return m_options; }

    // Opens the WebSocket to `request`'s URL (ws/wss) with its raw headers (Authorization), then sends the JSON
    // handshake. A null `tls` means the system defaults; peer verification stays on.
    void open(const QNetworkRequest &request, const QSslConfiguration &tls = QSslConfiguration());
    // Where the records go, as binary frames with `context` as their text and `channel` set, for a sink serving
    // several connections.
    void setFrameSink(FrameSink *sink, const QString &context = QString(), int channel = 0);
    // A message parsed from one of this connection's records: a Ping is counted, a Close ends the connection; the
    // others are the owner's business and ignored here.
    void handleMessage(const SignalRHubMessage &message);
    void handleBarrier(quint64 id);
    // False unless connected.
    bool send(const SignalRHubMessage &message);
    // Sends Close ({"type":7}) as the official clients do when stopping, then closes the socket; closed() follows
    // with weClosed.
    void close();
    // Aborts without Close and without a closed() signal (shutdown).
    void abort();

    int pingsSent() const { return m_pingsSent; }
    int pingsReceived() const { return m_pingsReceived; }
    int messagesReceived() const { return m_messagesReceived; }

Q_SIGNALS:
    void stateChanged(sb::SignalRHubConnection::State state);
    void socketOpened();
    void handshakeCompleted();
    void protocolError(const QString &error);
    void closed(const sb::SignalRCloseInfo &info);

private:
    void setState(State state);
    void sendBytes(const QByteArray &bytes);
    void onConnected();
    void onBytes(const QByteArray &bytes);
    void onHandshakeBytes(const QByteArray &bytes);
    void onRecords(const QByteArray &bytes);
    void onDisconnected();
    // Ends after the records before the end are parsed: through a barrier when the sink takes one, else at once.
    void settle();
    void onSocketError();
    void closeLocally(const QString &reason, bool timedOut);
    void finish();

    Options m_options;
    QWebSocket *m_socket = nullptr;
    State m_state = State::Closed;
    SignalRRecordSplitter m_splitter;
    FrameSink *m_sink = nullptr;
    QString m_context;
    int m_channel = 0;
    quint64 m_pendingBarrier = 0;
    QByteArray m_handshakeBuffer;
    SignalRCloseInfo m_info;
    QTimer m_handshakeTimer;
    QTimer m_keepAlive;
    QTimer m_serverTimeout;
    QTimer m_closeGuard;
    bool m_closingHandshakeSeen = false; // see websocketCloseCode()
    bool m_finishing = false;
    int m_pingsSent = 0;
    int m_pingsReceived = 0;
    int m_messagesReceived = 0;
};

} // namespace sb
