#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace sb::sim {

// The HTTP request that asks for a WebSocket upgrade, as the emulator's gatekeeper sees it.
struct UpgradeRequest
{
    QUrl target; // path and query of the request line
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &lowerCaseName) const; // empty when absent
};

// What the gatekeeper decides: accept (status 0), or refuse with an HTTP answer and no WebSocket at all.
struct UpgradeVerdict
{
    int status = 0;
    QByteArray statusText;
    QByteArray body;
    QByteArray extraHeaders; // whole header lines, each ending in \r\n

    static UpgradeVerdict accept() { return {}; }
    static UpgradeVerdict refuse(int status, const QByteArray &text, const QByteArray &body = QByteArray(),
        const QByteArray &extraHeaders = QByteArray())
    {
        return {status, text, body, extraHeaders};
    }
    bool accepted() const { return status == 0; }
};

// A loopback WebSocket server (plain or TLS) whose upgrade requests pass a gatekeeper first. Real services check
// keys and tokens on the HTTP upgrade and answer 400/401/403/429 before any WebSocket exists; QWebSocketServer
// cannot, so the request is peeked on the TCP socket (at most 16 KiB) and handed to QWebSocketServer only once
// accepted.
class VettedWebSocketServer : public QObject
{
    Q_OBJECT
public:
    using Gatekeeper = std::function<UpgradeVerdict(const UpgradeRequest &)>;

    explicit VettedWebSocketServer(const QString &serverName, QObject *parent = nullptr);
    ~VettedWebSocketServer() override;

    void setSubprotocols(const QStringList &subprotocols);
    void setGatekeeper(Gatekeeper gatekeeper) { m_gatekeeper = std::move(gatekeeper); }

    // Listens on 127.0.0.1 and ::1 with one ephemeral port; TLS when `tls` is not null.
    bool listen(const QSslConfiguration &tls);
    quint16 port() const;

    // Aborts a socket this server handed out, whatever its state, and lets it go.
    static void discard(QWebSocket *socket, QObject *receiver);

Q_SIGNALS:
    // An accepted upgrade; the socket belongs to the receiver from here on.
    void connected(QWebSocket *socket);

private:
    void onTcpConnection(QTcpServer *server);
    void onUpgradeRequest(QTcpSocket *socket);

    QString m_serverName;
    QStringList m_subprotocols;
    Gatekeeper m_gatekeeper;
    QTcpServer *m_tcp = nullptr; // 127.0.0.1
    QTcpServer *m_tcp6 = nullptr; // ::1, same port
    QWebSocketServer *m_ws = nullptr;
};

} // namespace sb::sim
