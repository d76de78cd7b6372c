#include "recent_events.h"

namespace sb::ui {

RecentEvents::RecentEvents(int capacity)
    : m_capacity(qMax(1, capacity))
{ }

void RecentEvents::append(const EventBatch &batch)
{
    // A burst larger than the ring only leaves its newest events.
    const qsizetype skip = qMax<qsizetype>(0, batch.size() - m_capacity);
    for (qsizetype i = skip; i < batch.size(); ++i) {
        if (m_events.size() < m_capacity) {
            m_events.append(batch.at(i));
            continue;
        }
        m_events[m_next] = batch.at(i);
        m_next = (m_next + 1) % m_capacity;
    }
}

EventBatch RecentEvents::snapshot() const
{
    if (m_events.size() < m_capacity || m_next == 0)
        return m_events;
    EventBatch out;
    out.reserve(m_events.size());
    out.append(m_events.mid(m_next));
    out.append(m_events.mid(0, m_next));
    return out;
}

} // namespace sb::ui
