#include "event_batcher.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QTimer>

namespace sb {

EventBatcher::EventBatcher(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    qRegisterMetaType<sb::EventBatch>();
    qRegisterMetaType<sb::AcknowledgementList>();
    m_sinceFlush.start();
}

void EventBatcher::append(EventBatch &&events, AcknowledgementList &&acks)
{
    if (events.isEmpty() && acks.isEmpty())
        return;
    bool schedule = false;
    {
        QMutexLocker lock(&m_mutex);
        for (Acknowledgement &ack : acks) {
            ack.position += m_pending.size();
            m_pendingAcks.append(std::move(ack));
        }
        if (m_pending.isEmpty())
            m_pending = std::move(events);
        else
            m_pending.append(std::move(events));
        if (!m_flushScheduled) {
            m_flushScheduled = true;
            schedule = true;
        }
    }
    if (schedule)
        QMetaObject::invokeMethod(this, &EventBatcher::scheduleFlush, Qt::QueuedConnection);
}

void EventBatcher::scheduleFlush()
{
    const qint64 wait = qMax<qint64>(0, m_intervalMs - m_sinceFlush.elapsed());
    if (wait == 0)
        flush();
    else
        QTimer::singleShot(int(wait), Qt::PreciseTimer, this, &EventBatcher::flush);
}

void EventBatcher::flush()
{
    EventBatch batch;
    AcknowledgementList acks;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        acks.swap(m_pendingAcks);
        m_flushScheduled = false;
    }
    m_sinceFlush.restart();
    if (batch.isEmpty() && acks.isEmpty())
        return;
    ++m_batches;
    Q_EMIT batchReady(batch, acks);
}

} // namespace sb
