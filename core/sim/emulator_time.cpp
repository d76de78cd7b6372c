#include "emulator_time.h"

#include <QDateTime>

namespace sb::sim {

EmulatorTime::EmulatorTime(QObject *owner, Beats beats)
    : m_ping(owner)
    , m_publish(owner)
    , m_housekeeping(owner)
{
    QObject::connect(&m_ping, &QTimer::timeout, owner, std::move(beats.ping));
    QObject::connect(&m_publish, &QTimer::timeout, owner, std::move(beats.publishOne));
    if (beats.housekeeping) {
        m_housekeeping.setInterval(beats.housekeepingMs);
        QObject::connect(&m_housekeeping, &QTimer::timeout, owner, std::move(beats.housekeeping));
    }
}

qint64 EmulatorTime::now() const
{
    return m_nowMs ? m_nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void EmulatorTime::start(int pingIntervalMs, double eventsPerSecond)
{
    if (pingIntervalMs > 0)
        m_ping.start(pingIntervalMs);
    if (eventsPerSecond > 0)
        m_publish.start(qMax(1, int(1000.0 / eventsPerSecond)));
    if (m_housekeeping.interval() > 0)
        m_housekeeping.start();
}

void EmulatorTime::stop()
{
    m_ping.stop();
    m_publish.stop();
    m_housekeeping.stop();
}

} // namespace sb::sim
