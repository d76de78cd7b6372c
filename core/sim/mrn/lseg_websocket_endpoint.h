#pragma once

#include <QObject>
#include <QSslConfiguration>
#include <QWebSocket>

class QWebSocketServer;

namespace sb::sim {

// One RTO streaming endpoint: a loopback WebSocket listener (wss with the emulator's certificate, or ws) that
// speaks the tr_json2 subprotocol at /WebSocket, on 127.0.0.1 and ::1. It can be closed and reopened on the same port
// to play an endpoint that is down.
class LsegWebSocketEndpoint : public QObject
{
    Q_OBJECT
public:
    LsegWebSocketEndpoint(int index, const QSslConfiguration &tls, QObject *parent = nullptr);
    ~LsegWebSocketEndpoint() override;

    bool listen(quint16 port = 0);
    void close();
    bool reopen() { return listen(m_port); }
    bool isListening() const;
    quint16 port() const { return m_port; }
    int index() const { return m_index; }
    bool isTls() const { return m_tls; }

Q_SIGNALS:
    // A handshake completed on the right path and subprotocol; the receiver takes ownership of the socket.
    void socketAccepted(QWebSocket *socket, int endpointIndex);

private:
    void onNewConnection(QWebSocketServer *server);

    int m_index;
    bool m_tls;
    quint16 m_port = 0;
    QWebSocketServer *m_server; // 127.0.0.1
    QWebSocketServer *m_server6; // ::1, same port
};

} // namespace sb::sim
