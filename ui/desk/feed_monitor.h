#pragma once

#include "event/event.h"
#include "feed_status.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace sb::ui {

class FeedSource;

// Keeps a FeedStatus per feed: states and errors as they come, counters and rates sampled once a second, and the
// arrival-to-insertion latency the desk reports for each batch.
class FeedMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRateSamples = 300; // five minutes at one sample a second
    static constexpr int kHistory = 200;
    static constexpr int kErrors = 100;
    static constexpr int kLatencyWindowSec = 30;

    explicit FeedMonitor(FeedSource *source, QObject *parent = nullptr);

    void setClock(std::function<qint64()> nowMs)
    {
        m_nowMs = std::move(nowMs);
        m_lastTickMs = m_nowMs();
    }
    qint64 nowMs() const { return m_nowMs(); }

    QStringList feeds() const { return m_order; }
    const FeedStatus *status(const QString &feed) const;

    // Called by the desk once `events` of `feed` are in their model.
    void recordInserted(const QString &feed, const EventBatch &events, qint64 insertedMs);
    // The once-a-second sampling; public so tests need not wait for the timer.
    void tick();

Q_SIGNALS:
    void sampled();
    void stateChanged(const QString &feed);
    void errorAdded(const QString &feed);

private:
    FeedStatus &statusFor(const QString &feed);
    void onState(const QString &feed, FeedState state, const QString &text);
    void onError(const FeedError &error);

    FeedSource *m_source;
    std::function<qint64()> m_nowMs;
    QHash<QString, FeedStatus> m_status;
    QStringList m_order;
    QHash<QString, quint64> m_eventsAtLastTick;
    QTimer m_timer;
    qint64 m_lastTickMs = 0;
    int m_ticks = 0;
};

} // namespace sb::ui
