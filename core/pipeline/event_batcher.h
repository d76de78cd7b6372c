#pragma once

#include "acknowledgement.h"
#include "event/event.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>

namespace sb {

// Coalesces Events from the decode threads into batches delivered on the batcher's own thread at most once per
// interval (default 16 ms, one frame at 60 Hz), so consumers do one model insertion per frame, not one per message.
class EventBatcher : public QObject
{
    Q_OBJECT
public:
    explicit EventBatcher(int intervalMs = 16, QObject *parent = nullptr);

    // Thread-safe. Acknowledgements travel with the events decoded before them; their positions count from the
    // start of `events`.
    void append(EventBatch &&events, AcknowledgementList &&acks = {});
    int intervalMs() const { return m_intervalMs; }
    // Delivers what is pending now, on the batcher's thread; for a host that is stopping.
    void flushNow() { flush(); }
    quint64 batchesDelivered() const { return m_batches; }

Q_SIGNALS:
    void batchReady(const sb::EventBatch &batch, const sb::AcknowledgementList &acks);

private:
    void scheduleFlush();
    void flush();

    const int m_intervalMs;
    QMutex m_mutex; // guards m_pending and m_flushScheduled, written by every decode thread
    EventBatch m_pending;
    AcknowledgementList m_pendingAcks;
    bool m_flushScheduled = false;
    QElapsedTimer m_sinceFlush;
    quint64 m_batches = 0;
};

} // namespace sb
