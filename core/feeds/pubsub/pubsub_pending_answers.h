#pragma once

#include "feeds/pubsub/pubsub_control.h"

#include <QHash>
#include <QJsonObject>
#include <QVector>

#include <optional>

namespace sb {

// Commands waiting for an ack (priv/acks) or a reply (priv/<connectionId>) by message id, each with a deadline on
// the feed's clock. An ack does not settle a command that waits for a reply.
class PubSubPendingAnswers
{
public:
    enum class Want { Ack, Reply };
    struct Pending
    {
        QJsonObject command;
        Want want = Want::Ack;
        qint64 deadlineMs = 0;
        qint64 sentMs = 0;
    };

    void add(const QString &messageId, Pending pending) { m_pending.insert(messageId, std::move(pending)); }
    std::optional<Pending> settle(const PubSubAnswer &answer);
    QVector<Pending> expire(qint64 nowMs);
    // Everything still waiting (the connection dropped: acks for it will never come).
    QVector<Pending> takeAll();
    // The earliest deadline, or 0 when nothing waits.
    qint64 nextDeadlineMs() const;
    int size() const { return int(m_pending.size()); }

private:
    QHash<QString, Pending> m_pending;
};

} // namespace sb
