#include "opera_feed.h"

#include "auth/oauth2_token_client.h"
#include "feeds/opera/opera_event_decoder.h"
#include "feeds/opera/opera_progress.h"
#include "feeds/opera/opera_subscription.h"
#include "net/graphqlws/graphql_ws_client.h"
#include "net/graphqlws/graphql_ws_protocol_error.h"
#include "net/secret_redactor.h"
#include "pipeline/feed_metrics.h"
#include "pipeline/feed_registry.h"
#include "store/event_store.h"
#include "store/private_file.h"

#include <QDir>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

namespace sb {

OperaFeed::OperaFeed(const OperaFeedConfig &config, QObject *parent)
    : Feed(config.name, QStringLiteral("opera"), parent)
    , m_config(config)
    , m_backoff(config.reconnectMinMs, config.reconnectMaxMs)
    // Parented so that moveToThread() takes the timers along to the io thread.
    , m_reconnectTimer(this)
    , m_renewTimer(this)
    , m_saveTimer(this)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &OperaFeed::reconnect);
    m_renewTimer.setSingleShot(true);
    connect(&m_renewTimer, &QTimer::timeout, this, &OperaFeed::renewToken);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(200);
    connect(&m_saveTimer, &QTimer::timeout, this, &OperaFeed::saveOffset);
}

OperaFeed::~OperaFeed()
{
    if (m_client)
        m_client->abort();
    m_lock.release();
}

std::unique_ptr<FrameDecoder> OperaFeed::createDecoder() const
{
    OperaEventDecoder::Options options;
    options.maxMessageBytes = qsizetype(m_config.maxMessageBytes);
    options.offsetStateKey = offsetStateKey(m_config.chainCode);
    options.chainCode = m_config.chainCode;
    return std::make_unique<OperaEventDecoder>(m_config.name, options);
}

void OperaFeed::start()
{
    if (!buildTls(m_config.caFile))
        return;
    QString problem;
    if (!m_lock.acquire(m_config.lockDir, m_config.gatewayUrl.host(), m_config.appKey, m_config.chainCode, &problem)) {
        fail(error(FeedError::Stage::Connect, QStringLiteral("consumer_locked"), problem, false));
        return;
    }
    m_running = true;

    m_tokenClient = createTokenClient(network(), tls(), m_config.auth);
    connect(m_tokenClient, &OAuth2TokenClient::tokenReady, this, &OperaFeed::onToken);
    connect(m_tokenClient, &OAuth2TokenClient::failed, this, [this](const FeedError &e) {
        m_running = false;
        m_lock.release();
        fail(e);
    });

    GraphqlWsClient::Options wsOptions;
    wsOptions.ackTimeoutMs = m_config.ackTimeoutMs;
    wsOptions.keepAliveMs = m_config.pingIntervalMs;
    wsOptions.pongTimeoutMs = m_config.pongTimeoutMs;
    wsOptions.closeWaitMs = m_config.closeWaitMs;
    wsOptions.maxMessageBytes = qsizetype(m_config.maxMessageBytes);
    m_client = new GraphqlWsClient(wsOptions, this);
    m_client->setClock([this] { return nowMs(); });
    m_client->setFrameSink(frameSink());
    connect(m_client, &GraphqlWsClient::socketOpened, this, [this] {
        setState(FeedState::LoggingIn, QStringLiteral("connection_init sent to %1").arg(m_config.gatewayUrl.host()));
    });
    connect(m_client, &GraphqlWsClient::acknowledged, this, &OperaFeed::onAcknowledged);
    connect(m_client, &GraphqlWsClient::operationError, this, [this](const QString &, const QJsonArray &errors) {
        QStringList texts;
        for (const QJsonValue &e : errors)
            texts << e.toObject().value(QStringLiteral("message")).toString().left(300);
        m_lastGraphqlError = texts.join(QStringLiteral("; "));
        // OHIP closes after an invalid subscription; the close decides what happens next.
        reportError(error(FeedError::Stage::Subscribe, QStringLiteral("graphql_error"), m_lastGraphqlError, false));
    });
    connect(m_client, &GraphqlWsClient::protocolError, this, [this](const QString &text) {
        reportError(error(FeedError::Stage::Decode, QStringLiteral("bad_response"), text, true));
    });
    connect(m_client, &GraphqlWsClient::closed, this, &OperaFeed::onClosed);

    // Offsets live with the events in the desk's history store, unless the config names a state file of its own.
    if (!m_store && m_config.statePath.isEmpty())
        m_store = store();
    if (!m_store) {
        QString path = m_config.statePath;
        if (path.isEmpty()) {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
            PrivateFile::ensureDirectory(dir);
            path = QDir(dir).filePath(QStringLiteral("opera-state.sqlite"));
        }
        m_ownedStore = std::make_unique<EventStore>();
        connect(m_ownedStore.get(), &EventStore::errorOccurred, this, [this](const FeedError &e) { reportError(e); });
        StoreOptions options;
        options.path = path;
        m_ownedStore->open(options);
        m_store = m_ownedStore.get();
    }
    loadOffsetThenConnect();
}

void OperaFeed::loadOffsetThenConnect()
{
    setState(FeedState::Connecting, QStringLiteral("reading the last offset of chain %1").arg(m_config.chainCode));
    m_store->getState(name(), offsetStateKey(m_config.chainCode), this, [this](const QString &value) {
        bool ok = false;
        const qint64 stored = value.toLongLong(&ok);
        if (ok && stored > m_lastOffset) {
            m_lastOffset = stored;
            m_savedOffset = stored;
        }
        fetchToken();
    });
}

void OperaFeed::stop()
{
    const bool wasRunning = std::exchange(m_running, false);
    m_reconnectTimer.stop();
    m_renewTimer.stop();
    m_saveTimer.stop();
    if (m_tokenClient)
        m_tokenClient->abort();
    if (wasRunning)
        saveOffset();
    if (m_client) {
        if (m_client->isReady() && !m_subscriptionId.isEmpty())
            m_client->completeAndAwaitClose(m_subscriptionId); // OHIP: complete, then the server closes
        else
            m_client->abort();
    }
    if (!m_client || !m_client->isReady())
        m_lock.release();
    setState(FeedState::Idle, QStringLiteral("stopped"));
}

void OperaFeed::stopGracefully()
{
    const bool awaitingClose = m_client && m_client->isReady() && !m_subscriptionId.isEmpty();
    stop();
    // stop() completed the subscription; onClosed emits stopped() when the server has closed.
    if (!awaitingClose)
        Q_EMIT stopped();
}

void OperaFeed::fetchToken()
{
    if (!m_running)
        return;
    setState(FeedState::Authenticating, QStringLiteral("requesting a token from %1").arg(m_config.gatewayUrl.host()));
    m_tokenClient->requestToken();
}

void OperaFeed::onToken(const TokenInfo &token)
{
    if (!m_running)
        return;
    m_token = token;
    openSocket();
}

qint64 OperaFeed::renewAtMs() const
{
    if (!m_token || m_token->expiresInSec <= 0)
        return std::numeric_limits<qint64>::max();
    const qint64 lifetimeMs = qint64(m_token->expiresInSec) * 1000;
    const qint64 margin = qMin<qint64>(qint64(m_config.tokenRenewMarginSec) * 1000, lifetimeMs / 10);
    return m_token->expiresAtMs() - margin;
}

void OperaFeed::openSocket()
{
    if (!m_running)
        return;
    if (nowMs() >= renewAtMs()) {
        fetchToken();
        return;
    }
    const QUrl url = m_config.streamUrl();
    setState(FeedState::Connecting, QStringLiteral("connecting to %1").arg(SecretRedactor::redactUrl(url)));
    postReset();
    ++m_connection;
    m_lastGraphqlError.clear();
    QJsonObject init;
    init.insert(QStringLiteral("Authorization"), QString(QStringLiteral("Bearer ") + m_token->accessToken));
    init.insert(QStringLiteral("x-app-key"), m_config.appKey);
    if (!m_config.enterpriseId.isEmpty())
        init.insert(QStringLiteral("enterpriseId"), m_config.enterpriseId);
    m_client->open(url, init, tls());
}

void OperaFeed::onAcknowledged()
{
    if (!m_running)
        return;
    m_authRetried = false;
    m_backoff.reset();
    // A fresh id per subscription: OHIP wants ids unique for the stream's lifetime.
    m_subscriptionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 from = m_lastOffset >= 0 ? m_lastOffset + 1 : -1;
    m_client->subscribe(
        m_subscriptionId, OperaSubscription::payload(m_config.chainCode, from, m_config.hotelCodes, m_config.delta));
    ++m_subscriptions;
    setState(FeedState::Live,
        from >= 0 ? QStringLiteral("streaming chain %1 from offset %2").arg(m_config.chainCode).arg(from)
                  : QStringLiteral("streaming chain %1").arg(m_config.chainCode));
    const qint64 renewIn = renewAtMs() - nowMs();
    if (renewIn < std::numeric_limits<int>::max())
        m_renewTimer.start(int(qMax<qint64>(0, renewIn)));
}

void OperaFeed::renewToken()
{
    if (!m_running || !m_client->isReady())
        return;
    // OHIP: before the token expires, complete, let the server close, get a new token and reopen.
    m_renewing = true;
    setState(FeedState::Authenticating,
        QStringLiteral("renewing the token: ending the stream at offset %1").arg(m_lastOffset));
    m_client->completeAndAwaitClose(m_subscriptionId);
}

void OperaFeed::onClosed(int code, const QString &reason, int httpStatus, bool weAskedToEnd)
{
    m_renewTimer.stop();
    saveOffset();
    if (!m_running) {
        m_lock.release();
        Q_EMIT stopped();
        return;
    }
    const GraphqlWsClosePolicy::Decision decision = GraphqlWsClosePolicy::classify(code, httpStatus, weAskedToEnd);
    if (std::exchange(m_renewing, false)) {
        m_token.reset();
        scheduleReconnect(delayAfterClose(decision, m_config.resubscribeDelayMs), QStringLiteral("token renewal"));
        return;
    }
    if (std::exchange(m_refetching, false)) {
        scheduleReconnect(delayAfterClose(decision, m_config.resubscribeDelayMs),
            QStringLiteral("fetching the events after offset %1 again").arg(m_lastOffset));
        return;
    }
    QString detail = decision.meaning;
    if (!m_lastGraphqlError.isEmpty())
        detail += QStringLiteral(": ") + m_lastGraphqlError;
    else if (!reason.isEmpty())
        detail += QStringLiteral(": ") + SecretRedactor::redactText(reason.left(200));
    if (metrics() && decision.action != GraphqlWsClosePolicy::Action::Fatal)
        metrics()->reconnects.fetch_add(1, std::memory_order_relaxed);
    switch (decision.action) {
    case GraphqlWsClosePolicy::Action::Done:
        scheduleReconnect(delayAfterClose(decision, m_config.resubscribeDelayMs), detail);
        return;
    case GraphqlWsClosePolicy::Action::Fatal:
        m_running = false;
        m_lock.release();
        fail(error(
            httpStatus > 0 ? FeedError::Stage::Connect : FeedError::Stage::Subscribe, decision.code, detail, false));
        return;
    case GraphqlWsClosePolicy::Action::RenewAuth:
        if (m_authRetried) {
            m_running = false;
            m_lock.release();
            fail(error(FeedError::Stage::Login, decision.code,
                detail + QStringLiteral(" (again with a new token: check clientId, clientSecret and appKey)"), false));
            return;
        }
        m_authRetried = true;
        reportError(error(FeedError::Stage::Login, decision.code, detail, true));
        m_token.reset();
        scheduleReconnect(delayAfterClose(decision, 0), detail);
        return;
    case GraphqlWsClosePolicy::Action::Lockout: {
        const int delay = delayAfterClose(decision, qMax(0, m_config.lockoutSec) * 1000);
        const QString text = QStringLiteral("Another consumer is already streaming chain %1 with this application "
                                            "key (OHIP 4409). Only one may stream at a time; retrying in %2 s.")
                                 .arg(m_config.chainCode)
                                 .arg((delay + 999) / 1000);
        reportError(error(FeedError::Stage::Subscribe, QStringLiteral("subscriber_exists"), text, true));
        startReconnectTimer(delay);
        setState(FeedState::Reconnecting, text);
        return;
    }
    case GraphqlWsClosePolicy::Action::Reconnect: {
        reportError(error(FeedError::Stage::Connect, decision.code, detail, true));
        // The policy's least wait (4 s after a lost connection, 2 min after HTTP 429), the backoff's jitter on top.
        scheduleReconnect(m_backoff.nextDelayMs(decision.minDelayMs), detail);
        return;
    }
    }
}

// Every way back after a close passes here, not only the Reconnect action: a renewal or a refetch (whose resubscribe
// delay may be configured short) can end in a dropped socket too, and OHIP's floor after a lost connection holds
// for all of them, with the backoff's jitter above it. Any other close keeps the wait its path planned.
int OperaFeed::delayAfterClose(const GraphqlWsClosePolicy::Decision &decision, int plannedMs)
{
    if (!decision.connectionLost)
        return plannedMs;
    return m_backoff.nextDelayMs(qMax(plannedMs, decision.minDelayMs));
}

void OperaFeed::scheduleReconnect(int delayMs, const QString &why)
{
    startReconnectTimer(delayMs);
    setState(FeedState::Reconnecting, QStringLiteral("%1; reconnecting in %2 s").arg(why).arg((delayMs + 999) / 1000));
}

void OperaFeed::startReconnectTimer(int delayMs)
{
    m_reconnectTimer.start(qMax(0, delayMs));
    Q_EMIT reconnectScheduled(qMax(0, delayMs));
}

void OperaFeed::reconnect()
{
    if (!m_running)
        return;
    if (!m_token || nowMs() >= renewAtMs())
        fetchToken();
    else
        openSocket();
}

void OperaFeed::handleControl(const QVariant &message)
{
    if (!m_client)
        return;
    if (message.canConvert<GraphqlWsMessage>())
        m_client->handleMessage(message.value<GraphqlWsMessage>());
    else if (message.canConvert<GraphqlWsProtocolError>())
        m_client->handleInvalidMessage(message.value<GraphqlWsProtocolError>().message);
    else if (message.canConvert<FrameBarrier>())
        m_client->handleBarrier(message.value<FrameBarrier>().id);
}

void OperaFeed::acknowledge(const QVariant &token, bool durable, const QString &why)
{
    const OperaProgress progress = token.value<OperaProgress>();
    if (progress.connection <= m_staleUpTo)
        return; // delivered before a sink failure on a connection whose events are being fetched again
    if (!durable) {
        fetchAgainAfterSinkFailure(why);
        return;
    }
    if (progress.offset <= m_lastOffset)
        return;
    m_lastOffset = progress.offset;
    // In a state file of its own (the desk's history keeps offsets with their events), a chain's first offset is
    // saved at once: until one is, a restart subscribes without an offset and OHIP continues after what it last
    // sent, past the events still in flight. Later offsets are saved together.
    if (m_ownedStore && m_savedOffset < 0)
        saveOffset();
    else if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

void OperaFeed::fetchAgainAfterSinkFailure(const QString &why)
{
    // Later events of this connection may still be stored, but their offsets must not carry the stream past the
    // ones that were not: every acknowledgement of it is ignored, the decoder forgets what it saw after the durable
    // offset, and the stream resumes from there.
    m_staleUpTo = m_connection;
    reportError(error(FeedError::Stage::Store, QStringLiteral("store_commit"),
        QStringLiteral("events after offset %1 were not stored (%2); fetching them again")
            .arg(m_lastOffset)
            .arg(why.isEmpty() ? QStringLiteral("no reason given") : why),
        true));
    postFrame(OperaForgetFrame::after(m_lastOffset, nowMs()));
    if (m_running && m_client && m_client->isReady() && !m_subscriptionId.isEmpty() && !m_renewing) {
        m_refetching = true;
        m_renewTimer.stop();
        m_client->completeAndAwaitClose(m_subscriptionId);
    }
}

void OperaFeed::saveOffset()
{
    if (!m_store || m_lastOffset < 0 || m_lastOffset == m_savedOffset)
        return;
    m_savedOffset = m_lastOffset;
    m_store->putState(name(), offsetStateKey(m_config.chainCode), QString::number(m_lastOffset));
}

} // namespace sb
