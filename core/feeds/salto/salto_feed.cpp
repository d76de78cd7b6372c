#include "salto_feed.h"

#include "auth/jwt_claims.h"
#include "auth/oauth2_token_client.h"
#include "feeds/salto/salto_event_decoder.h"
#include "net/secret_redactor.h"
#include "net/signalr/signalr_hub_connection.h"
#include "pipeline/feed_metrics.h"
#include "pipeline/feed_registry.h"

#include <QNetworkRequest>

#include <limits>

namespace sb {

SaltoFeed::SaltoFeed(const SaltoFeedConfig &config, QObject *parent)
    : Feed(config.name, QStringLiteral("salto"), parent)
    , m_config(config)
    // Parented so that moveToThread() takes the timers along to the io thread.
    , m_countdown(this)
    , m_renewTimer(this)
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SaltoFeed::updateState);
    m_renewTimer.setSingleShot(true);
    connect(&m_renewTimer, &QTimer::timeout, this, &SaltoFeed::fetchToken);
    for (const SaltoHub &hub : m_config.hubs) {
        Hub h;
        h.hub = hub;
        h.backoff = ReconnectBackoff(m_config.reconnectMinMs, m_config.reconnectMaxMs);
        h.reconnectTimer = new QTimer(this);
        h.reconnectTimer->setSingleShot(true);
        m_hubs.push_back(h);
    }
    for (int i = 0; i < int(m_hubs.size()); ++i)
        connect(m_hubs[size_t(i)].reconnectTimer, &QTimer::timeout, this, [this, i] { openHub(i); });
}

SaltoFeed::~SaltoFeed()
{
    for (Hub &h : m_hubs)
        if (h.connection)
            h.connection->abort();
}

std::unique_ptr<FrameDecoder> SaltoFeed::createDecoder() const
{
    SaltoEventDecoder::Options options;
    options.maxMessageBytes = qsizetype(m_config.maxMessageBytes);
    return std::make_unique<SaltoEventDecoder>(m_config.name, options);
}

int SaltoFeed::liveHubs() const
{
    int n = 0;
    for (const Hub &h : m_hubs)
        n += h.connection && h.connection->isConnected();
    return n;
}

void SaltoFeed::start()
{
    if (m_running)
        return;
    if (!buildTls(m_config.caFile))
        return;
    m_running = true;
    m_authRetried = false;
    if (m_config.fetchesToken() && !m_tokenClient) {
        m_tokenClient = createTokenClient(network(), tls(), m_config.auth);
        connect(m_tokenClient, &OAuth2TokenClient::tokenReady, this, &SaltoFeed::onToken);
        connect(m_tokenClient, &OAuth2TokenClient::failed, this, [this](const FeedError &e) {
            stopAll();
            fail(e);
        });
    } else if (!m_config.fetchesToken()) {
        TokenInfo token;
        token.accessToken = m_config.token;
        token.obtainedMs = nowMs();
        const qint64 exp = JwtClaims::expiresAtMs(m_config.token);
        if (exp > 0)
            token.expiresInSec = int(qMax<qint64>(0, (exp - token.obtainedMs) / 1000));
        m_token = token;
        if (exp > 0 && exp <= nowMs())
            reportError(error(FeedError::Stage::Auth, QStringLiteral("token_expired"),
                QStringLiteral("the configured token expired at %1; expect 401").arg(Event::formatTime(exp)), false));
    }
    for (Hub &h : m_hubs) {
        SignalRHubConnection::Options options;
        options.handshakeTimeoutMs = m_config.handshakeTimeoutMs;
        options.keepAliveMs = m_config.keepAliveMs;
        options.serverTimeoutMs = m_config.serverTimeoutMs;
        options.maxMessageBytes = qsizetype(m_config.maxMessageBytes);
        h.stoppedWhy.clear();
        if (h.connection) {
            h.wasLive = false;
            h.backoff.reset();
            continue;
        }
        h.connection = new SignalRHubConnection(options, this);
        const int index = int(&h - m_hubs.data());
        h.connection->setFrameSink(frameSink(), h.hub.stream, index);
        connect(h.connection, &SignalRHubConnection::handshakeCompleted, this, [this, index] { onHandshake(index); });
        connect(h.connection, &SignalRHubConnection::protocolError, this, [this, index](const QString &text) {
            reportError(error(FeedError::Stage::Decode, QStringLiteral("bad_record"),
                QStringLiteral("%1: %2").arg(m_hubs[size_t(index)].hub.label(), text), true));
        });
        connect(h.connection, &SignalRHubConnection::closed, this,
            [this, index](const SignalRCloseInfo &info) { onClosed(index, info); });
        h.wasLive = false;
        h.backoff.reset();
    }
    m_countdown.start();
    if (tokenUsable()) {
        for (int i = 0; i < int(m_hubs.size()); ++i)
            openHub(i);
    } else {
        for (Hub &h : m_hubs)
            h.waitingForToken = true;
        fetchToken();
    }
}

void SaltoFeed::stop()
{
    m_running = false;
    stopAll();
    setState(FeedState::Idle, QStringLiteral("stopped"));
}

void SaltoFeed::stopAll()
{
    m_running = false;
    m_countdown.stop();
    m_renewTimer.stop();
    if (m_tokenClient)
        m_tokenClient->abort();
    for (Hub &h : m_hubs) {
        h.reconnectTimer->stop();
        h.reconnectAtMs = 0;
        h.waitingForToken = false;
        // Its closed() signal finds the feed no longer running and is ignored.
        if (h.connection && h.connection->state() != SignalRHubConnection::State::Closed)
            h.connection->close();
    }
}

void SaltoFeed::stopHub(
    int index, FeedError::Stage stage, const QString &code, const QString &summary, const QString &message)
{
    Hub &h = m_hubs[size_t(index)];
    h.reconnectTimer->stop();
    h.reconnectAtMs = 0;
    h.waitingForToken = false;
    h.stoppedWhy = QStringLiteral("%1 %2").arg(h.hub.stream, summary);
    h.stopError = error(stage, code, QStringLiteral("%1: %2").arg(h.hub.label(), message), false);
    QStringList reasons;
    bool othersRemain = false;
    for (const Hub &other : m_hubs) {
        if (other.stoppedWhy.isEmpty())
            othersRemain = true;
        else
            reasons << other.stopError.message;
    }
    if (!othersRemain) {
        FeedError last = h.stopError;
        if (m_hubs.size() > 1)
            last.message = QStringLiteral("no hub left: %1").arg(reasons.join(QStringLiteral("; ")));
        stopAll();
        fail(last);
        return;
    }
    // State first: the desk hides an error banner when a feed turns Live, and this error must stay visible.
    updateState();
    FeedError hubError = h.stopError;
    hubError.message += QStringLiteral("; this hub is stopped, the others carry on");
    reportError(hubError);
}

bool SaltoFeed::tokenUsable() const
{
    if (!m_token || !m_token->isValid())
        return false;
    if (!m_config.fetchesToken() || m_token->expiresInSec <= 0)
        return true;
    const qint64 margin
        = qMin<qint64>(qint64(m_config.tokenRenewMarginSec) * 1000, qint64(m_token->expiresInSec) * 100);
    return nowMs() < m_token->expiresAtMs() - margin;
}

void SaltoFeed::fetchToken()
{
    if (!m_running)
        return;
    if (!m_tokenClient) {
        // A configured token cannot be renewed here.
        for (int i = 0; i < int(m_hubs.size()); ++i)
            if (std::exchange(m_hubs[size_t(i)].waitingForToken, false))
                openHub(i);
        return;
    }
    // A renewal ahead of expiry runs in the background: live hubs keep their state.
    if (liveHubs() == 0)
        setState(FeedState::Authenticating,
            QStringLiteral("requesting a token from %1").arg(SecretRedactor::redactUrl(m_config.auth.tokenUrl)));
    m_tokenClient->requestToken();
}

void SaltoFeed::onToken(const TokenInfo &token)
{
    if (!m_running)
        return;
    m_token = token;
    // Renewed ahead of expiry so that a reconnect never waits for, or fails on, an old token; open connections keep
    // theirs (the hub validates a token only at connect).
    if (token.expiresInSec > 0) {
        const qint64 margin
            = qMin<qint64>(qint64(m_config.tokenRenewMarginSec) * 1000, qint64(token.expiresInSec) * 100);
        const qint64 in = token.expiresAtMs() - margin - nowMs();
        m_renewTimer.start(int(qBound(qint64(1000), in, qint64(std::numeric_limits<int>::max()))));
    }
    for (int i = 0; i < int(m_hubs.size()); ++i)
        if (std::exchange(m_hubs[size_t(i)].waitingForToken, false))
            openHub(i);
    updateState();
}

void SaltoFeed::openHub(int index)
{
    if (!m_running)
        return;
    Hub &h = m_hubs[size_t(index)];
    h.reconnectAtMs = 0;
    if (!h.stoppedWhy.isEmpty())
        return;
    if (!tokenUsable() && m_tokenClient) {
        h.waitingForToken = true;
        fetchToken();
        return;
    }
    const QString token = m_token ? m_token->accessToken : QString();
    h.usedToken = token;
    QNetworkRequest request(m_config.hubUrl(h.hub, m_config.tokenInQuery ? token : QString()));
    if (!m_config.tokenInQuery)
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    postReset();
    h.connection->open(request, tls());
    updateState();
}

void SaltoFeed::onHandshake(int index)
{
    if (!m_running)
        return;
    Hub &h = m_hubs[size_t(index)];
    h.wasLive = true;
    h.backoff.reset();
    m_authRetried = false;
    updateState();
}

void SaltoFeed::handleControl(const QVariant &message)
{
    if (message.canConvert<SaltoHubControl>()) {
        const auto control = message.value<SaltoHubControl>();
        if (control.hub >= 0 && control.hub < int(m_hubs.size()) && m_hubs[size_t(control.hub)].connection)
            m_hubs[size_t(control.hub)].connection->handleMessage(control.message);
    } else if (message.canConvert<FrameBarrier>()) {
        // Barrier ids are unique across connections: only the hub that posted it answers.
        for (Hub &h : m_hubs)
            if (h.connection)
                h.connection->handleBarrier(message.value<FrameBarrier>().id);
    }
}

void SaltoFeed::onClosed(int index, const SignalRCloseInfo &info)
{
    if (!m_running || info.weClosed)
        return;
    Hub &h = m_hubs[size_t(index)];
    if (!h.stoppedWhy.isEmpty())
        return;
    const QString where = h.hub.label();
    if (info.httpStatus == 401) {
        if (m_tokenClient && (!m_token || h.usedToken != m_token->accessToken)) {
            // Refused with a token that has been replaced meanwhile (another hub's 401 renewed it): try the new one.
            if (m_token)
                openHub(index);
            else
                h.waitingForToken = true;
            return;
        }
        if (m_tokenClient && !m_authRetried) {
            m_authRetried = true;
            reportError(error(FeedError::Stage::Auth, QStringLiteral("http_401"),
                QStringLiteral("%1: 401 Unauthorized, renewing the token once").arg(where), true));
            m_token.reset();
            h.waitingForToken = true;
            fetchToken();
            return;
        }
        if (m_tokenClient)
            stopHub(index, FeedError::Stage::Auth, QStringLiteral("http_401"),
                QStringLiteral("refused, 401 Unauthorized again with a new token"),
                QStringLiteral("401 Unauthorized again with a new token: the Identity Server's token is not accepted "
                               "by the hub (check clientId, clientSecret and tokenUrl)"));
        else
            stopHub(index, FeedError::Stage::Auth, QStringLiteral("http_401"),
                QStringLiteral("refused, 401 Unauthorized: the configured token is invalid or expired"),
                QStringLiteral("401 Unauthorized: the configured token is invalid or expired (set a new token, or "
                               "tokenUrl + clientId + clientSecret to renew it)"));
        return;
    }
    if (info.httpStatus == 403) {
        const QString roles = h.hub.userId.isEmpty()
            ? QStringLiteral("the Site Admin or Site Super User role")
            : QStringLiteral("the Site Admin, Site Super User or (own events) Site User role");
        stopHub(index, FeedError::Stage::Auth, QStringLiteral("http_403"),
            QStringLiteral("refused, 403 Forbidden: the token lacks permission"),
            QStringLiteral("403 Forbidden: the token lacks permission: it needs scope %1 and %2 on site %3")
                .arg(m_config.auth.scope, roles, h.hub.siteId));
        return;
    }
    if (info.serverSentClose && !info.allowReconnect) {
        const QString text = SecretRedactor::redactText(info.describe());
        stopHub(index, FeedError::Stage::Connect, QStringLiteral("server_close"),
            QStringLiteral("closed by the server: %1").arg(text.left(120)), text);
        return;
    }
    // A refused handshake is one failed attempt, not the end: the official clients retry it under their reconnect
    // policy, and a server that refuses now (restarting, overloaded) may accept later.
    const QString code = info.handshakeRefused ? QStringLiteral("handshake_refused")
        : info.serverSentClose                 ? QStringLiteral("server_close")
        : info.timedOut                        ? QStringLiteral("timeout")
        : info.httpStatus > 0                  ? QStringLiteral("http_%1").arg(info.httpStatus)
                                               : QStringLiteral("connection_lost");
    const QString text = QStringLiteral("%1: %2").arg(where, SecretRedactor::redactText(info.describe()));
    reportError(error(info.handshakeRefused ? FeedError::Stage::Login : FeedError::Stage::Connect, code, text, true));
    if (metrics())
        metrics()->reconnects.fetch_add(1, std::memory_order_relaxed);
    scheduleReconnect(index, text);
}

void SaltoFeed::scheduleReconnect(int index, const QString &why)
{
    Hub &h = m_hubs[size_t(index)];
    // As the official clients: the first retry after a live connection at once, then backoff with jitter, capped,
    // but never giving up.
    const int delay = std::exchange(h.wasLive, false) ? 0 : h.backoff.nextDelayMs();
    h.reconnectAtMs = nowMs() + delay;
    h.reconnectTimer->start(delay);
    m_lastProblem = why;
    updateState();
}

void SaltoFeed::updateState()
{
    if (!m_running)
        return;
    int live = 0;
    QStringList waiting;
    QStringList stopped;
    bool authenticating = false;
    bool connecting = false;
    for (const Hub &h : m_hubs) {
        if (!h.stoppedWhy.isEmpty()) {
            stopped << h.stoppedWhy;
        } else if (h.connection && h.connection->isConnected()) {
            ++live;
        } else if (h.reconnectAtMs > 0) {
            const qint64 left = qMax<qint64>(0, h.reconnectAtMs - nowMs());
            waiting << QStringLiteral("%1 reconnecting in %2 s").arg(h.hub.stream).arg((left + 999) / 1000);
        } else if (h.waitingForToken) {
            authenticating = true;
        } else {
            connecting = true;
        }
    }
    const int total = int(m_hubs.size());
    FeedState state = FeedState::Connecting;
    QString text;
    if (live == total) {
        QStringList streams;
        for (const Hub &h : m_hubs)
            streams << h.hub.stream;
        setState(FeedState::Live,
            QStringLiteral("streaming %1 of site %2")
                .arg(streams.join(QStringLiteral(" and ")), m_hubs.front().hub.siteId));
        return;
    } else if (!waiting.isEmpty()) {
        state = FeedState::Reconnecting;
        text = waiting.join(QStringLiteral(", "));
        if (!m_lastProblem.isEmpty())
            text += QStringLiteral(" (%1)").arg(m_lastProblem.left(200));
    } else if (authenticating) {
        state = FeedState::Authenticating;
        text = QStringLiteral("waiting for a token");
    } else if (connecting || live == 0) {
        text = QStringLiteral("connecting to %1").arg(m_config.url.host());
    } else {
        state = FeedState::Live; // every hub that may run does: the others were stopped for good
    }
    // Degraded: how many hubs carry events, then which are stopped and why, ahead of what the rest is doing.
    QStringList parts = stopped;
    if (!text.isEmpty())
        parts << text;
    setState(state,
        QStringLiteral("%1 of %2 hubs live%3%4")
            .arg(live)
            .arg(total)
            .arg(stopped.isEmpty() ? QStringLiteral(", ") : QStringLiteral(": "), parts.join(QStringLiteral("; "))));
}

int SaltoFeed::retriesScheduled() const
{
    int n = 0;
    for (const Hub &h : m_hubs)
        n += h.reconnectTimer->isActive() || h.waitingForToken;
    return n;
}

QStringList SaltoFeed::stoppedHubs() const
{
    QStringList stopped;
    for (const Hub &h : m_hubs)
        if (!h.stoppedWhy.isEmpty())
            stopped << h.stoppedWhy;
    return stopped;
}

} // namespace sb
