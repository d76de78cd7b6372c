#pragma once

#include "feeds/alerts/alert_subscription.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <functional>

namespace sb {

// The alerts pane's commands, as JSON with "op" and "id" (status, listSubscriptions, setFilter,
// deleteSubscription): each is checked, sent to the feed's subscription lifecycle and answered through `answer` with
// the same "id". It speaks no HTTP itself; the lifecycle (AlertsFeed) owns the Data Platform calls and the queue.
class AlertsPaneCommands
{
public:
    // What the commands ask of the subscription lifecycle. A call's `done` gets an empty error on success.
    class Subscriptions
    {
    public:
        virtual ~Subscriptions() = default;
        virtual QJsonObject status() const = 0;
        // False while the feed is stopped: nothing can be asked of the service then.
        virtual bool running() const = 0;
        virtual QString activeSubscriptionId() const = 0;
        virtual void listSubscriptions(
            std::function<void(const QString &error, const QVector<AlertSubscription> &list)> done)
            = 0;
        // Subscribes with `filter` and reads its queue from then on, deleting the feed's previous subscription.
        virtual void replaceFilter(const QJsonObject &filter, std::function<void(const AlertSubscription &made)> done)
            = 0;
        // Deletes one subscription; the active one stops the polling.
        virtual void deleteSubscription(const QString &id, std::function<void(const QString &error)> done) = 0;
    };

    AlertsPaneCommands(Subscriptions &subscriptions, std::function<void(const QJsonObject &result)> answer);

    // False when `command` is not one of the pane's (the feed refuses it then).
    bool handle(const QJsonObject &command);

private:
    void answer(const QJsonObject &command, bool ok, const QString &error, QJsonObject extra = {}) const;

    Subscriptions &m_subscriptions;
    std::function<void(const QJsonObject &)> m_answer;
};

} // namespace sb
