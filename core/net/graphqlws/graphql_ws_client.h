#pragma once

#include "event/frame_sink.h"
#include "net/graphqlws/graphql_ws_message.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <functional>

class QWebSocket;

namespace sb {

// The client side of graphql-transport-ws (enisdenjo/graphql-ws PROTOCOL.md) over one QWebSocket, on the io
// thread: offers the subprotocol, sends connection_init and waits for connection_ack (closing 4504 when it does not
// come), answers every ping at once, sends its own ping every keepAliveMs and gives up (4499) when neither a pong
// nor any other message arrives within pongTimeoutMs of it (a server under backpressure may defer its pong while a
// burst of next messages is proof of life), subscribes, completes, and reports the close with its code or the HTTP
// status of a refused upgrade. Reconnecting is the owner's decision (GraphqlWsClosePolicy).
//
// Parsing is never done here: every text frame goes to the frame sink (the feed's decode worker; required), whose
// decoder parses it once and hands the protocol messages back through handleMessage(), the events to the pipeline.
// With a barrier sink the close is reported only after every frame before it has been decoded.
class GraphqlWsClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Connecting, Initialising, Ready, Closing };
    Q_ENUM(State)

    struct Options
    {
        int ackTimeoutMs = 10000;
        int keepAliveMs = 15000; // OHIP: a ping at least every 15 s
        int pongTimeoutMs = 10000;
        int closeWaitMs = 10000; // after our complete, how long the server has to close the socket
        qsizetype maxMessageBytes = GraphqlWsMessage::DefaultMaxBytes;
    };

    explicit GraphqlWsClient(const Options &options, QObject *parent = nullptr);
    explicit GraphqlWsClient(QObject *parent = nullptr)
        : GraphqlWsClient(Options(), parent)
    { }
    ~GraphqlWsClient() override;

    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }
    // Every text frame goes to the sink unparsed; a close follows as a barrier when the sink takes one.
    void setFrameSink(FrameSink *sink) { m_frameSink = sink; }

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    const Options &options() const { return m_options; }

    // Opens the socket with the graphql-transport-ws subprotocol and, once open, sends connection_init with
    // `initPayload` (Undefined: none). A null `tls` means the system defaults; peer verification stays on.
    void open(const QUrl &url, const QJsonValue &initPayload, const QSslConfiguration &tls = QSslConfiguration());
    // False unless acknowledged.
    bool subscribe(const QString &id, const QJsonValue &payload);
    // Ends one operation from our side.
    void complete(const QString &id);
    // The graceful end OHIP asks for: complete, keep processing what is in flight, wait for the server to close
    // (closing ourselves with 1000 after closeWaitMs). closed() then reports weAskedToEnd = true.
    void completeAndAwaitClose(const QString &id);
    // Closes at once with `code` (1000: normal); closed() follows.
    void close(int code = 1000, const QString &reason = QString());
    // Aborts without a close handshake and without a closed() signal (shutdown).
    void abort();

    // A protocol message the decoder found in a frame, or a shape error found there.
    void handleMessage(const GraphqlWsMessage &message);
    void handleInvalidMessage(const QString &error);
    void handleBarrier(quint64 id);

    int pingsSent() const { return m_pingsSent; }
    int pongsSent() const { return m_pongsSent; }
    int pongsReceived() const { return m_pongsReceived; }
    int pingsReceived() const { return m_pingsReceived; }

Q_SIGNALS:
    void stateChanged(sb::GraphqlWsClient::State state);
    void socketOpened();
    void acknowledged(const QJsonValue &payload);
    void operationError(const QString &id, const QJsonArray &errors);
    void completed(const QString &id);
    void pingReceived(const QJsonValue &payload);
    void pongReceived(const QJsonValue &payload);
    void protocolError(const QString &error);
    // The socket is gone. `httpStatus` > 0 when the upgrade was refused; `weAskedToEnd` after
    // completeAndAwaitClose().
    void closed(int code, const QString &reason, int httpStatus, bool weAskedToEnd);

private:
    void setState(State state);
    void send(const GraphqlWsMessage &message);
    void onConnected();
    void onTextMessage(const QString &text);
    void onDisconnected();
    void onSocketError();
    void onKeepAlive();
    void onPongOverdue();
    void closeLocally(int code, const QString &reason);
    void finish();
    void emitClosed();
    qint64 now() const;

    Options m_options;
    std::function<qint64()> m_nowMs;
    FrameSink *m_frameSink = nullptr;
    QWebSocket *m_socket = nullptr;
    State m_state = State::Closed;
    QJsonValue m_initPayload;
    QTimer m_ackTimer;
    QTimer m_keepAlive;
    QTimer m_pongWatchdog;
    QTimer m_closeGuard;
    QTimer m_closeWait;
    qint64 m_lastReceivedMs = 0;
    qint64 m_pingOutstandingSinceMs = 0; // 0: no ping waiting for its pong
    bool m_weAskedToEnd = false;
    bool m_closingHandshakeSeen = false; // see websocketCloseCode()
    int m_localCloseCode = 0;
    QString m_localCloseReason;
    int m_httpStatus = 0;
    int m_closedCode = 0;
    QString m_closedReason;
    quint64 m_pendingBarrier = 0;
    quint64 m_nextBarrier = 0;
    bool m_finishing = false;
    int m_pingsSent = 0;
    int m_pongsSent = 0;
    int m_pongsReceived = 0;
    int m_pingsReceived = 0;
};

} // namespace sb
