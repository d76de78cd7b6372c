#include "graphql_ws_client.h"

#include "net/graphqlws/graphql_ws_close_policy.h"
#include "net/websocket_end.h"
#include "net/websocket_upgrade_status.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSslError>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace sb {

namespace {

const QString kSubprotocol = QStringLiteral("graphql-transport-ws");

} // namespace

GraphqlWsClient::GraphqlWsClient(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_ackTimer(this)
    , m_keepAlive(this)
    , m_closeWait(this)
{
    m_ackTimer.setSingleShot(true);
    connect(&m_ackTimer, &QTimer::timeout, this, [this] {
        closeLocally(
            GraphqlWsClosePolicy::AcknowledgementTimeout, QStringLiteral("Connection acknowledgement timeout"));
    });
    connect(&m_keepAlive, &QTimer::timeout, this, &GraphqlWsClient::onKeepAlive);
    m_closeGuard.setSingleShot(true);
    connect(&m_closeGuard, &QTimer::timeout, this, [this] {
        if (m_socket)
            abortWebSocket(m_socket);
    });
    m_pongWatchdog.setSingleShot(true);
    connect(&m_pongWatchdog, &QTimer::timeout, this, &GraphqlWsClient::onPongOverdue);
    m_closeWait.setSingleShot(true);
    connect(&m_closeWait, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->close(QWebSocketProtocol::CloseCodeNormal);
    });
}

GraphqlWsClient::~GraphqlWsClient()
{
    abort();
}

qint64 GraphqlWsClient::now() const
{
    return m_nowMs ? m_nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void GraphqlWsClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void GraphqlWsClient::open(const QUrl &url, const QJsonValue &initPayload, const QSslConfiguration &tls)
{
    abort();
    m_initPayload = initPayload;
    m_weAskedToEnd = false;
    m_closingHandshakeSeen = false;
    m_localCloseCode = 0;
    m_localCloseReason.clear();
    m_httpStatus = 0;
    m_finishing = false;
    m_pingOutstandingSinceMs = 0;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    if (!tls.isNull()) {
        QSslConfiguration config = tls;
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket->setSslConfiguration(config);
    }
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxMessageBytes));
    connect(m_socket, &QWebSocket::connected, this, &GraphqlWsClient::onConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &GraphqlWsClient::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &) {
        handleInvalidMessage(QStringLiteral("binary message where text JSON was expected"));
    });
    connect(m_socket, &QWebSocket::aboutToClose, this, [this] { m_closingHandshakeSeen = true; });
    connect(m_socket, &QWebSocket::disconnected, this, &GraphqlWsClient::onDisconnected);
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
        &GraphqlWsClient::onSocketError);
    // A server without subprotocol support or with a broken certificate fails the handshake: reported via errors.
    setState(State::Connecting);
    QWebSocketHandshakeOptions handshake;
    handshake.setSubprotocols({kSubprotocol});
    m_socket->open(QNetworkRequest(url), handshake);
}

void GraphqlWsClient::onConnected()
{
    if (m_socket->subprotocol() != kSubprotocol) {
        // The reference client treats a missing subprotocol as fatal (4406 on the server side).
        closeLocally(4406, QStringLiteral("server did not accept subprotocol graphql-transport-ws"));
        return;
    }
    Q_EMIT socketOpened();
    setState(State::Initialising);
    m_lastReceivedMs = now();
    send(GraphqlWsMessage::connectionInit(m_initPayload));
    m_ackTimer.start(m_options.ackTimeoutMs);
}

void GraphqlWsClient::send(const GraphqlWsMessage &message)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->sendTextMessage(QString::fromUtf8(message.toJson()));
}

bool GraphqlWsClient::subscribe(const QString &id, const QJsonValue &payload)
{
    if (m_state != State::Ready)
        return false;
    send(GraphqlWsMessage::subscribe(id, payload));
    return true;
}

void GraphqlWsClient::complete(const QString &id)
{
    if (m_state == State::Ready || m_state == State::Closing)
        send(GraphqlWsMessage::complete(id));
}

void GraphqlWsClient::completeAndAwaitClose(const QString &id)
{
    if (!m_socket)
        return;
    if (m_state != State::Ready) {
        m_weAskedToEnd = true;
        close(1000, QStringLiteral("Normal Closure"));
        return;
    }
    send(GraphqlWsMessage::complete(id));
    m_weAskedToEnd = true;
    setState(State::Closing);
    m_closeWait.start(m_options.closeWaitMs);
}

void GraphqlWsClient::close(int code, const QString &reason)
{
    if (!m_socket)
        return;
    if (code == 1000 && m_state != State::Connecting)
        m_weAskedToEnd = true;
    closeLocally(code, reason);
}

void GraphqlWsClient::closeLocally(int code, const QString &reason)
{
    if (!m_socket || m_finishing)
        return;
    m_localCloseCode = code;
    m_localCloseReason = reason;
    setState(State::Closing);
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
        // The close handshake ends in disconnected(); do not wait for a peer that no longer answers.
        m_closeGuard.start(2000);
    } else {
        abortWebSocket(m_socket);
        if (m_socket && !m_finishing)
            finish();
    }
}

void GraphqlWsClient::abort()
{
    m_closeGuard.stop();
    m_ackTimer.stop();
    m_keepAlive.stop();
    m_pongWatchdog.stop();
    m_closeWait.stop();
    m_pendingBarrier = 0;
    m_finishing = false;
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        // A complete sent just before shutdown should still leave the machine.
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->flush();
        abortWebSocket(socket);
        socket->deleteLater();
    }
    m_state = State::Closed;
}

void GraphqlWsClient::onTextMessage(const QString &text)
{
    m_lastReceivedMs = now();
    Q_ASSERT(m_frameSink);
    if (m_frameSink)
        m_frameSink->post(RawFrame::fromText(text, m_lastReceivedMs));
}

void GraphqlWsClient::handleInvalidMessage(const QString &error)
{
    Q_EMIT protocolError(error);
    closeLocally(GraphqlWsClosePolicy::BadResponse, error.left(120));
}

void GraphqlWsClient::handleMessage(const GraphqlWsMessage &message)
{
    if (!m_socket || m_finishing)
        return;
    m_lastReceivedMs = now();
    using Type = GraphqlWsMessage::Type;
    switch (message.type) {
    case Type::ConnectionAck:
        if (m_state != State::Initialising) {
            handleInvalidMessage(QStringLiteral("unexpected connection_ack"));
            return;
        }
        m_ackTimer.stop();
        setState(State::Ready);
        m_keepAlive.start(m_options.keepAliveMs);
        Q_EMIT acknowledged(message.payload);
        return;
    case Type::Ping:
        // Answered at once, before anything else, as the protocol and OHIP demand.
        ++m_pingsReceived;
        send(GraphqlWsMessage::pong());
        ++m_pongsSent;
        Q_EMIT pingReceived(message.payload);
        return;
    case Type::Pong:
        ++m_pongsReceived;
        m_pingOutstandingSinceMs = 0;
        Q_EMIT pongReceived(message.payload);
        return;
    case Type::Next:
        return; // the decoder (or onTextMessage) has it
    case Type::Error:
        Q_EMIT operationError(message.id, message.payload.toArray());
        return;
    case Type::Complete:
        Q_EMIT completed(message.id);
        return;
    case Type::ConnectionInit:
    case Type::Subscribe:
        handleInvalidMessage(
            QStringLiteral("server sent a client message (%1)").arg(GraphqlWsMessage::typeName(message.type)));
        return;
    }
}

void GraphqlWsClient::onKeepAlive()
{
    if (m_state != State::Ready && m_state != State::Closing)
        return;
    send(GraphqlWsMessage::ping());
    ++m_pingsSent;
    if (m_pingOutstandingSinceMs == 0) {
        m_pingOutstandingSinceMs = now();
        m_pongWatchdog.start(m_options.pongTimeoutMs);
    }
}

void GraphqlWsClient::onPongOverdue()
{
    if (m_pingOutstandingSinceMs == 0 || !m_socket)
        return;
    if (m_lastReceivedMs > m_pingOutstandingSinceMs) {
        // A server under backpressure defers its pong while a burst runs; messages are proof of life.
        m_pingOutstandingSinceMs = m_lastReceivedMs;
        m_pongWatchdog.start(m_options.pongTimeoutMs);
        return;
    }
    closeLocally(GraphqlWsClosePolicy::Terminated, QStringLiteral("no pong and no message in time"));
}

void GraphqlWsClient::onSocketError()
{
    if (!m_socket)
        return;
    const int status = websocketUpgradeStatus(m_socket->errorString());
    if (status > 0)
        m_httpStatus = status;
    if (m_localCloseReason.isEmpty() && m_socket->error() != QAbstractSocket::RemoteHostClosedError)
        m_localCloseReason = m_socket->errorString();
    // A failed handshake or TCP connect may not be followed by disconnected(): finish once the socket settles.
    QTimer::singleShot(0, this, [this, socket = m_socket] {
        if (m_socket == socket && socket->state() == QAbstractSocket::UnconnectedState && !m_finishing)
            finish();
    });
}

void GraphqlWsClient::onDisconnected()
{
    if (!m_finishing)
        finish();
}

void GraphqlWsClient::finish()
{
    m_finishing = true;
    m_closeGuard.stop();
    m_ackTimer.stop();
    m_keepAlive.stop();
    m_pongWatchdog.stop();
    m_closeWait.stop();
    int code = m_localCloseCode;
    QString reason = m_localCloseReason;
    if (code == 0 && m_socket) {
        code = websocketCloseCode(*m_socket, m_closingHandshakeSeen);
        if (!m_socket->closeReason().isEmpty())
            reason = m_socket->closeReason();
        if (m_httpStatus > 0 || m_state == State::Connecting)
            code = 1006;
    }
    m_closedCode = code;
    m_closedReason = reason;
    if (m_frameSink) {
        m_pendingBarrier = ++m_nextBarrier;
        if (m_frameSink->post(RawFrame::barrier(m_pendingBarrier)))
            return; // handleBarrier() reports once every earlier frame is decoded
        m_pendingBarrier = 0;
    }
    emitClosed();
}

void GraphqlWsClient::handleBarrier(quint64 id)
{
    if (id == 0 || id != m_pendingBarrier)
        return;
    m_pendingBarrier = 0;
    emitClosed();
}

void GraphqlWsClient::emitClosed()
{
    const int code = m_closedCode;
    const QString reason = m_closedReason;
    const int httpStatus = m_httpStatus;
    const bool asked = m_weAskedToEnd;
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->deleteLater();
    }
    m_finishing = false;
    setState(State::Closed);
    Q_EMIT closed(code, reason, httpStatus, asked);
}

} // namespace sb
