#include "mrn_feed.h"

#include "auth/oauth2_token_client.h"
#include "feeds/mrn/mrn_frame_decoder.h"
#include "feeds/mrn/omm_control.h"
#include "feeds/mrn/service_discovery_client.h"
#include "net/secret_redactor.h"
#include "pipeline/feed_metrics.h"
#include "pipeline/feed_registry.h"

namespace sb {

MrnFeed::MrnFeed(const MrnFeedConfig &config, QObject *parent)
    : Feed(config.name, QStringLiteral("mrn"), parent)
    , m_config(config)
    , m_policy(config.usesPasswordGrant() ? TokenRenewalPolicy::Version::V1 : TokenRenewalPolicy::Version::V2)
    , m_backoff(config.reconnectMinMs, config.reconnectMaxMs)
    // Parented so that moveToThread() takes the timers along to the io thread.
    , m_reconnectTimer(this)
    , m_countdown(this)
    , m_v1Renewal(this)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &MrnFeed::reconnect);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        const qint64 left = qMax<qint64>(0, (m_reconnectAtMs - nowMs() + 999) / 1000);
        setState(FeedState::Reconnecting, QStringLiteral("reconnecting in %1 s").arg(left));
    });
    m_v1Renewal.setSingleShot(true);
    connect(&m_v1Renewal, &QTimer::timeout, this, &MrnFeed::fetchToken);
}

MrnFeed::~MrnFeed() = default;

MrnFrameDecoder::Options MrnFeed::decoderOptions() const
{
    MrnFrameDecoder::Options options;
    options.assembler.expiryMs = qint64(m_config.incompleteExpirySec) * 1000;
    options.story.maxInflatedBytes = qsizetype(m_config.maxInflatedBytes);
    return options;
}

std::unique_ptr<FrameDecoder> MrnFeed::createDecoder() const
{
    return std::make_unique<MrnFrameDecoder>(m_config.name, decoderOptions());
}

QStringList MrnFeed::endpointUrls() const
{
    QStringList out;
    for (const QUrl &u : m_endpoints)
        out << u.toString();
    return out;
}

void MrnFeed::start()
{
    if (!buildTls(m_config.caFile))
        return;
    m_running = true;
    OmmSession::Options sessionOptions;
    sessionOptions.applicationId = m_config.applicationId;
    sessionOptions.userName = m_config.auth.username;
    sessionOptions.items = m_config.items;
    sessionOptions.service = m_config.service;
    sessionOptions.defaultPingTimeoutSec = m_config.pingTimeoutSec;
    // The socket refuses what the decoder would refuse anyway, before buffering it.
    sessionOptions.maxMessageBytes = decoderOptions().maxFrameBytes;
    m_session = new OmmSession(sessionOptions, this);
    m_session->setClock([this] { return nowMs(); });
    m_session->setFrameSink(frameSink());
    connect(m_session, &OmmSession::connected, this, [this] {
        setState(FeedState::LoggingIn,
            QStringLiteral("logging in to %1").arg(m_endpoints.value(m_endpointIndex).authority()));
    });
    connect(m_session, &OmmSession::loggedIn, this, [this](const QString &text) {
        m_wasLoggedIn = true;
        m_backoff.reset();
        m_retriedDiscoveryWithNewToken = false;
        setState(FeedState::Subscribing, text.isEmpty() ? QStringLiteral("login accepted") : text);
    });
    connect(m_session, &OmmSession::itemOpened, this, [this](const QString &item) {
        setState(
            FeedState::Live, QStringLiteral("%1 open on %2").arg(item, m_endpoints.value(m_endpointIndex).authority()));
    });
    connect(m_session, &OmmSession::closed, this, &MrnFeed::onSessionClosed);
    connect(m_session, &OmmSession::errorOccurred, this, [this](const FeedError &e) { reportError(e); });

    if (m_config.isDeployedServer()) {
        m_endpoints = {m_config.websocketUrl};
        connectEndpoint(0);
        return;
    }

    m_tokenClient = createTokenClient(network(), tls(), m_config.auth);
    connect(m_tokenClient, &OAuth2TokenClient::tokenReady, this, &MrnFeed::onToken);
    connect(m_tokenClient, &OAuth2TokenClient::failed, this, [this](const FeedError &e) { fail(e); });

    m_discoveryClient = new ServiceDiscoveryClient(network(), tls(), this);
    m_discoveryClient->setFeedName(name());
    m_discoveryClient->setClock([this] { return nowMs(); });
    connect(m_discoveryClient, &ServiceDiscoveryClient::endpointsReady, this, &MrnFeed::onEndpoints);
    connect(m_discoveryClient, &ServiceDiscoveryClient::retrying, this, [this](const FeedError &e) {
        reportError(e);
        setState(FeedState::Discovering, e.message);
    });
    connect(m_discoveryClient, &ServiceDiscoveryClient::failed, this, [this](const FeedError &e) {
        if (e.code == QLatin1String("http_401") && !m_retriedDiscoveryWithNewToken) {
            // The token may have expired between its issue and this call: one fresh token, then give up.
            m_retriedDiscoveryWithNewToken = true;
            reportError(e);
            m_token.reset();
            fetchToken();
            return;
        }
        fail(e);
    });
    if (m_config.websocketUrl.isValid())
        m_endpoints = {m_config.websocketUrl};
    fetchToken();
}

void MrnFeed::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_countdown.stop();
    m_v1Renewal.stop();
    if (m_tokenClient)
        m_tokenClient->abort();
    if (m_session)
        m_session->close();
    setState(FeedState::Idle, QStringLiteral("stopped"));
}

void MrnFeed::fetchToken()
{
    if (!m_running)
        return;
    if (!m_session || !m_session->isLoggedIn())
        setState(
            FeedState::Authenticating, QStringLiteral("requesting a token from %1").arg(m_config.auth.tokenUrl.host()));
    m_tokenClient->requestToken();
}

void MrnFeed::onToken(const TokenInfo &token)
{
    if (!m_running)
        return;
    m_token = token;
    scheduleV1Renewal();
    if (m_session->isLoggedIn()) {
        m_session->reissueLogin(token.accessToken); // V1 renewal on the open connection
        return;
    }
    if (m_endpoints.isEmpty())
        discover();
    else
        connectEndpoint(0);
}

void MrnFeed::scheduleV1Renewal()
{
    if (!m_config.usesPasswordGrant() || !m_token)
        return;
    const qint64 delay = qMax<qint64>(1000, TokenRenewalPolicy::v1RenewAtMs(*m_token) - nowMs());
    m_v1Renewal.start(int(qMin<qint64>(delay, std::numeric_limits<int>::max())));
}

void MrnFeed::discover()
{
    setState(FeedState::Discovering,
        QStringLiteral("asking %1 for endpoints in %2").arg(m_config.discoveryUrl.host(), m_config.region));
    m_discoveryClient->discover(m_config.discoveryUrl, m_token->accessToken, m_config.region);
}

void MrnFeed::onEndpoints(const QVector<ServiceEndpoint> &chosen)
{
    if (!m_running)
        return;
    m_endpoints.clear();
    for (const ServiceEndpoint &e : chosen) {
        QUrl url;
        url.setScheme(QStringLiteral("wss"));
        url.setHost(e.endpoint);
        url.setPort(e.port);
        url.setPath(QStringLiteral("/WebSocket"));
        m_endpoints << url;
    }
    connectEndpoint(0);
}

void MrnFeed::connectEndpoint(int index)
{
    m_endpointIndex = index;
    const QUrl url = m_endpoints.at(index);
    setState(FeedState::Connecting,
        QStringLiteral("connecting to %1 (%2 of %3)")
            .arg(SecretRedactor::redactUrl(url))
            .arg(index + 1)
            .arg(m_endpoints.size()));
    postReset(); // fragments of an earlier connection can no longer complete
    m_wasLoggedIn = false;
    m_session->open(url, m_token ? m_token->accessToken : QString(), tls());
}

void MrnFeed::onSessionClosed(OmmSession::CloseReason reason, const QString &detail)
{
    if (!m_running || reason == OmmSession::CloseReason::Stopped)
        return;
    const QString where = m_endpoints.value(m_endpointIndex).authority();
    switch (reason) {
    case OmmSession::CloseReason::LoginRejected:
        fail(error(FeedError::Stage::Login, QStringLiteral("login_rejected"), detail, false));
        return;
    case OmmSession::CloseReason::ConnectFailed:
        reportError(error(FeedError::Stage::Connect, QStringLiteral("connect_failed"),
            QStringLiteral("%1: %2").arg(where, detail), true));
        if (m_endpointIndex + 1 < m_endpoints.size()) {
            connectEndpoint(m_endpointIndex + 1); // fail over in discovery order
            return;
        }
        if (!m_config.websocketUrl.isValid())
            m_endpoints.clear(); // every endpoint failed: ask discovery again next time
        scheduleReconnect(QStringLiteral("no endpoint reachable"));
        return;
    case OmmSession::CloseReason::MessageTooLarge:
        reportError(error(FeedError::Stage::Decode, QStringLiteral("message_too_large"),
            QStringLiteral("%1: %2").arg(where, detail), true));
        if (metrics())
            metrics()->reconnects.fetch_add(1, std::memory_order_relaxed);
        m_firstAttemptAfterDisconnect = true;
        scheduleReconnect(QStringLiteral("message too large"));
        return;
    case OmmSession::CloseReason::LoginRecoverable:
    case OmmSession::CloseReason::Dropped:
    case OmmSession::CloseReason::PingTimeout: {
        const QString code = reason == OmmSession::CloseReason::PingTimeout ? QStringLiteral("ping_timeout")
            : reason == OmmSession::CloseReason::LoginRecoverable           ? QStringLiteral("login_recoverable")
                                                                            : QStringLiteral("disconnected");
        reportError(error(
            reason == OmmSession::CloseReason::LoginRecoverable ? FeedError::Stage::Login : FeedError::Stage::Connect,
            code, QStringLiteral("%1: %2").arg(where, detail), true));
        if (metrics())
            metrics()->reconnects.fetch_add(1, std::memory_order_relaxed);
        m_firstAttemptAfterDisconnect = true;
        scheduleReconnect(detail);
        return;
    }
    case OmmSession::CloseReason::None:
    case OmmSession::CloseReason::Stopped:
        return;
    }
}

void MrnFeed::scheduleReconnect(const QString &why)
{
    const int delay = m_backoff.nextDelayMs();
    m_reconnectAtMs = nowMs() + delay;
    setState(FeedState::Reconnecting, QStringLiteral("%1; reconnecting in %2 s").arg(why).arg((delay + 999) / 1000));
    m_reconnectTimer.start(delay);
    m_countdown.start();
}

void MrnFeed::reconnect()
{
    m_countdown.stop();
    if (!m_running)
        return;
    if (m_config.isDeployedServer()) {
        connectEndpoint(0);
        return;
    }
    const bool first = std::exchange(m_firstAttemptAfterDisconnect, false);
    if (!m_token || m_policy.beforeConnect(*m_token, first, nowMs()) == TokenRenewalPolicy::Action::FetchNew) {
        fetchToken();
        return;
    }
    if (m_endpoints.isEmpty())
        discover();
    else
        connectEndpoint(0);
}

void MrnFeed::handleControl(const QVariant &message)
{
    if (!m_session)
        return;
    if (message.canConvert<OmmControl>())
        m_session->handleControl(message.value<OmmControl>());
    else if (message.canConvert<FrameBarrier>())
        m_session->handleBarrier(message.value<FrameBarrier>().id);
}

} // namespace sb
