#include "pubsub_session.h"

#include "net/websocket_end.h"
#include "net/websocket_upgrade_status.h"

#include <QDateTime>
#include <QWebSocket>

namespace sb {

PubSubSession::PubSubSession(QObject *parent)
    : QObject(parent)
    // Parented so that moveToThread() takes the timer along to the io thread.
    , m_pingTimer(this)
{
    connect(&m_pingTimer, &QTimer::timeout, this, &PubSubSession::onPing);
}

PubSubSession::~PubSubSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        abortWebSocket(m_socket);
    }
}

qint64 PubSubSession::now() const
{
    return m_nowMs ? m_nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void PubSubSession::drop()
{
    m_pingTimer.stop();
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    abortWebSocket(m_socket);
    m_socket->deleteLater();
    m_socket = nullptr;
}

void PubSubSession::open(const QUrl &url, const QSslConfiguration &tls)
{
    drop();
    m_httpStatus = 0;
    m_pingOutstandingSinceMs = 0;
    m_closingHandshakeSeen = false;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    if (url.scheme() == QLatin1String("wss")) {
        QSslConfiguration verified = tls.isNull() ? QSslConfiguration::defaultConfiguration() : tls;
        verified.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket->setSslConfiguration(verified);
    }
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxMessageBytes));
    connect(m_socket, &QWebSocket::connected, this, &PubSubSession::onConnected);
    connect(m_socket, &QWebSocket::aboutToClose, this, [this] { m_closingHandshakeSeen = true; });
    connect(m_socket, &QWebSocket::disconnected, this, &PubSubSession::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        m_lastReceivedMs = now();
        if (m_frameSink)
            m_frameSink->post(RawFrame::fromText(text, m_lastReceivedMs));
    });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
        m_lastReceivedMs = now();
        if (m_frameSink)
            m_frameSink->post(RawFrame::fromBinary(data, m_lastReceivedMs));
    });
    connect(m_socket, &QWebSocket::pong, this, [this](quint64, const QByteArray &) {
        m_pongs.fetch_add(1, std::memory_order_relaxed);
        m_lastReceivedMs = now();
        m_pingOutstandingSinceMs = 0;
    });
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this, [this] {
        if (!m_socket)
            return;
        const int status = websocketUpgradeStatus(m_socket->errorString());
        if (status > 0)
            m_httpStatus = status;
        // A failed handshake or TCP connect may not be followed by disconnected().
        QTimer::singleShot(0, this, [this, socket = m_socket] {
            if (m_socket == socket && socket->state() == QAbstractSocket::UnconnectedState)
                onDisconnected();
        });
    });
    m_socket->open(url);
}

void PubSubSession::close()
{
    m_pingTimer.stop();
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->close(QWebSocketProtocol::CloseCodeNormal);
    else
        abortWebSocket(socket);
    socket->deleteLater();
}

bool PubSubSession::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool PubSubSession::sendText(const QByteArray &frame)
{
    if (!isConnected())
        return false;
    m_socket->sendTextMessage(QString::fromUtf8(frame));
    return true;
}

void PubSubSession::onConnected()
{
    m_lastReceivedMs = now();
    m_pingTimer.start(m_options.pingIntervalMs);
    Q_EMIT connected();
}

void PubSubSession::onPing()
{
    if (!isConnected())
        return;
    const qint64 t = now();
    if (m_pingOutstandingSinceMs > 0 && t - m_pingOutstandingSinceMs >= m_options.pongTimeoutMs
        && m_lastReceivedMs <= m_pingOutstandingSinceMs) {
        Q_EMIT pingTimedOut(t - m_pingOutstandingSinceMs);
        if (m_socket)
            abortWebSocket(m_socket);
        return;
    }
    if (m_pingOutstandingSinceMs == 0)
        m_pingOutstandingSinceMs = t;
    m_socket->ping();
}

void PubSubSession::onDisconnected()
{
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->deleteLater();
    m_pingTimer.stop();
    Q_EMIT closed(Close {websocketCloseCode(*socket, m_closingHandshakeSeen), socket->closeReason(),
        socket->errorString(), m_httpStatus});
}

} // namespace sb
