#include "vetted_websocket_server.h"

#include "loopback_listen.h"
#include "net/websocket_end.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

namespace sb::sim {

namespace {
constexpr qsizetype kMaxUpgradeHead = 16384;
} // namespace

QByteArray UpgradeRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &h : headers)
        if (h.first == lowerCaseName)
            return h.second;
    return QByteArray();
}

VettedWebSocketServer::VettedWebSocketServer(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{ }

VettedWebSocketServer::~VettedWebSocketServer() = default;

void VettedWebSocketServer::setSubprotocols(const QStringList &subprotocols)
{
    m_subprotocols = subprotocols;
    if (m_ws)
        m_ws->setSupportedSubprotocols(subprotocols);
}

bool VettedWebSocketServer::listen(const QSslConfiguration &tls)
{
    const auto makeServer = [this, &tls]() -> QTcpServer * {
        QTcpServer *server = makeEmulatorServer(tls, this);
        connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server] { onTcpConnection(server); });
        return server;
    };
    m_tcp = makeServer();
    m_tcp6 = makeServer();
    if (!listenOnLoopback(*m_tcp, *m_tcp6))
        return false;
    m_ws = new QWebSocketServer(m_serverName, QWebSocketServer::NonSecureMode, this);
    m_ws->setSupportedSubprotocols(m_subprotocols);
    connect(m_ws, &QWebSocketServer::newConnection, this, [this] {
        while (m_ws->hasPendingConnections()) {
            QWebSocket *socket = m_ws->nextPendingConnection();
            socket->setParent(this); // until the receiver of connected() takes it
            Q_EMIT connected(socket);
        }
    });
    return true;
}

quint16 VettedWebSocketServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

void VettedWebSocketServer::discard(QWebSocket *socket, QObject *receiver)
{
    socket->disconnect(receiver);
    abortWebSocket(socket);
    socket->deleteLater();
}

void VettedWebSocketServer::onTcpConnection(QTcpServer *server)
{
    while (server->hasPendingConnections()) {
        QTcpSocket *socket = server->nextPendingConnection();
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onUpgradeRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            onUpgradeRequest(socket);
    }
}

void VettedWebSocketServer::onUpgradeRequest(QTcpSocket *socket)
{
    const QByteArray head = socket->peek(kMaxUpgradeHead);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() >= kMaxUpgradeHead)
            socket->abort();
        return;
    }
    socket->disconnect(this);
    const QList<QByteArray> lines = head.left(end).split('\n');
    UpgradeRequest request;
    request.target = QUrl(QString::fromLatin1(lines.value(0).trimmed().split(' ').value(1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append({lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed()});
    }
    const UpgradeVerdict verdict = m_gatekeeper ? m_gatekeeper(request) : UpgradeVerdict::accept();
    if (!verdict.accepted()) {
        socket->write("HTTP/1.1 " + QByteArray::number(verdict.status) + ' ' + verdict.statusText + "\r\n"
            + verdict.extraHeaders + "Content-Type: text/plain\r\nContent-Length: "
            + QByteArray::number(verdict.body.size()) + "\r\nConnection: close\r\n\r\n" + verdict.body);
        socket->disconnectFromHost();
        return;
    }
    socket->setParent(nullptr); // QWebSocketServer takes it over
    m_ws->handleConnection(socket);
}

} // namespace sb::sim
