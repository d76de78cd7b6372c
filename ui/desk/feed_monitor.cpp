#include "feed_monitor.h"

#include "feed_source.h"

#include <QDateTime>

namespace sb::ui {

FeedMonitor::FeedMonitor(FeedSource *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    if (source) {
        for (const FeedInfo &info : source->feeds()) {
            FeedStatus &s = statusFor(info.name);
            s.type = info.type;
        }
        connect(source, &FeedSource::feedStateChanged, this, &FeedMonitor::onState);
        connect(source, &FeedSource::feedError, this, &FeedMonitor::onError);
    }
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &FeedMonitor::tick);
    m_timer.start();
    m_lastTickMs = m_nowMs();
}

const FeedStatus *FeedMonitor::status(const QString &feed) const
{
    auto it = m_status.constFind(feed);
    return it == m_status.constEnd() ? nullptr : &it.value();
}

FeedStatus &FeedMonitor::statusFor(const QString &feed)
{
    auto it = m_status.find(feed);
    if (it == m_status.end()) {
        FeedStatus s;
        s.name = feed;
        it = m_status.insert(feed, s);
        m_order.append(feed);
    }
    return it.value();
}

void FeedMonitor::onState(const QString &feed, FeedState state, const QString &text)
{
    FeedStatus &s = statusFor(feed);
    s.state = state;
    s.stateText = text;
    s.history.append({m_nowMs(), state, text});
    if (s.history.size() > kHistory)
        s.history.remove(0, s.history.size() - kHistory);
    Q_EMIT stateChanged(feed);
}

void FeedMonitor::onError(const FeedError &error)
{
    FeedStatus &s = statusFor(error.feed);
    FeedError e = error;
    if (e.timeMs == 0)
        e.timeMs = m_nowMs();
    s.errors.append(e);
    if (s.errors.size() > kErrors)
        s.errors.remove(0, s.errors.size() - kErrors);
    ++s.errorCount;
    Q_EMIT errorAdded(error.feed);
}

void FeedMonitor::recordInserted(const QString &feed, const EventBatch &events, qint64 insertedMs)
{
    if (events.isEmpty())
        return;
    FeedStatus &s = statusFor(feed);
    s.eventsShown += quint64(events.size());
    s.lastEventMs = m_nowMs();
    for (const Event &e : events)
        if (e.receivedMs > 0)
            s.latency.add(insertedMs - e.receivedMs);
}

void FeedMonitor::tick()
{
    const qint64 now = m_nowMs();
    const double seconds = qMax<qint64>(1, now - m_lastTickMs) / 1000.0;
    m_lastTickMs = now;
    const bool rotate = ++m_ticks % kLatencyWindowSec == 0;
    for (auto it = m_status.begin(); it != m_status.end(); ++it) {
        FeedStatus &s = it.value();
        const quint64 before = m_eventsAtLastTick.value(s.name, 0);
        s.eventsPerSecond = double(s.eventsShown - before) / seconds;
        m_eventsAtLastTick.insert(s.name, s.eventsShown);
        s.rate.append(s.eventsPerSecond);
        if (s.rate.size() > kRateSamples)
            s.rate.remove(0, s.rate.size() - kRateSamples);
        if (m_source)
            s.hasMetrics = m_source->metrics(s.name, &s.metrics);
        if (rotate) {
            s.previousLatency = s.latency;
            s.latency.clear();
        }
    }
    Q_EMIT sampled();
}

} // namespace sb::ui
