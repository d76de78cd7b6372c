#include "decode_worker.h"

#include "event_batcher.h"
#include "query/query_input.h"

#include <QDateTime>
#include <QMutexLocker>

namespace sb {

class DecodeWorker::Output : public DecodeOutput
{
public:
    explicit Output(DecodeWorker *worker)
        : m_worker(worker)
    { }

    void event(Event &&e) override
    {
        if (m_rules && !m_rules->isEmpty()) {
            m_input.reset(e);
            e.rules = m_rules->matches(m_input);
        }
        m_events.append(std::move(e));
    }
    void setRules(std::shared_ptr<const RuleSet> rules) { m_rules = std::move(rules); }
    void error(FeedError &&e) override
    {
        if (e.feed.isEmpty())
            e.feed = m_worker->m_feedName;
        if (e.timeMs == 0)
            e.timeMs = m_worker->m_nowMs();
        if (e.stage == FeedError::Stage::Decode)
            m_worker->m_metrics->decodeErrors.fetch_add(1, std::memory_order_relaxed);
        Q_EMIT m_worker->errorOccurred(e);
    }
    void control(QVariant &&message) override { Q_EMIT m_worker->controlMessage(message); }
    void duplicate() override { m_worker->m_metrics->duplicates.fetch_add(1, std::memory_order_relaxed); }
    void acknowledge(QVariant &&token, const QString &stateKey, const QString &stateValue) override
    {
        m_acks.append(Acknowledgement {m_worker->m_feedName, std::move(token), m_events.size(), stateKey, stateValue});
    }

    // Events of one drained run of frames go to the batcher in one call, one lock.
    void flush()
    {
        if (m_events.isEmpty() && m_acks.isEmpty())
            return;
        m_worker->m_metrics->events.fetch_add(quint64(m_events.size()), std::memory_order_relaxed);
        m_worker->m_batcher->append(std::move(m_events), std::move(m_acks));
        m_events = EventBatch();
        m_acks = AcknowledgementList();
    }

private:
    DecodeWorker *m_worker;
    std::shared_ptr<const RuleSet> m_rules;
    query::QueryInput m_input; // its buffers are kept from event to event
    EventBatch m_events;
    AcknowledgementList m_acks;
};

DecodeWorker::DecodeWorker(
    QString feedName, std::unique_ptr<FrameDecoder> decoder, EventBatcher *batcher, FeedMetrics *metrics)
    : DecodeWorker(std::move(feedName), std::move(decoder), batcher, metrics, Limits {})
{ }

DecodeWorker::DecodeWorker(
    QString feedName, std::unique_ptr<FrameDecoder> decoder, EventBatcher *batcher, FeedMetrics *metrics, Limits limits)
    : m_feedName(std::move(feedName))
    , m_decoder(std::move(decoder))
    , m_batcher(batcher)
    , m_metrics(metrics)
    , m_limits(limits)
    , m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("sb-decode-") + m_feedName);
}

DecodeWorker::~DecodeWorker()
{
    stop();
    wait();
}

bool DecodeWorker::post(RawFrame &&frame)
{
    const qsizetype bytes = frame.byteSize();
    QMutexLocker lock(&m_mutex);
    if (m_stopping)
        return false;
    const bool isMarker = frame.isMarker();
    if (!isMarker && (qsizetype(m_queue.size()) >= m_limits.maxFrames || m_queuedBytes + bytes > m_limits.maxBytes)) {
        ++m_droppedSinceReport;
        m_metrics->drops.fetch_add(1, std::memory_order_relaxed);
        m_wake.wakeOne();
        return false;
    }
    m_queuedBytes += bytes;
    m_queue.push_back(std::move(frame));
    if (m_queue.size() == 1)
        m_wake.wakeOne();
    return true;
}

void DecodeWorker::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stopping = true;
    m_wake.wakeAll();
}

void DecodeWorker::setRules(std::shared_ptr<const RuleSet> rules)
{
    QMutexLocker lock(&m_mutex);
    m_rules = std::move(rules);
}

qsizetype DecodeWorker::queuedFrames() const
{
    QMutexLocker lock(&m_mutex);
    return qsizetype(m_queue.size());
}

void DecodeWorker::run()
{
    Output out(this);
    std::deque<RawFrame> local;
    qint64 lastTick = m_nowMs();
    for (;;) {
        quint64 dropped = 0;
        std::shared_ptr<const RuleSet> rules;
        {
            QMutexLocker lock(&m_mutex);
            if (m_queue.empty() && !m_stopping)
                m_wake.wait(&m_mutex, 1000);
            if (m_stopping && m_queue.empty())
                break;
            local.swap(m_queue);
            m_queuedBytes = 0;
            dropped = m_droppedSinceReport;
            m_droppedSinceReport = 0;
            rules = m_rules;
        }
        out.setRules(std::move(rules));
        if (dropped > 0) {
            out.error(FeedError {m_feedName, FeedError::Stage::Decode, QStringLiteral("queue_full"),
                QStringLiteral("decode queue full: %1 frame(s) dropped").arg(dropped), true, 0});
        }
        for (RawFrame &frame : local) {
            if (frame.kind == RawFrame::Kind::Reset) {
                m_decoder->reset();
                continue;
            }
            if (frame.kind == RawFrame::Kind::Barrier) {
                out.flush(); // the events before the barrier reach the batcher before its answer is seen
                Q_EMIT controlMessage(QVariant::fromValue(FrameBarrier {frame.barrierId}));
                continue;
            }
            m_decoder->decode(frame, out);
        }
        local.clear();
        const qint64 now = m_nowMs();
        if (now - lastTick >= 1000) {
            m_decoder->tick(now, out);
            lastTick = now;
        }
        out.flush();
    }
    out.flush();
}

} // namespace sb
