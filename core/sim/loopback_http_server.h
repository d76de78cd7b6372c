#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace sb::sim {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path plus query
    QUrl url; // parsed target
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QUrlQuery query() const { return QUrlQuery(url); }
    QUrlQuery form() const { return QUrlQuery(QString::fromUtf8(body)); }
};

// Answers one request. Copyable; may be kept and answered later (long polling), or dropped unanswered.
class HttpResponder
{
public:
    void send(int status, const QByteArray &body, const QByteArray &contentType = "application/json",
        const QList<QPair<QByteArray, QByteArray>> &headers = {}) const;
    void sendJson(int status, const QByteArray &json) const { send(status, json); }
    void drop() const; // closes the connection without an answer
    bool isOpen() const;

private:
    friend class LoopbackHttpServer;
    QPointer<QTcpSocket> m_socket;
};

// A small HTTP/1.1 server on loopback for the emulators: plain or TLS, keep-alive, Content-Length bodies,
// deferred answers. The emulators need full control of statuses, bodies and faults, which QHttpServer 6.4 does not
// give, so this is hand-written; it is a test peer, not part of the product.
class LoopbackHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, const HttpResponder &)>;

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    // port 0 picks a free port. A null configuration means plain HTTP.
    bool listen(quint16 port = 0, const QSslConfiguration &tls = QSslConfiguration());
    quint16 port() const;
    bool isTls() const { return m_tls; }
    QUrl baseUrl() const; // http(s)://localhost:<port>, served on 127.0.0.1 and ::1

    // The longest matching path prefix wins; a handler registered for "/" catches everything else.
    void route(const QByteArray &pathPrefix, Handler handler);

    int requestCount() const { return m_requestCount; }

Q_SIGNALS:
    void requestServed(const QByteArray &method, const QByteArray &path);

private:
    void onConnection(QTcpSocket *socket);
    void onReadyRead(QTcpSocket *socket);
    void dispatch(const HttpRequest &request, QTcpSocket *socket);

    QTcpServer *m_server = nullptr; // 127.0.0.1
    QTcpServer *m_server6 = nullptr; // ::1, same port
    bool m_tls = false;
    QList<QPair<QByteArray, Handler>> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requestCount = 0;
};

} // namespace sb::sim
