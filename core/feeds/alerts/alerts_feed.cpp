#include "alerts_feed.h"

#include "auth/oauth2_token_client.h"
#include "feeds/alerts/alert_decoder.h"
#include "feeds/alerts/data_platform_client.h"
#include "net/credential_destination.h"
#include "net/secret_redactor.h"
#include "net/sqs/sqs_client.h"
#include "pipeline/feed_registry.h"
#include "store/event_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>

namespace sb {

namespace {

// A token this close to expiry is renewed before a REST call rather than risking a 401 half way.
constexpr qint64 kTokenMarginMs = 60 * 1000;

} // namespace

AlertsFeed::AlertsFeed(const AlertsFeedConfig &config, QObject *parent)
    : Feed(config.name, QStringLiteral("alerts"), parent)
    , m_config(config)
    , m_backoff(config.reconnectMinMs, config.reconnectMaxMs)
    // Parented so that moveToThread() takes the timers along to the io thread.
    , m_retryTimer(this)
    , m_credentialTimer(this)
    , m_ledger(this)
    , m_commands(*this, [this](const QJsonObject &result) { Q_EMIT commandResult(result); })
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (auto again = std::exchange(m_retry, {}))
            again();
    });
    m_credentialTimer.setSingleShot(true);
    connect(&m_credentialTimer, &QTimer::timeout, this,
        [this] { fetchCredentials(QStringLiteral("renewing the queue credentials before they expire")); });
    connect(&m_ledger, &AlertMessageLedger::progressed, this, &AlertsFeed::onLedgerProgress);
    connect(&m_ledger, &AlertMessageLedger::problem, this, [this](const QString &code, const QString &message) {
        reportError(error(FeedError::Stage::Connect, code, message, true));
    });
}

AlertsFeed::~AlertsFeed()
{
    if (m_sqs)
        m_sqs->abort();
    if (m_rest)
        m_rest->abort();
}

std::unique_ptr<FrameDecoder> AlertsFeed::createDecoder() const
{
    AlertDecoder::Options options;
    options.storiesSubscription = m_config.content == AlertsFeedConfig::Content::Stories;
    options.maxBodyBytes = m_config.maxBodyBytes;
    options.maxMessageBytes = m_config.maxClaimBytes;
    return std::make_unique<AlertDecoder>(m_config.name, options);
}

void AlertsFeed::start()
{
    if (!buildTls(m_config.caFile))
        return;
    m_running = true;
    m_stopping = false;

    m_tokenClient = createTokenClient(network(), tls(), m_config.auth);
    connect(m_tokenClient, &OAuth2TokenClient::tokenReady, this, &AlertsFeed::onToken);
    connect(m_tokenClient, &OAuth2TokenClient::failed, this, [this](const FeedError &e) {
        m_running = false;
        fail(e);
    });

    m_rest = new DataPlatformClient(network(), tls(), this);
    m_rest->setTimeoutMs(m_config.httpTimeoutMs);

    m_sqs = new SqsClient(network(), this);
    m_sqs->setRegion(m_config.sqsRegion);
    m_sqs->setProtocol(m_config.sqsProtocol);
    m_sqs->setTlsConfiguration(tls());
    m_sqs->setMaxMessages(m_config.maxMessages);
    m_sqs->setWaitTimeSeconds(m_config.waitTimeSeconds);
    m_sqs->setTransferTimeoutMs(m_config.httpTimeoutMs);
    m_sqs->setMaxResponseBytes(qsizetype(m_config.maxMessages) * (m_config.maxBodyBytes + 4096) + 65536);
    connect(m_sqs, &SqsClient::received, this, &AlertsFeed::onReceived);
    connect(m_sqs, &SqsClient::failed, this, &AlertsFeed::onSqsFailed);
    m_ledger.setClient(m_sqs);

    setState(
        FeedState::Authenticating, QStringLiteral("requesting a token from %1").arg(m_config.auth.tokenUrl.host()));
    withToken([this] { findOrCreateSubscription(); });
}

void AlertsFeed::stop()
{
    m_running = false;
    m_stopping = false;
    m_ledger.setStopping(false);
    m_retryTimer.stop();
    m_credentialTimer.stop();
    m_retry = {};
    m_afterToken.clear();
    if (m_tokenClient)
        m_tokenClient->abort();
    if (m_rest)
        m_rest->abort();
    if (m_sqs)
        m_sqs->abort();
    // Fire and forget: nobody waits for the answer, and without it the messages still come back after their timeout.
    m_ledger.releaseRemaining();
    m_ledger.flushReleases();
    m_ledger.clear();
    setState(FeedState::Idle, QStringLiteral("stopped"));
}

void AlertsFeed::stopGracefully()
{
    if (!m_running) {
        stop();
        Q_EMIT stopped();
        return;
    }
    // No new messages; those already received are finished (committed, then deleted) so they do not come back
    // after the visibility timeout. The host waits a bounded time for that.
    m_running = false;
    m_stopping = true;
    m_ledger.setStopping(true);
    m_retryTimer.stop();
    m_credentialTimer.stop();
    if (m_sqs)
        m_sqs->cancelReceive();
    setState(FeedState::Idle, QStringLiteral("stopping: finishing %1 received message(s)").arg(m_ledger.size()));
    finishStopIfDone();
}

void AlertsFeed::finishStopIfDone()
{
    if (!m_stopping)
        return;
    if (m_ledger.hasQueuedDeletes()) {
        m_ledger.flushDeletes();
        return;
    }
    if (m_ledger.isWaiting()) {
        m_ledger.flushReleases();
        return;
    }
    // Messages still being decoded or fetched go back to the queue: nothing is lost, and the next run need not wait
    // out their visibility timeout. Their answer is waited for, or stop() would cancel it.
    m_ledger.releaseRemaining();
    m_ledger.flushReleases();
    if (m_sqs && m_sqs->visibilityChangesInFlight() > 0)
        return;
    stop();
    Q_EMIT stopped();
}

void AlertsFeed::withToken(std::function<void()> next)
{
    if (m_token && m_token->expiresAtMs() - nowMs() > kTokenMarginMs) {
        next();
        return;
    }
    m_afterToken.append(std::move(next));
    m_tokenClient->requestToken();
}

void AlertsFeed::onToken(const TokenInfo &token)
{
    if (!m_running && !m_stopping)
        return;
    m_token = token;
    m_rest->setAccessToken(token.accessToken);
    const auto waiting = std::exchange(m_afterToken, {});
    for (const auto &next : waiting)
        next();
}

void AlertsFeed::rest(std::function<void(std::function<void(const DataPlatformReply &)>)> call,
    std::function<void(const DataPlatformReply &)> done, bool retried)
{
    withToken([this, call, done, retried] {
        call([this, call, done, retried](const DataPlatformReply &reply) {
            if (reply.httpStatus == 401 && !retried) {
                // The token was refused before its time (revoked, or the clock is off): one new token, one retry.
                m_token.reset();
                rest(call, done, true);
                return;
            }
            done(reply);
        });
    });
}

void AlertsFeed::retryLater(const QString &why, std::function<void()> again)
{
    const int delay = m_backoff.nextDelayMs();
    m_retry = std::move(again);
    m_retryTimer.start(delay);
    setState(FeedState::Reconnecting, QStringLiteral("%1; trying again in %2 s").arg(why).arg((delay + 999) / 1000));
}

void AlertsFeed::findOrCreateSubscription()
{
    if (!m_running)
        return;
    setState(FeedState::Subscribing,
        QStringLiteral("looking for a %1 alert subscription at %2")
            .arg(m_config.contentName(), m_config.apiBase.host()));
    if (!m_config.subscriptionId.isEmpty()) {
        fetchSubscription(m_config.subscriptionId, [this](const AlertSubscription &s) { useSubscription(s); });
        return;
    }
    const QUrl url = m_config.subscriptionsUrl();
    rest([this, url](auto done) { m_rest->get(url, done); },
        [this](const DataPlatformReply &reply) {
            if (!m_running)
                return;
            if (!reply.ok()) {
                const FeedError e = error(FeedError::Stage::Subscribe, QStringLiteral("subscriptions_list"),
                    QStringLiteral("listing alert subscriptions failed: %1").arg(reply.describe()), reply.retryable());
                if (!reply.retryable()) {
                    fail(e);
                    return;
                }
                reportError(e);
                retryLater(e.message, [this] { findOrCreateSubscription(); });
                return;
            }
            const QVector<AlertSubscription> list = AlertSubscription::listFromJson(reply.body);
            const int index = AlertSubscription::findByFilter(list, m_config.filter);
            if (index < 0) {
                createSubscription(m_config.filter, [this](const AlertSubscription &s) { useSubscription(s); });
                return;
            }
            // Reuse rather than create a duplicate; the list may leave the key out, the subscription itself has it.
            const AlertSubscription &found = list.at(index);
            if (found.isUsable())
                useSubscription(found);
            else
                fetchSubscription(found.id, [this](const AlertSubscription &s) { useSubscription(s); });
        });
}

void AlertsFeed::createSubscription(const QJsonObject &filter, std::function<void(const AlertSubscription &)> done)
{
    const QUrl url = m_config.subscriptionsUrl();
    const QByteArray body = AlertSubscription::createRequest(filter);
    rest([this, url, body](auto reply) { m_rest->post(url, body, reply); },
        [this, filter, done](const DataPlatformReply &reply) {
            if (!m_running)
                return;
            QVector<AlertSubscription> made;
            if (reply.ok())
                made = AlertSubscription::listFromJson(reply.body);
            if (made.isEmpty() || !made.first().isUsable()) {
                const QString why = reply.ok()
                    ? QStringLiteral("the answer lacks subscriptionID, transportInfo.endpoint or cryptographyKey")
                    : reply.describe();
                const FeedError e = error(FeedError::Stage::Subscribe, QStringLiteral("subscription_create"),
                    QStringLiteral("creating the alert subscription failed: %1").arg(why), reply.retryable());
                if (!reply.retryable()) {
                    fail(e);
                    return;
                }
                reportError(e);
                retryLater(e.message, [this, filter, done] { createSubscription(filter, done); });
                return;
            }
            done(made.first());
        });
}

void AlertsFeed::fetchSubscription(const QString &id, std::function<void(const AlertSubscription &)> done)
{
    QUrl url = m_config.subscriptionsUrl();
    url.setQuery(QUrlQuery {{QStringLiteral("subscriptionID"), id}});
    rest([this, url](auto reply) { m_rest->get(url, reply); },
        [this, id, done](const DataPlatformReply &reply) {
            if (!m_running)
                return;
            const QVector<AlertSubscription> list
                = reply.ok() ? AlertSubscription::listFromJson(reply.body) : QVector<AlertSubscription>();
            for (const AlertSubscription &s : list)
                if (s.id == id && s.isUsable()) {
                    done(s);
                    return;
                }
            const FeedError e = error(FeedError::Stage::Subscribe, QStringLiteral("subscription_missing"),
                QStringLiteral("alert subscription %1 is not usable: %2")
                    .arg(id, reply.ok() ? QStringLiteral("no queue or key in the answer") : reply.describe()),
                reply.retryable());
            if (!reply.retryable()) {
                fail(e);
                return;
            }
            reportError(e);
            retryLater(e.message, [this, id, done] { fetchSubscription(id, done); });
        });
}

void AlertsFeed::useSubscription(const AlertSubscription &subscription)
{
    if (!m_running)
        return;
    m_sqs->abort();
    m_ledger.clear();
    m_subscription = subscription;
    m_ledger.setQueueUrl(subscription.endpoint);
    // The key travels in order with the messages, so every message is opened with the key of its subscription.
    postFrame(AlertFrame::key(subscription.cryptographyKey, nowMs()));
    fetchCredentials(QStringLiteral("getting credentials for queue %1").arg(subscription.queueName()));
}

void AlertsFeed::fetchCredentials(const QString &why)
{
    if (!m_running || m_fetchingCredentials || !m_subscription.isUsable())
        return;
    m_fetchingCredentials = true;
    m_credentialTimer.stop();
    if (state() != FeedState::Live)
        setState(FeedState::Connecting, why);
    const QUrl url = m_config.cloudCredentialsUrl(m_subscription.endpoint);
    rest([this, url](auto reply) { m_rest->get(url, reply); },
        [this](const DataPlatformReply &reply) { onCredentials(reply); });
}

void AlertsFeed::onCredentials(const DataPlatformReply &reply)
{
    m_fetchingCredentials = false;
    if (!m_running)
        return;
    AwsCredentials credentials;
    if (reply.ok()) {
        const QJsonObject root = QJsonDocument::fromJson(reply.body).object();
        const QJsonObject c = root.value(QStringLiteral("credentials")).toObject();
        credentials.accessKeyId = c.value(QStringLiteral("accessKeyId")).toString();
        credentials.secretKey = c.value(QStringLiteral("secretKey")).toString();
        credentials.sessionToken = c.value(QStringLiteral("sessionToken")).toString();
    }
    if (!credentials.isValid()) {
        const FeedError e = error(FeedError::Stage::Auth, QStringLiteral("cloud_credentials"),
            QStringLiteral("getting the queue's cloud credentials failed: %1")
                .arg(reply.ok() ? QStringLiteral("the answer has no credentials.accessKeyId/secretKey")
                                : reply.describe()),
            reply.retryable() || reply.ok());
        if (reply.httpStatus == 403) {
            fail(e);
            return;
        }
        reportError(e);
        retryLater(e.message, [this] { fetchCredentials(QStringLiteral("getting the queue credentials again")); });
        return;
    }
    m_credentialsObtainedMs = nowMs();
    m_sqs->setCredentials(credentials);
    m_credentialTimer.start(m_config.credentialRenewSec * 1000);
    if (!m_sqs->isReceiving() && !m_pollPaused)
        poll();
}

void AlertsFeed::poll()
{
    if (!m_running || m_fetchingCredentials || m_sqs->isReceiving() || !m_subscription.isUsable())
        return;
    if (m_ledger.size() >= m_config.maxInFlight) {
        m_pollPaused = true;
        return;
    }
    m_pollPaused = false;
    if (m_sqs->receive(m_subscription.endpoint)) {
        m_lastPollMs = nowMs();
        if (state() != FeedState::Live)
            updateLiveText();
    }
}

void AlertsFeed::updateLiveText()
{
    setState(FeedState::Live,
        QStringLiteral("polling %1 (%2 alerts, subscription %3)")
            .arg(m_subscription.queueName(), m_config.contentName(), m_subscription.id));
}

void AlertsFeed::onReceived(const QVector<SqsMessage> &messages)
{
    if (!m_running)
        return;
    m_backoff.reset();
    m_authRefusalsInRow = 0;
    for (const SqsMessage &m : messages) {
        if (!m_ledger.admit(m))
            continue;
        if (!postFrame(AlertFrame::sealed(m.messageId, m.body, nowMs()))) {
            // The decode queue is full: leave the message on the queue; it comes back after its visibility timeout.
            m_ledger.leaveOnQueue(m.messageId);
            reportError(error(FeedError::Stage::Decode, QStringLiteral("decode_queue_full"),
                QStringLiteral("message %1 left on the queue: the decoder is behind").arg(m.messageId), true));
        }
    }
    poll();
}

void AlertsFeed::onSqsFailed(const SqsError &sqsError)
{
    if (!m_running && !m_stopping)
        return;
    const bool receiving = sqsError.operation == QLatin1String("ReceiveMessage");
    if (sqsError.isClockSkew()) {
        fail(error(FeedError::Stage::Connect, QStringLiteral("clock_skew"),
            QStringLiteral("SQS refuses our signatures because this computer's clock is off by more than 15 minutes "
                           "(%1); correct the clock")
                .arg(sqsError.toString()),
            false));
        return;
    }
    if (!m_running)
        return;
    if (sqsError.isAuthError()) {
        reportError(error(FeedError::Stage::Auth, QStringLiteral("sqs_credentials"),
            QStringLiteral("SQS refused the queue credentials (%1); getting new ones").arg(sqsError.toString()), true));
        // New credentials at once the first time; if SQS keeps refusing fresh ones, slow down.
        if (++m_authRefusalsInRow > 2) {
            retryLater(QStringLiteral("SQS keeps refusing new credentials"),
                [this] { fetchCredentials(QStringLiteral("getting new queue credentials")); });
            return;
        }
        fetchCredentials(QStringLiteral("getting new queue credentials"));
        return;
    }
    if (!receiving)
        return; // a failed delete: the messages come back and are deleted as duplicates
    const bool gone = sqsError.code.contains(QLatin1String("NonExistentQueue"))
        || sqsError.code.contains(QLatin1String("QueueDoesNotExist"));
    reportError(error(FeedError::Stage::Connect, gone ? QStringLiteral("queue_gone") : QStringLiteral("sqs_receive"),
        gone ? QStringLiteral("the alert queue no longer exists (%1); subscribing again").arg(sqsError.toString())
             : sqsError.toString(),
        true));
    if (gone) {
        dropSubscription();
        retryLater(QStringLiteral("the alert queue is gone"), [this] { findOrCreateSubscription(); });
        return;
    }
    retryLater(QStringLiteral("polling failed: %1").arg(sqsError.code), [this] { poll(); });
}

void AlertsFeed::handleControl(const QVariant &message)
{
    if (message.canConvert<AlertOutcome>())
        handleOutcome(message.value<AlertOutcome>());
}

void AlertsFeed::handleOutcome(const AlertOutcome &outcome)
{
    // Messages of a subscription we left, or of a stopped session, have no entry: they are not ours to delete.
    if (!m_ledger.contains(outcome.messageId))
        return;
    switch (outcome.kind) {
    case AlertOutcome::Kind::Decoded:
        // The host acknowledges its AlertReceipt once the event is durable; only then is it deleted.
        m_ledger.markAwaitingSink(outcome.messageId);
        return;
    case AlertOutcome::Kind::Duplicate:
        m_ledger.deleteDuplicate(outcome.messageId);
        return;
    case AlertOutcome::Kind::ClaimCheck:
        if (m_ledger.claimFetched(outcome.messageId)) {
            quarantine(outcome.messageId, outcome.href.toUtf8(),
                QStringLiteral("claim_loop: the fetched claim is itself a claim check"));
            return;
        }
        fetchClaim(outcome.messageId, outcome.href);
        return;
    case AlertOutcome::Kind::Quarantine:
        quarantine(outcome.messageId, outcome.raw, outcome.error);
        return;
    }
}

void AlertsFeed::acknowledge(const QVariant &token, bool durable, const QString &why)
{
    const AlertReceipt receipt = token.value<AlertReceipt>();
    if (!m_ledger.contains(receipt.messageId))
        return; // a stopped session's message: it comes back after its visibility timeout
    if (durable) {
        m_ledger.commit(receipt.messageId);
        return;
    }
    reportError(error(FeedError::Stage::Store, QStringLiteral("store_commit"),
        QStringLiteral("message %1 stays on the queue: its alert was not stored: %2").arg(receipt.messageId, why),
        true));
    // Before the message can come back, so its redelivery is decoded and stored rather than taken for a duplicate.
    postFrame(AlertFrame::forget(receipt.messageId, receipt.alertKey, nowMs()));
    m_ledger.refuse(receipt.messageId);
}

void AlertsFeed::quarantine(const QString &messageId, const QByteArray &raw, const QString &why)
{
    m_ledger.quarantine(store(), name(), messageId, raw, why);
}

void AlertsFeed::onLedgerProgress()
{
    resumePollingIfRoom();
    finishStopIfDone();
}

void AlertsFeed::resumePollingIfRoom()
{
    if (m_pollPaused && m_ledger.size() < m_config.maxInFlight / 2 + 1)
        poll();
}

void AlertsFeed::dropSubscription()
{
    m_subscription = AlertSubscription();
    m_ledger.setQueueUrl(QUrl());
}

QJsonObject AlertsFeed::statusJson() const
{
    const qint64 renewAt = m_credentialTimer.isActive() ? nowMs() + m_credentialTimer.remainingTime() : 0;
    return QJsonObject {{QStringLiteral("subscriptionId"), m_subscription.id},
        {QStringLiteral("queue"), m_subscription.queueName()}, {QStringLiteral("content"), m_config.contentName()},
        {QStringLiteral("filter"), m_subscription.filter}, {QStringLiteral("lastPollMs"), double(m_lastPollMs)},
        {QStringLiteral("polling"), m_sqs && m_sqs->isReceiving()}, {QStringLiteral("inFlight"), m_ledger.size()},
        {QStringLiteral("deleted"), m_ledger.deletedCount()}, {QStringLiteral("duplicates"), m_ledger.duplicateCount()},
        {QStringLiteral("quarantined"), m_ledger.quarantinedCount()},
        {QStringLiteral("credentialsObtainedMs"), double(m_credentialsObtainedMs)},
        {QStringLiteral("credentialsRenewAtMs"), double(renewAt)}};
}

void AlertsFeed::handleCommand(const QJsonObject &command)
{
    if (!m_commands.handle(command))
        Feed::handleCommand(command);
}

void AlertsFeed::listSubscriptions(
    std::function<void(const QString &error, const QVector<AlertSubscription> &list)> done)
{
    const QUrl url = m_config.subscriptionsUrl();
    rest([this, url](auto reply) { m_rest->get(url, reply); },
        [done](const DataPlatformReply &reply) {
            if (!reply.ok())
                done(reply.describe(), {});
            else
                done(QString(), AlertSubscription::listFromJson(reply.body));
        });
}

void AlertsFeed::replaceFilter(const QJsonObject &filter, std::function<void(const AlertSubscription &made)> done)
{
    const QString previous = m_subscription.id;
    createSubscription(filter, [this, done, previous](const AlertSubscription &made) {
        useSubscription(made);
        done(made);
        // The old subscription was this feed's; leaving it would keep a queue filling that nobody reads.
        if (previous.isEmpty() || previous == made.id || previous == m_config.subscriptionId)
            return;
        QUrl url = m_config.subscriptionsUrl();
        url.setQuery(QUrlQuery {{QStringLiteral("subscriptionID"), previous}});
        rest([this, url](auto reply) { m_rest->deleteResource(url, reply); },
            [this, previous](const DataPlatformReply &reply) {
                if (!reply.ok())
                    reportError(error(FeedError::Stage::Subscribe, QStringLiteral("subscription_delete"),
                        QStringLiteral("deleting the previous subscription %1 failed: %2")
                            .arg(previous, reply.describe()),
                        false));
            });
    });
}

void AlertsFeed::deleteSubscription(const QString &id, std::function<void(const QString &error)> done)
{
    QUrl url = m_config.subscriptionsUrl();
    url.setQuery(QUrlQuery {{QStringLiteral("subscriptionID"), id}});
    rest([this, url](auto reply) { m_rest->deleteResource(url, reply); },
        [this, id, done](const DataPlatformReply &reply) {
            if (!reply.ok()) {
                done(reply.describe());
                return;
            }
            if (id == m_subscription.id) {
                m_sqs->abort();
                m_credentialTimer.stop();
                m_ledger.clear();
                dropSubscription();
                setState(FeedState::Idle,
                    QStringLiteral("subscription %1 deleted; set a filter to subscribe again").arg(id));
            }
            done(QString());
        });
}

void AlertsFeed::fetchClaim(const QString &messageId, const QString &href)
{
    QUrl url(href, QUrl::StrictMode);
    // The bearer token goes only where the Data Platform lives, and only over TLS: an alert is data from the queue,
    // and its href must not be able to send our token anywhere else.
    if (!url.isValid() || !CredentialDestination::sameOrigin(url, m_config.apiBase)
        || !CredentialDestination::isPrivate(url)) {
        quarantine(messageId, href.toUtf8(),
            QStringLiteral("claim_href: the claim check's href is not on %1 over https; the token is not sent there")
                .arg(m_config.apiBase.host()));
        return;
    }
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("doNotRedirect"));
    query.addQueryItem(QStringLiteral("doNotRedirect"), QStringLiteral("true"));
    url.setQuery(query);
    rest([this, url](auto reply) { m_rest->get(url, reply); },
        [this, messageId, href](const DataPlatformReply &reply) {
            if (!m_ledger.contains(messageId))
                return;
            const QUrl presigned(
                QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("url")).toString(), QUrl::StrictMode);
            if (reply.ok() && presigned.isValid() && !CredentialDestination::isPrivate(presigned)) {
                quarantine(messageId, href.toUtf8(), QStringLiteral("claim_url: the pre-signed URL is not https"));
                return;
            }
            if (!reply.ok() || !presigned.isValid() || presigned.scheme().isEmpty()) {
                const QString why = reply.ok() ? QStringLiteral("the answer has no url") : reply.describe();
                reportError(error(FeedError::Stage::Decode, QStringLiteral("claim_check"),
                    QStringLiteral("fetching the full message of %1 failed: %2").arg(messageId, why),
                    reply.retryable()));
                if (reply.retryable())
                    m_ledger.leaveOnQueue(messageId);
                else
                    quarantine(messageId, href.toUtf8(), QStringLiteral("claim_check: %1").arg(why));
                return;
            }
            // A presigned URL carries its own authority; the bearer token is not sent to the object store.
            m_rest->get(
                presigned,
                [this, messageId, href](const DataPlatformReply &full) {
                    if (!m_ledger.contains(messageId))
                        return;
                    if (!full.ok()) {
                        reportError(error(FeedError::Stage::Decode, QStringLiteral("claim_download"),
                            QStringLiteral("downloading the full message of %1 failed: %2")
                                .arg(messageId, full.describe()),
                            full.retryable()));
                        if (full.retryable() || full.httpStatus == 403)
                            m_ledger.leaveOnQueue(
                                messageId); // an expired presigned URL: the next delivery has a new one
                        else
                            quarantine(
                                messageId, href.toUtf8(), QStringLiteral("claim_download: %1").arg(full.describe()));
                        return;
                    }
                    m_ledger.markClaimFetched(messageId);
                    postFrame(AlertFrame::plain(messageId, full.body, nowMs()));
                },
                m_config.maxClaimBytes, false);
        });
}

} // namespace sb
