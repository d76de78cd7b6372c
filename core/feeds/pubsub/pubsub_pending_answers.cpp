#include "pubsub_pending_answers.h"

namespace sb {

std::optional<PubSubPendingAnswers::Pending> PubSubPendingAnswers::settle(const PubSubAnswer &answer)
{
    const auto it = m_pending.find(answer.id);
    if (it == m_pending.end())
        return std::nullopt;
    const Want got = answer.kind == PubSubAnswer::Kind::Ack ? Want::Ack : Want::Reply;
    if (it->want != got)
        return std::nullopt;
    Pending pending = *it;
    m_pending.erase(it);
    return pending;
}

QVector<PubSubPendingAnswers::Pending> PubSubPendingAnswers::expire(qint64 nowMs)
{
    QVector<Pending> out;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->deadlineMs <= nowMs) {
            out.append(*it);
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    return out;
}

QVector<PubSubPendingAnswers::Pending> PubSubPendingAnswers::takeAll()
{
    QVector<Pending> out;
    for (const Pending &p : qAsConst(m_pending))
        out.append(p);
    m_pending.clear();
    return out;
}

qint64 PubSubPendingAnswers::nextDeadlineMs() const
{
    qint64 next = 0;
    for (const Pending &p : m_pending)
        if (next == 0 || p.deadlineMs < next)
            next = p.deadlineMs;
    return next;
}

} // namespace sb
