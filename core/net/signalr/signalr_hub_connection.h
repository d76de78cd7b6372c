#pragma once

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
// and ends on the server's Close message, reporting its error and allowReconnect. Malformed records are reported
// through protocolError() and skipped: the session keeps running. Reconnecting is the owner's decision.
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
    // Every parsed message but Ping and Close, with its record (UTF-8 JSON, no separator) for a decoder.
    void messageReceived(const sb::SignalRHubMessage &message, const QByteArray &record);
    void protocolError(const QString &error);
    void closed(const sb::SignalRCloseInfo &info);

private:
    void setState(State state);
    void sendBytes(const QByteArray &bytes);
    void onConnected();
    void onBytes(const QByteArray &bytes);
    void onHandshakeBytes(const QByteArray &bytes);
    void onRecords(const QByteArray &bytes);
    void handleMessage(const SignalRHubMessage &message, const QByteArray &record);
    void onDisconnected();
    void onSocketError();
    void closeLocally(const QString &reason, bool timedOut);
    void finish();

    Options m_options;
    QWebSocket *m_socket = nullptr;
    State m_state = State::Closed;
    SignalRRecordSplitter m_splitter;
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
