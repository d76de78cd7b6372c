#include "topic_activity.h"

namespace sb::ui {

void TopicActivity::advance(Counter &c, qint64 second) const
{
    if (c.buckets.isEmpty()) {
        c.buckets.fill(0, m_windowSec);
        c.lastSecond = second;
        return;
    }
    // Empty the buckets of the seconds that passed without a message.
    const qint64 gap = qMin<qint64>(second - c.lastSecond, m_windowSec);
    for (qint64 s = 1; s <= gap; ++s)
        c.buckets[int((c.lastSecond + s) % m_windowSec)] = 0;
    if (second > c.lastSecond)
        c.lastSecond = second;
}

void TopicActivity::record(const QString &topic, qint64 nowMs, int count)
{
    Counter &c = m_topics[topic];
    const qint64 second = nowMs / 1000;
    advance(c, second);
    c.total += quint64(count);
    if (second > c.lastSecond - m_windowSec)
        c.buckets[int(second % m_windowSec)] += count;
}

double TopicActivity::ratePerSecond(const QString &topic, qint64 nowMs) const
{
    auto it = m_topics.constFind(topic);
    if (it == m_topics.constEnd() || it->buckets.isEmpty())
        return 0;
    const qint64 second = nowMs / 1000;
    int sum = 0;
    for (int i = 0; i < m_windowSec; ++i) {
        const qint64 s = second - i;
        // A bucket counts only when it was written for that second: older ones are stale.
        if (s <= it->lastSecond && s > it->lastSecond - m_windowSec)
            sum += it->buckets[int(s % m_windowSec)];
    }
    return double(sum) / m_windowSec;
}

} // namespace sb::ui
