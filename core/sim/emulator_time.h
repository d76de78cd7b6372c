#pragma once

#include <QTimer>

#include <functional>

namespace sb::sim {

// An emulator's time: the clock it stamps tokens and events with (the system's, or a test's, which runs expiries
// out without waiting), and its own clockwork, run while it listens: the server's pings, demo events at a steady
// rate, and housekeeping (expiries, idle checks). A beat with no interval, or no rate, does not run.
class EmulatorTime
{
public:
    struct Beats
    {
        std::function<void()> ping;
        std::function<void()> publishOne;
        std::function<void()> housekeeping;
        int housekeepingMs = 0; // 0: no housekeeping
    };

    // The timers are children of `owner`, so they follow it to another thread.
    EmulatorTime(QObject *owner, Beats beats);

    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }
    qint64 now() const;

    // Pings every `pingIntervalMs`, publishes `eventsPerSecond` one at a time, and keeps house.
    void start(int pingIntervalMs, double eventsPerSecond);
    void stop();

private:
    std::function<qint64()> m_nowMs;
    QTimer m_ping;
    QTimer m_publish;
    QTimer m_housekeeping;
};

} // namespace sb::sim
