#include "alerts_pane_commands.h"

#include <QJsonArray>

namespace sb {

AlertsPaneCommands::AlertsPaneCommands(
    Subscriptions &subscriptions, std::function<void(const QJsonObject &result)> answer)
    : m_subscriptions(subscriptions)
    , m_answer(std::move(answer))
{ }

void AlertsPaneCommands::answer(const QJsonObject &command, bool ok, const QString &error, QJsonObject extra) const
{
    extra.insert(QStringLiteral("id"), command.value(QStringLiteral("id")));
    extra.insert(QStringLiteral("op"), command.value(QStringLiteral("op")));
    extra.insert(QStringLiteral("ok"), ok);
    if (!ok)
        extra.insert(QStringLiteral("error"), error);
    m_answer(extra);
}

bool AlertsPaneCommands::handle(const QJsonObject &command)
{
    const QString op = command.value(QStringLiteral("op")).toString();
    const bool known = op == QLatin1String("status") || op == QLatin1String("listSubscriptions")
        || op == QLatin1String("setFilter") || op == QLatin1String("deleteSubscription");
    if (!known)
        return false;
    if (op == QLatin1String("status")) {
        answer(command, true, {}, m_subscriptions.status());
        return true;
    }
    if (!m_subscriptions.running()) {
        answer(command, false, QStringLiteral("the feed is not running"));
        return true;
    }
    if (op == QLatin1String("listSubscriptions")) {
        m_subscriptions.listSubscriptions(
            [this, command](const QString &error, const QVector<AlertSubscription> &subscriptions) {
                if (!error.isEmpty()) {
                    answer(command, false, error);
                    return;
                }
                const QString active = m_subscriptions.activeSubscriptionId();
                QJsonArray list;
                for (const AlertSubscription &s : subscriptions)
                    list.append(QJsonObject {{QStringLiteral("subscriptionId"), s.id},
                        {QStringLiteral("queue"), s.queueName()}, {QStringLiteral("filter"), s.filter},
                        {QStringLiteral("active"), !active.isEmpty() && s.id == active}});
                answer(command, true, {}, {{QStringLiteral("subscriptions"), list}});
            });
    } else if (op == QLatin1String("setFilter")) {
        const QJsonValue filter = command.value(QStringLiteral("filter"));
        if (!filter.isObject()) {
            answer(command, false, QStringLiteral("\"filter\" must be a JSON object"));
            return true;
        }
        m_subscriptions.replaceFilter(filter.toObject(), [this, command](const AlertSubscription &made) {
            answer(command, true, {}, {{QStringLiteral("subscriptionId"), made.id}});
        });
    } else {
        const QString id = command.value(QStringLiteral("subscriptionId")).toString().trimmed();
        // Without an id the service deletes every subscription of the account: never send that.
        if (id.isEmpty()) {
            answer(command, false, QStringLiteral("a subscriptionId is required"));
            return true;
        }
        m_subscriptions.deleteSubscription(id, [this, command, id](const QString &error) {
            if (!error.isEmpty())
                answer(command, false, error);
            else
                answer(command, true, {}, {{QStringLiteral("subscriptionId"), id}});
        });
    }
    return true;
}

} // namespace sb
