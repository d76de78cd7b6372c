#pragma once

#include "models/latency_histogram.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace sb::ui {

// Measures how long the GUI thread is kept from its event loop: a fine timer that should fire every `periodMs`
// records how late each tick is. A late tick is a stall the user feels as a frozen window or jerky scrolling.
class GuiStallMonitor : public QObject
{
    Q_OBJECT
public:
    explicit GuiStallMonitor(int periodMs = 5, QObject *parent = nullptr);

    void start();
    void stop();

    qint64 maxStallMs() const { return m_maxStallMs; }
    // Ticks later than 50 ms: each is a visible hitch.
    quint64 stallsOver50Ms() const { return m_over50; }
    qint64 percentileMs(double fraction) const { return m_lateness.percentile(fraction); }
    quint64 ticks() const { return m_lateness.count(); }
    QString summary() const;

private:
    void tick();

    int m_periodMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    qint64 m_maxStallMs = 0;
    qint64 m_maxStallAtMs = 0;
    quint64 m_over50 = 0;
    LatencyHistogram m_lateness;
};

} // namespace sb::ui
