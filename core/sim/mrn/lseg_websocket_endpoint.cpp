#include "lseg_websocket_endpoint.h"

#include "sim/loopback_listen.h"

#include <QWebSocket>
#include <QWebSocketServer>

namespace sb::sim {

LsegWebSocketEndpoint::LsegWebSocketEndpoint(int index, const QSslConfiguration &tls, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_tls(!tls.isNull() && !tls.localCertificate().isNull())
    , m_server(new QWebSocketServer(QStringLiteral("ads-emulator-%1").arg(index),
          m_tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this))
    , m_server6(new QWebSocketServer(m_server->serverName(), m_server->secureMode(), this))
{
    for (QWebSocketServer *server : {m_server, m_server6}) {
        if (m_tls)
            server->setSslConfiguration(tls);
        server->setSupportedSubprotocols({QStringLiteral("tr_json2")});
        connect(server, &QWebSocketServer::newConnection, this, [this, server] { onNewConnection(server); });
        // A client that rejects our certificate (as it should without the CA) makes the server report an error per
        // connection attempt; nothing to do about it here.
        connect(server, &QWebSocketServer::sslErrors, this, [](const QList<QSslError> &) {});
    }
}

LsegWebSocketEndpoint::~LsegWebSocketEndpoint() = default;

bool LsegWebSocketEndpoint::listen(quint16 port)
{
    if (m_server->isListening())
        return true;
    if (!listenOnLoopback(*m_server, *m_server6, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void LsegWebSocketEndpoint::close()
{
    m_server->close();
    m_server6->close();
}

bool LsegWebSocketEndpoint::isListening() const
{
    return m_server->isListening();
}

void LsegWebSocketEndpoint::onNewConnection(QWebSocketServer *server)
{
    while (QWebSocket *socket = server->nextPendingConnection()) {
        // QtWebSockets 6.4 cannot refuse a handshake, so a wrong path or a missing tr_json2 is answered by an
        // immediate close with a reason, which a client sees as a failed connection.
        if (socket->requestUrl().path() != u"/WebSocket") {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("Not found: use /WebSocket"));
            socket->deleteLater();
            continue;
        }
        if (socket->subprotocol() != u"tr_json2") {
            socket->close(QWebSocketProtocol::CloseCodeProtocolError,
                QStringLiteral("Unsupported subprotocol: tr_json2 required"));
            socket->deleteLater();
            continue;
        }
        Q_EMIT socketAccepted(socket, m_index);
    }
}

} // namespace sb::sim
