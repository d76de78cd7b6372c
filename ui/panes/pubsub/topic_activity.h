#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sb::ui {

// Per-topic message counts and rates for the topics list: a total, and the messages of the last `windowSec`
// seconds in one-second buckets, so the rate is an average over the window on the caller's clock.
class TopicActivity
{
public:
    explicit TopicActivity(int windowSec = 10)
        : m_windowSec(qMax(1, windowSec))
    { }

    void record(const QString &topic, qint64 nowMs, int count = 1);
    quint64 count(const QString &topic) const { return m_topics.value(topic).total; }
    double ratePerSecond(const QString &topic, qint64 nowMs) const;
    QStringList topics() const { return m_topics.keys(); }
    void clear() { m_topics.clear(); }

private:
    struct Counter
    {
        quint64 total = 0;
        QVector<int> buckets; // ring, indexed by second % window
        qint64 lastSecond = 0;
    };
    void advance(Counter &c, qint64 second) const;

    int m_windowSec;
    QHash<QString, Counter> m_topics;
};

} // namespace sb::ui
