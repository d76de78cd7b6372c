#pragma once

#include "sim/emulator_time.h"
#include "sim/emulator_tls_identity.h"
#include "sim/vetted_websocket_server.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QWebSocket;

namespace sb::sim {

class LoopbackHttpServer;

// What a WebSocket emulator shows the world on loopback: an HTTP server (token endpoint, admin API) and a vetted
// WebSocket server, both under one TLS identity (or plain), opened together with the emulator's clockwork by start()
// and torn down together by stop(), so that every emulator starts, restarts and stops the same way.
class EmulatorFront : public QObject
{
    Q_OBJECT
public:
    struct Setup
    {
        bool tls = true;
        QString caFileName; // the PEM file clients name as caFile
        QString serverName; // the WebSocket server's name
        QStringList subprotocols;
        VettedWebSocketServer::Gatekeeper gatekeeper;
        // Registers the HTTP routes before the server listens.
        std::function<void(LoopbackHttpServer &)> routes;
        // The emulator's clockwork, started once both servers listen.
        int pingIntervalMs = 0;
        double eventsPerSecond = 0;
    };

    // `time` is the emulator's, which start() and stop() run and halt.
    explicit EmulatorFront(EmulatorTime &time, QObject *parent = nullptr);
    ~EmulatorFront() override;

    // Creates the identity (with TLS) and both servers on ephemeral ports, then starts the time; accepted upgrades
    // go to `connected`. True at once when running already; false when either server fails.
    bool start(const Setup &setup);
    // When running: stops the time, aborts `sockets` (handed out by this front, connected to `receiver`) and deletes
    // both servers.
    void stop(const QList<QWebSocket *> &sockets, QObject *receiver);
    bool isRunning() const { return m_running; }

    bool isTls() const { return m_tls; }
    QString caFile() const { return m_identity.caFile(); }
    // <scheme>://localhost:<WebSocket port><path>; the scheme is the secure one (wss, https) with TLS.
    QUrl webSocketUrl(const QString &path = QString()) const;
    QUrl webSocketPortUrl(const QString &plainScheme, const QString &secureScheme) const;
    // The HTTP server's base URL with `path`; empty when closed.
    QUrl httpUrl(const QString &path = QString()) const;

Q_SIGNALS:
    void connected(QWebSocket *socket);

private:
    bool open(const Setup &setup);

    EmulatorTime &m_time;
    EmulatorTlsIdentity m_identity;
    bool m_running = false;
    bool m_tls = true;
    LoopbackHttpServer *m_http = nullptr;
    VettedWebSocketServer *m_ws = nullptr;
};

} // namespace sb::sim
