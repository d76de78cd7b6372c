// The alerts pane's commands (status, list, set the filter, delete a subscription), apart from the feed's
// subscription lifecycle (alerts_feed.cpp) and its message ledger (alert_message_ledger.cpp).
#include "alerts_feed.h"

#include "feeds/alerts/data_platform_client.h"
#include "net/sqs/sqs_client.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace sb {

QJsonObject AlertsFeed::statusJson() const
{
    const qint64 renewAt = m_credentialTimer.isActive() ? nowMs() + m_credentialTimer.remainingTime() : 0;
    return QJsonObject {{QStringLiteral("subscriptionId"), m_subscription.id},
        {QStringLiteral("queue"), queueName(m_subscription.endpoint)},
        {QStringLiteral("content"), m_config.contentName()}, {QStringLiteral("filter"), m_subscription.filter},
        {QStringLiteral("lastPollMs"), double(m_lastPollMs)},
        {QStringLiteral("polling"), m_sqs && m_sqs->isReceiving()}, {QStringLiteral("inFlight"), m_ledger.size()},
        {QStringLiteral("deleted"), m_ledger.deletedCount()}, {QStringLiteral("duplicates"), m_ledger.duplicateCount()},
        {QStringLiteral("quarantined"), m_ledger.quarantinedCount()},
        {QStringLiteral("credentialsObtainedMs"), double(m_credentialsObtainedMs)},
        {QStringLiteral("credentialsRenewAtMs"), double(renewAt)}};
}

void AlertsFeed::answer(const QJsonObject &command, bool ok, const QString &why, QJsonObject extra)
{
    extra.insert(QStringLiteral("id"), command.value(QStringLiteral("id")));
    extra.insert(QStringLiteral("op"), command.value(QStringLiteral("op")));
    extra.insert(QStringLiteral("ok"), ok);
    if (!ok)
        extra.insert(QStringLiteral("error"), why);
    Q_EMIT commandResult(extra);
}

void AlertsFeed::handleCommand(const QJsonObject &command)
{
    const QString op = command.value(QStringLiteral("op")).toString();
    if (op == QLatin1String("status")) {
        answer(command, true, {}, statusJson());
        return;
    }
    if (!m_running || !m_rest) {
        answer(command, false, QStringLiteral("the feed is not running"));
        return;
    }
    if (op == QLatin1String("listSubscriptions")) {
        const QUrl url = m_config.subscriptionsUrl();
        rest([this, url](auto reply) { m_rest->get(url, reply); },
            [this, command](const DataPlatformReply &reply) {
                if (!reply.ok()) {
                    answer(command, false, reply.describe());
                    return;
                }
                QJsonArray list;
                for (const AlertSubscription &s : AlertSubscription::listFromJson(reply.body))
                    list.append(QJsonObject {{QStringLiteral("subscriptionId"), s.id},
                        {QStringLiteral("queue"), queueName(s.endpoint)}, {QStringLiteral("filter"), s.filter},
                        {QStringLiteral("active"), s.id == m_subscription.id}});
                answer(command, true, {}, {{QStringLiteral("subscriptions"), list}});
            });
        return;
    }
    if (op == QLatin1String("setFilter")) {
        const QJsonValue filter = command.value(QStringLiteral("filter"));
        if (!filter.isObject()) {
            answer(command, false, QStringLiteral("\"filter\" must be a JSON object"));
            return;
        }
        const QString previous = m_subscription.id;
        createSubscription(filter.toObject(), [this, command, previous](const AlertSubscription &made) {
            useSubscription(made);
            answer(command, true, {}, {{QStringLiteral("subscriptionId"), made.id}});
            // The old subscription was this feed's; leaving it would keep a queue filling that nobody reads.
            if (!previous.isEmpty() && previous != made.id && previous != m_config.subscriptionId) {
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
            }
        });
        return;
    }
    if (op == QLatin1String("deleteSubscription")) {
        const QString id = command.value(QStringLiteral("subscriptionId")).toString().trimmed();
        // Without an id the service deletes every subscription of the account: never send that.
        if (id.isEmpty()) {
            answer(command, false, QStringLiteral("a subscriptionId is required"));
            return;
        }
        QUrl url = m_config.subscriptionsUrl();
        url.setQuery(QUrlQuery {{QStringLiteral("subscriptionID"), id}});
        rest([this, url](auto reply) { m_rest->deleteResource(url, reply); },
            [this, command, id](const DataPlatformReply &reply) {
                if (!reply.ok()) {
                    answer(command, false, reply.describe());
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
                answer(command, true, {}, {{QStringLiteral("subscriptionId"), id}});
            });
        return;
    }
    Feed::handleCommand(command);
}

} // namespace sb
