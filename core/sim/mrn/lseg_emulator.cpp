#include "lseg_emulator.h"

#include "lseg_auth_service.h"
#include "lseg_discovery_service.h"
#include "lseg_https_front.h"
#include "lseg_streaming_session.h"
#include "lseg_websocket_endpoint.h"
#include "mrn_news_publisher.h"
#include "sim/emulator_registry.h"
#include "sim/loopback_http_server.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>
#include <QTcpServer>

namespace sb::sim {
namespace {

constexpr int kHousekeepingMs = 250;

// A loopback port where nothing listens, for the discovery entries of regions the emulator does not serve.
quint16 unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

LsegEmulator::LsegEmulator(const LsegEmulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_tokens([this] { return m_nowMs(); })
    , m_generator(options.seed, [this] { return m_nowMs(); })
{
    qRegisterMetaType<sb::sim::LsegFault>();
    m_housekeeping.setInterval(kHousekeepingMs);
    connect(&m_housekeeping, &QTimer::timeout, this, &LsegEmulator::checkTokenExpiries);
}

LsegEmulator::~LsegEmulator()
{
    stop();
}

void LsegEmulator::setClock(std::function<qint64()> nowMs)
{
    m_nowMs = nowMs ? std::move(nowMs) : std::function<qint64()>([] { return QDateTime::currentMSecsSinceEpoch(); });
}

bool LsegEmulator::start()
{
    if (m_running)
        return true;
    LsegHttpsFront front;
    if (!front.start(
            m_tls, m_options.tls, QStringLiteral("lseg-emulator-ca.pem"), m_options, &m_tokens, &m_faults, this))
        return false;
    m_http = front.http;
    m_auth = front.auth;
    const QSslConfiguration tls = m_tls.serverConfiguration();
    connect(m_auth, &LsegAuthService::tokenIssued, this, &LsegEmulator::tokenIssued);
    m_discovery = new LsegDiscoveryService(m_options, &m_tokens, &m_faults, this);
    m_discovery->attach(m_http);

    QList<quint16> ports;
    for (int i = 0; i < qMax(1, m_options.webSocketEndpoints); ++i) {
        auto *endpoint = new LsegWebSocketEndpoint(i, tls, this);
        m_endpoints.append(endpoint);
        if (!endpoint->listen()) {
            stop();
            return false;
        }
        connect(endpoint, &LsegWebSocketEndpoint::socketAccepted, this, &LsegEmulator::onSocketAccepted);
        ports.append(endpoint->port());
    }
    m_discovery->setListenerPorts(ports);
    m_discovery->setDeadPort(unusedPort());

    m_publisher = new MrnNewsPublisher(m_options, &m_generator, this);
    m_publisher->setSink([this] { return subscribedRics(); },
        [this](const QList<MrnPublication> &items, bool burst) { deliver(items, burst); });
    m_publisher->start();
    m_housekeeping.start();
    m_running = true;
    if (m_faults.isOn(LsegFault::FirstEndpointDown))
        m_endpoints.first()->close();
    return true;
}

void LsegEmulator::stop()
{
    // Everything that refers to the options, the token store or the fault switches goes here, explicitly, so that
    // nothing outlives them when the destructor runs; a later start() builds it all anew on new ports.
    m_housekeeping.stop();
    const QList<LsegStreamingSession *> sessions = std::exchange(m_sessions, {});
    qDeleteAll(sessions); // a session's destructor aborts its socket without signalling back
    delete std::exchange(m_publisher, nullptr);
    qDeleteAll(std::exchange(m_endpoints, {}));
    delete std::exchange(m_discovery, nullptr);
    delete std::exchange(m_auth, nullptr);
    delete std::exchange(m_http, nullptr);
    m_pendingActions.clear();
    m_running = false;
}

QUrl LsegEmulator::httpUrl(const QString &path) const
{
    if (!m_http)
        return QUrl();
    QUrl url = m_http->baseUrl();
    url.setPath(path);
    return url;
}

QUrl LsegEmulator::tokenUrl() const
{
    return httpUrl(QString::fromLatin1(LsegAuthService::kV2Path));
}

QUrl LsegEmulator::tokenUrlV1() const
{
    return httpUrl(QString::fromLatin1(LsegAuthService::kV1Path));
}

QUrl LsegEmulator::discoveryUrl() const
{
    return httpUrl(QString::fromLatin1(LsegDiscoveryService::kPath) + QLatin1Char('/'));
}

QUrl LsegEmulator::webSocketUrl(int endpoint) const
{
    if (endpoint < 0 || endpoint >= m_endpoints.size())
        return QUrl();
    QUrl url;
    url.setScheme(m_options.tls ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(QStringLiteral("localhost"));
    url.setPort(m_endpoints[endpoint]->port());
    url.setPath(QStringLiteral("/WebSocket"));
    return url;
}

QList<quint16> LsegEmulator::webSocketPorts() const
{
    QList<quint16> out;
    for (const LsegWebSocketEndpoint *e : m_endpoints)
        out.append(e->port());
    return out;
}

QString LsegEmulator::caFile() const
{
    return m_tls.caFile();
}

QJsonObject LsegEmulator::feedConfig(const QString &name) const
{
    QJsonObject config {{QStringLiteral("name"), name}, {QStringLiteral("type"), QStringLiteral("mrn")},
        {QStringLiteral("tokenUrl"), tokenUrl().toString()},
        {QStringLiteral("discoveryUrl"), discoveryUrl().toString()}, {QStringLiteral("clientId"), m_options.clientId},
        {QStringLiteral("clientSecret"), m_options.clientSecret}, {QStringLiteral("scope"), m_options.scope},
        {QStringLiteral("region"), m_options.region}, {QStringLiteral("service"), m_options.service},
        {QStringLiteral("items"), QJsonArray {QStringLiteral("MRN_STORY")}}};
    if (m_options.tls)
        config.insert(QStringLiteral("caFile"), caFile());
    return config;
}

QJsonObject LsegEmulator::feedConfigV1(const QString &name) const
{
    QJsonObject config = feedConfig(name);
    config.remove(QStringLiteral("clientSecret"));
    config.insert(QStringLiteral("tokenUrl"), tokenUrlV1().toString());
    config.insert(QStringLiteral("username"), m_options.username);
    config.insert(QStringLiteral("password"), m_options.password);
    return config;
}

bool LsegEmulator::isActionFault(LsegFault fault) const
{
    switch (fault) {
    case LsegFault::TokenRejected:
    case LsegFault::TokenServerError:
    case LsegFault::TokenRedirect:
    case LsegFault::DiscoveryForbidden:
    case LsegFault::LoginRejected:
    case LsegFault::TokenExpiredAtLogin:
    case LsegFault::FirstEndpointDown:
    case LsegFault::StopPinging:
    case LsegFault::IgnorePongs:
        return false;
    default:
        return true;
    }
}

void LsegEmulator::setFault(LsegFault fault, bool on)
{
    if (isActionFault(fault)) {
        if (on)
            trigger(fault);
        else
            m_pendingActions.removeAll(fault);
        return;
    }
    m_faults.set(fault, on);
    if (fault != LsegFault::FirstEndpointDown || !m_running || m_endpoints.isEmpty())
        return;
    if (on) {
        // The preferred endpoint goes away entirely: no listener, and its clients are cut off.
        m_endpoints.first()->close();
        const QList<LsegStreamingSession *> sessions = m_sessions;
        for (LsegStreamingSession *s : sessions) {
            if (s->endpointIndex() == 0)
                s->abort();
        }
    } else {
        m_endpoints.first()->reopen();
    }
}

void LsegEmulator::trigger(LsegFault fault, int times)
{
    if (!isActionFault(fault)) {
        if (fault == LsegFault::FirstEndpointDown || fault == LsegFault::StopPinging || fault == LsegFault::IgnorePongs)
            setFault(fault, true);
        else
            m_faults.arm(fault, times);
        return;
    }
    for (int i = 0; i < times; ++i) {
        bool applied = false;
        const QList<QPointer<LsegStreamingSession>> sessions(m_sessions.begin(), m_sessions.end());
        for (const QPointer<LsegStreamingSession> &s : sessions) {
            if (s && s->apply(fault))
                applied = true;
        }
        if (!applied)
            m_pendingActions.append(fault);
    }
}

void LsegEmulator::applyPending(LsegStreamingSession *session)
{
    for (qsizetype i = 0; i < m_pendingActions.size();) {
        if (session->apply(m_pendingActions[i]))
            m_pendingActions.removeAt(i);
        else
            ++i;
    }
}

void LsegEmulator::publishStories(int rounds)
{
    if (m_publisher)
        m_publisher->publishNow(rounds);
}

void LsegEmulator::checkTokenExpiries()
{
    const QList<QPointer<LsegStreamingSession>> sessions(m_sessions.begin(), m_sessions.end());
    for (const QPointer<LsegStreamingSession> &s : sessions) {
        if (s)
            s->checkTokenExpiry();
    }
}

QString LsegEmulator::issueAccessToken()
{
    return m_tokens.issue(LsegTokenStore::Version::V2, m_options.clientId, m_options.scope, m_options.tokenLifetimeSec)
        .accessToken;
}

int LsegEmulator::tokenRequests() const
{
    return m_auth ? m_auth->requests() : 0;
}

int LsegEmulator::discoveryRequests() const
{
    return m_discovery ? m_discovery->requests() : 0;
}

int LsegEmulator::itemsPublished() const
{
    return m_publisher ? m_publisher->published() : 0;
}

QSet<QString> LsegEmulator::subscribedRics() const
{
    QSet<QString> out;
    for (const LsegStreamingSession *s : m_sessions) {
        if (s->isLoggedIn())
            out.unite(s->openRics());
    }
    return out;
}

void LsegEmulator::deliver(const QList<MrnPublication> &items, bool burst)
{
    const QList<QPointer<LsegStreamingSession>> sessions(m_sessions.begin(), m_sessions.end());
    for (const QPointer<LsegStreamingSession> &s : sessions) {
        if (s)
            s->publish(items, burst);
    }
}

void LsegEmulator::onSocketAccepted(QWebSocket *socket, int endpointIndex)
{
    LsegStreamingSession::Environment env;
    env.options = &m_options;
    env.tokens = &m_tokens;
    env.faults = &m_faults;
    env.generator = &m_generator;
    env.nowMs = [this] { return m_nowMs(); };
    auto *session = new LsegStreamingSession(socket, endpointIndex, env, this);
    m_sessions.append(session);
    ++m_connections;
    connect(session, &LsegStreamingSession::closed, this, [this, session] {
        m_sessions.removeOne(session);
        session->deleteLater();
        Q_EMIT clientDisconnected();
    });
    connect(session, &LsegStreamingSession::loginReceived, this, &LsegEmulator::loginReceived);
    connect(session, &LsegStreamingSession::loggedIn, this, [this, session] {
        ++m_loginsAccepted;
        Q_EMIT loginAccepted();
        // Faults waiting for a logged-in session happen after the Login Refresh has gone out.
        QTimer::singleShot(0, session, [this, session] { applyPending(session); });
    });
    connect(session, &LsegStreamingSession::loginRejected, this, [this](const QString &text) {
        ++m_loginsRejected;
        Q_EMIT loginRejected(text);
    });
    connect(session, &LsegStreamingSession::itemRequested, this, &LsegEmulator::itemRequested);
    connect(session, &LsegStreamingSession::newsStreamOpened, this,
        [this, session] { QTimer::singleShot(0, session, [this, session] { applyPending(session); }); });
    connect(session, &LsegStreamingSession::pingSent, this, [this] { ++m_pingsSent; });
    connect(session, &LsegStreamingSession::pongReceived, this, [this] {
        ++m_pongsReceived;
        Q_EMIT pongReceived();
    });
    Q_EMIT clientConnected();
}

void LsegEmulator::registerType()
{
    registerEmulator<LsegEmulator, LsegEmulatorOptions>(QStringLiteral("mrn"), QStringLiteral("the LSEG emulator"),
        [](LsegEmulatorOptions &options, const EmulatorOptions &common) {
            if (common.storiesPerSecond >= 0)
                options.storiesPerSecond = common.storiesPerSecond;
            options.burstStoriesPerSecond = common.burstStoriesPerSecond;
        });
}

} // namespace sb::sim
