#include "loopback_http_server.h"

#include "loopback_listen.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace sb::sim {
namespace {

constexpr qsizetype kMaxRequestBytes = 8 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

void HttpResponder::send(int status, const QByteArray &body, const QByteArray &contentType,
    const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    if (!m_socket)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    out += body;
    m_socket->write(out);
}

void HttpResponder::drop() const
{
    if (m_socket)
        m_socket->abort();
}

bool HttpResponder::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
{ }

LoopbackHttpServer::~LoopbackHttpServer() = default;

bool LoopbackHttpServer::listen(quint16 port, const QSslConfiguration &tls)
{
    m_tls = !tls.isNull() && !tls.localCertificate().isNull();
    const auto makeServer = [this, &tls]() -> QTcpServer * {
        QTcpServer *server = makeEmulatorServer(tls, this);
        connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server] {
            while (QTcpSocket *s = server->nextPendingConnection())
                onConnection(s);
        });
        return server;
    };
    m_server = makeServer();
    m_server6 = makeServer();
    return listenOnLoopback(*m_server, *m_server6, port);
}

quint16 LoopbackHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl LoopbackHttpServer::baseUrl() const
{
    QUrl u;
    u.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(QStringLiteral("localhost"));
    u.setPort(port());
    u.setPath(QStringLiteral("/"));
    return u;
}

void LoopbackHttpServer::route(const QByteArray &pathPrefix, Handler handler)
{
    m_routes.append({pathPrefix, std::move(handler)});
}

void LoopbackHttpServer::onConnection(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
    if (socket->bytesAvailable() > 0)
        onReadyRead(socket);
}

void LoopbackHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buf = m_buffers[socket];
    buf += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (buf.size() > kMaxRequestBytes)
                socket->abort();
            return;
        }
        HttpRequest req;
        const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() < 3) {
            socket->abort();
            return;
        }
        req.method = requestLine[0];
        req.target = requestLine[1];
        req.url = QUrl::fromEncoded(req.target);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                req.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = req.headers.value("content-length", "0").toLongLong();
        if (length < 0 || length > kMaxRequestBytes) {
            socket->abort();
            return;
        }
        if (buf.size() < headerEnd + 4 + length)
            return;
        req.body = buf.mid(headerEnd + 4, length);
        buf.remove(0, headerEnd + 4 + length);
        dispatch(req, socket);
        if (!m_buffers.contains(socket))
            return;
    }
}

void LoopbackHttpServer::dispatch(const HttpRequest &request, QTcpSocket *socket)
{
    ++m_requestCount;
    const QByteArray path = request.url.path(QUrl::FullyEncoded).toUtf8();
    const Handler *best = nullptr;
    qsizetype bestLength = -1;
    for (const auto &r : m_routes) {
        if (path.startsWith(r.first) && r.first.size() > bestLength) {
            best = &r.second;
            bestLength = r.first.size();
        }
    }
    HttpResponder responder;
    responder.m_socket = socket;
    if (!best) {
        responder.send(404, R"({"error":"no route"})");
    } else {
        (*best)(request, responder);
    }
    Q_EMIT requestServed(request.method, path);
}

} // namespace sb::sim
