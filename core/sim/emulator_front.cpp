#include "emulator_front.h"

#include "sim/loopback_http_server.h"

#include <QWebSocket>

namespace sb::sim {

EmulatorFront::EmulatorFront(EmulatorTime &time, QObject *parent)
    : QObject(parent)
    , m_time(time)
{ }

EmulatorFront::~EmulatorFront() = default;

bool EmulatorFront::start(const Setup &setup)
{
    if (m_running)
        return true;
    if (!open(setup))
        return false;
    m_time.start(setup.pingIntervalMs, setup.eventsPerSecond);
    m_running = true;
    return true;
}

bool EmulatorFront::open(const Setup &setup)
{
    m_tls = setup.tls;
    if (m_tls && !m_identity.create(setup.caFileName))
        return false;
    const QSslConfiguration tls = m_identity.serverConfiguration();
    m_http = new LoopbackHttpServer(this);
    if (setup.routes)
        setup.routes(*m_http);
    if (!m_http->listen(0, tls))
        return false;
    m_ws = new VettedWebSocketServer(setup.serverName, this);
    if (!setup.subprotocols.isEmpty())
        m_ws->setSubprotocols(setup.subprotocols);
    m_ws->setGatekeeper(setup.gatekeeper);
    connect(m_ws, &VettedWebSocketServer::connected, this, &EmulatorFront::connected);
    return m_ws->listen(tls);
}

void EmulatorFront::stop(const QList<QWebSocket *> &sockets, QObject *receiver)
{
    if (!m_running)
        return;
    m_running = false;
    m_time.stop();
    for (QWebSocket *s : sockets)
        VettedWebSocketServer::discard(s, receiver);
    delete m_ws;
    m_ws = nullptr;
    delete m_http;
    m_http = nullptr;
}

QUrl EmulatorFront::webSocketPortUrl(const QString &plainScheme, const QString &secureScheme) const
{
    QUrl url;
    url.setScheme(m_tls ? secureScheme : plainScheme);
    url.setHost(QStringLiteral("localhost"));
    url.setPort(m_ws ? m_ws->port() : 0);
    return url;
}

QUrl EmulatorFront::webSocketUrl(const QString &path) const
{
    QUrl url = webSocketPortUrl(QStringLiteral("ws"), QStringLiteral("wss"));
    url.setPath(path);
    return url;
}

QUrl EmulatorFront::httpUrl(const QString &path) const
{
    QUrl url = m_http ? m_http->baseUrl() : QUrl();
    url.setPath(path);
    return url;
}

} // namespace sb::sim
