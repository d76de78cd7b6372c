#include "gui_stall_monitor.h"

namespace sb::ui {

GuiStallMonitor::GuiStallMonitor(int periodMs, QObject *parent)
    : QObject(parent)
    , m_periodMs(periodMs)
    , m_timer(this)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(periodMs);
    connect(&m_timer, &QTimer::timeout, this, &GuiStallMonitor::tick);
}

void GuiStallMonitor::start()
{
    m_clock.start();
    m_lastMs = 0;
    m_timer.start();
}

void GuiStallMonitor::stop()
{
    m_timer.stop();
}

void GuiStallMonitor::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 late = qMax<qint64>(0, now - m_lastMs - m_periodMs);
    m_lastMs = now;
    m_lateness.add(late);
    if (late > m_maxStallMs) {
        m_maxStallMs = late;
        m_maxStallAtMs = now;
    }
    if (late > 50)
        ++m_over50;
}

QString GuiStallMonitor::summary() const
{
    return QStringLiteral(
        "GUI thread over %1 ticks of %2 ms: late p50 %3 ms, p99 %4 ms, max %5 ms (at %7 s), %6 stall(s) over 50 ms")
        .arg(ticks())
        .arg(m_periodMs)
        .arg(percentileMs(0.5))
        .arg(percentileMs(0.99))
        .arg(m_maxStallMs)
        .arg(m_over50)
        .arg(double(m_maxStallAtMs) / 1000.0, 0, 'f', 1);
}

} // namespace sb::ui
