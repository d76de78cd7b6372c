#pragma once

#include "event/feed_error.h"
#include "models/latency_histogram.h"
#include "pipeline/feed_metrics.h"
#include "pipeline/feed_state.h"

#include <QString>
#include <QVector>

namespace sb::ui {

// Everything the status bar and the diagnostics pane show about one feed, kept on the GUI thread by FeedMonitor.
struct FeedStatus
{
    struct Change
    {
        qint64 timeMs = 0;
        FeedState state = FeedState::Idle;
        QString text;
    };

    QString name;
    QString type;
    FeedState state = FeedState::Idle;
    QString stateText;
    QVector<Change> history; // oldest first, capped
    QVector<FeedError> errors; // oldest first, capped
    quint64 errorCount = 0;
    quint64 eventsShown = 0; // events that reached the desk
    qint64 lastEventMs = 0; // wall clock of the last arrival
    double eventsPerSecond = 0;
    QVector<double> rate; // events/s, one sample a second, oldest first, capped
    bool hasMetrics = false;
    FeedMetrics::Snapshot metrics {};
    // Latency from frame arrival (Event::receivedMs) to model insertion, over the current and the previous window.
    LatencyHistogram latency;
    LatencyHistogram previousLatency;

    qint64 latencyPercentile(double fraction) const
    {
        LatencyHistogram both = latency;
        both.merge(previousLatency);
        return both.percentile(fraction);
    }
};

} // namespace sb::ui
