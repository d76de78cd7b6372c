#include "signalr_hub_connection.h"

#include "net/signalr/signalr_handshake.h"
#include "net/websocket_end.h"
#include "net/websocket_upgrade_status.h"

#include <QDateTime>
#include <QWebSocket>

#include <atomic>

namespace sb {

SignalRHubConnection::SignalRHubConnection(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_splitter(options.maxMessageBytes)
    , m_handshakeTimer(this)
    , m_keepAlive(this)
    , m_serverTimeout(this)
    , m_closeGuard(this)
{
    m_handshakeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        closeLocally(QStringLiteral("no handshake response within %1 ms").arg(m_options.handshakeTimeoutMs), true);
    });
    m_keepAlive.setSingleShot(true);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        if (m_state != State::Connected)
            return;
        sendBytes(SignalRHubMessage::ping().toRecord());
        ++m_pingsSent;
    });
    m_serverTimeout.setSingleShot(true);
    connect(&m_serverTimeout, &QTimer::timeout, this, [this] {
        closeLocally(QStringLiteral("server timeout: nothing received for %1 ms").arg(m_options.serverTimeoutMs), true);
    });
    m_closeGuard.setSingleShot(true);
    connect(&m_closeGuard, &QTimer::timeout, this, [this] {
        if (m_socket)
            abortWebSocket(m_socket);
    });
}

SignalRHubConnection::~SignalRHubConnection()
{
    abort();
}

void SignalRHubConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SignalRHubConnection::open(const QNetworkRequest &request, const QSslConfiguration &tls)
{
    abort();
    m_info = SignalRCloseInfo();
    m_closingHandshakeSeen = false;
    m_finishing = false;
    m_handshakeBuffer.clear();
    m_splitter.clear();
    m_pendingBarrier = 0;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    if (!tls.isNull()) {
        QSslConfiguration config = tls;
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket->setSslConfiguration(config);
    }
    // Records may be split across frames, so a frame alone is bounded a little above one record.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxMessageBytes) + 1024);
    connect(m_socket, &QWebSocket::connected, this, &SignalRHubConnection::onConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) { onBytes(text.toUtf8()); });
    // The JSON protocol travels in text frames, but the transport spec allows binary ones.
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &SignalRHubConnection::onBytes);
    connect(m_socket, &QWebSocket::aboutToClose, this, [this] { m_closingHandshakeSeen = true; });
    connect(m_socket, &QWebSocket::disconnected, this, &SignalRHubConnection::onDisconnected);
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
        &SignalRHubConnection::onSocketError);
    setState(State::Connecting);
    m_handshakeTimer.start(m_options.handshakeTimeoutMs);
    m_socket->open(request);
}

void SignalRHubConnection::onConnected()
{
    Q_EMIT socketOpened();
    setState(State::Handshaking);
    m_handshakeTimer.start(m_options.handshakeTimeoutMs);
    m_serverTimeout.start(m_options.serverTimeoutMs);
    sendBytes(SignalRHandshake::request());
}

void SignalRHubConnection::sendBytes(const QByteArray &bytes)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->sendTextMessage(QString::fromUtf8(bytes));
    // A Ping goes out only when nothing else was sent for a whole interval (HubProtocol.md "Ping").
    if (m_state == State::Connected)
        m_keepAlive.start(m_options.keepAliveMs);
}

bool SignalRHubConnection::send(const SignalRHubMessage &message)
{
    if (m_state != State::Connected)
        return false;
    sendBytes(message.toRecord());
    return true;
}

void SignalRHubConnection::onBytes(const QByteArray &bytes)
{
    if (!m_socket || m_finishing || m_state == State::Closing)
        return;
    m_serverTimeout.start(m_options.serverTimeoutMs);
    if (m_state == State::Handshaking)
        onHandshakeBytes(bytes);
    else if (m_state == State::Connected)
        onRecords(bytes);
}

void SignalRHubConnection::onHandshakeBytes(const QByteArray &bytes)
{
    m_handshakeBuffer.append(bytes);
    QString problem;
    const std::optional<SignalRHandshake::Response> response
        = SignalRHandshake::parseResponse(m_handshakeBuffer, &problem, m_options.maxMessageBytes);
    if (!response) {
        if (problem.isEmpty())
            return; // the rest of the answer is still on its way
        m_handshakeBuffer.clear();
        Q_EMIT protocolError(problem);
        closeLocally(QStringLiteral("bad handshake response: %1").arg(problem), false);
        return;
    }
    m_handshakeBuffer.clear();
    if (!response->accepted()) {
        m_info.handshakeRefused = true;
        closeLocally(response->error, false);
        return;
    }
    m_handshakeTimer.stop();
    setState(State::Connected);
    m_keepAlive.start(m_options.keepAliveMs);
    Q_EMIT handshakeCompleted();
    if (!response->remainder.isEmpty() && m_state == State::Connected)
        onRecords(response->remainder);
}

void SignalRHubConnection::setFrameSink(FrameSink *sink, const QString &context, int channel)
{
    m_sink = sink;
    m_context = context;
    m_channel = channel;
}

void SignalRHubConnection::onRecords(const QByteArray &bytes)
{
    // The form every server sends (ASP.NET Core, the JS and Java servers, the emulator); any other spelling of a Ping
    // goes to the parser and comes back through handleMessage().
    static const QByteArray ping = QByteArrayLiteral("{\"type\":6}");
    QList<QByteArray> records;
    QString problem;
    const bool ok = m_splitter.append(bytes, records, &problem);
    for (QByteArray &record : records) {
        if (m_state != State::Connected)
            return;
        ++m_messagesReceived;
        if (record == ping) {
            ++m_pingsReceived;
            continue;
        }
        if (m_sink) {
            RawFrame frame = RawFrame::fromBinary(std::move(record), QDateTime::currentMSecsSinceEpoch());
            frame.text = m_context;
            frame.channel = m_channel;
            m_sink->post(std::move(frame));
        }
    }
    if (!ok)
        Q_EMIT protocolError(problem);
}

void SignalRHubConnection::handleMessage(const SignalRHubMessage &message)
{
    if (!m_socket)
        return; // parsed after the connection ended
    switch (message.type) {
    case SignalRHubMessage::Type::Ping:
        ++m_pingsReceived;
        return;
    case SignalRHubMessage::Type::Close:
        m_info.serverSentClose = true;
        m_info.serverError = message.error;
        m_info.allowReconnect = message.allowReconnect;
        if (m_finishing || m_pendingBarrier != 0)
            return; // the socket has ended already; the barrier behind this record reports it
        closeLocally(message.error, false);
        return;
    default:
        return;
    }
}

void SignalRHubConnection::handleBarrier(quint64 id)
{
    if (id == 0 || id != m_pendingBarrier)
        return;
    m_pendingBarrier = 0;
    finish();
}

void SignalRHubConnection::settle()
{
    if (m_finishing || m_pendingBarrier != 0)
        return;
    if (m_sink && !m_info.weClosed && m_state != State::Connecting) {
        static std::atomic<quint64> nextBarrier {1};
        m_pendingBarrier = nextBarrier.fetch_add(1, std::memory_order_relaxed);
        m_handshakeTimer.stop();
        m_keepAlive.stop();
        m_serverTimeout.stop();
        m_closeGuard.stop();
        if (m_sink->post(RawFrame::barrier(m_pendingBarrier)))
            return;
        m_pendingBarrier = 0;
    }
    finish();
}

void SignalRHubConnection::close()
{
    if (!m_socket || m_finishing)
        return;
    m_info.weClosed = true;
    if (m_state == State::Connected)
        sendBytes(SignalRHubMessage::close().toRecord());
    closeLocally(QString(), false);
}

void SignalRHubConnection::closeLocally(const QString &reason, bool timedOut)
{
    if (!m_socket || m_finishing || m_state == State::Closing)
        return;
    if (m_info.reason.isEmpty())
        m_info.reason = reason;
    m_info.timedOut = m_info.timedOut || timedOut;
    m_handshakeTimer.stop();
    m_keepAlive.stop();
    m_serverTimeout.stop();
    setState(State::Closing);
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
        // The close handshake ends in disconnected(); do not wait for a peer that no longer answers.
        m_closeGuard.start(2000);
    } else {
        abortWebSocket(m_socket);
        if (m_socket)
            settle();
    }
}

void SignalRHubConnection::abort()
{
    m_handshakeTimer.stop();
    m_keepAlive.stop();
    m_serverTimeout.stop();
    m_closeGuard.stop();
    m_finishing = false;
    m_pendingBarrier = 0;
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        abortWebSocket(socket);
        socket->deleteLater();
    }
    m_state = State::Closed;
}

void SignalRHubConnection::onSocketError()
{
    if (!m_socket)
        return;
    const int status = websocketUpgradeStatus(m_socket->errorString());
    if (status > 0 && m_state == State::Connecting)
        m_info.httpStatus = status;
    if (m_info.reason.isEmpty() && m_socket->error() != QAbstractSocket::RemoteHostClosedError)
        m_info.reason = m_socket->errorString();
    // A failed upgrade or TCP connect may not be followed by disconnected(): finish once the socket settles.
    QTimer::singleShot(0, this, [this, socket = m_socket] {
        if (m_socket == socket && socket->state() == QAbstractSocket::UnconnectedState)
            settle();
    });
}

void SignalRHubConnection::onDisconnected()
{
    settle();
}

void SignalRHubConnection::finish()
{
    m_finishing = true;
    m_handshakeTimer.stop();
    m_keepAlive.stop();
    m_serverTimeout.stop();
    m_closeGuard.stop();
    if (m_socket) {
        int code = websocketCloseCode(*m_socket, m_closingHandshakeSeen);
        if (m_info.reason.isEmpty() && !m_socket->closeReason().isEmpty())
            m_info.reason = m_socket->closeReason();
        if (m_info.httpStatus > 0)
            code = 1006;
        m_info.closeCode = code;
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->deleteLater();
    }
    const SignalRCloseInfo info = m_info;
    m_finishing = false;
    setState(State::Closed);
    Q_EMIT closed(info);
}

} // namespace sb
