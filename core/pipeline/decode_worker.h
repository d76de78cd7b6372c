#pragma once

#include "event/event.h"
#include "event/feed_error.h"
#include "feed_metrics.h"
#include "frame_decoder.h"
#include "rules/rule_set.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>

namespace sb {

class EventBatcher;

// The ordered decode thread of one feed. The io thread posts frames into a bounded queue; this thread runs the
// feed's FrameDecoder over them in arrival order and hands Events to the batcher. A full queue drops the frame,
// counts it and reports it, rather than letting memory grow without limit.
class DecodeWorker : public QThread
{
    Q_OBJECT
public:
    struct Limits
    {
        qsizetype maxFrames = 200000;
        qsizetype maxBytes = 256 * 1024 * 1024;
    };

    DecodeWorker(QString feedName, std::unique_ptr<FrameDecoder> decoder, EventBatcher *batcher, FeedMetrics *metrics);
    DecodeWorker(QString feedName, std::unique_ptr<FrameDecoder> decoder, EventBatcher *batcher, FeedMetrics *metrics,
        Limits limits);
    ~DecodeWorker() override;

    // Thread-safe. Returns false when the frame was dropped because the queue is full.
    bool post(RawFrame &&frame);
    void stop();

    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }
    // Thread-safe: the rules every event decoded from now on is matched against, here on the decode thread; null or
    // empty: none. The set is shared, not copied.
    void setRules(std::shared_ptr<const RuleSet> rules);
    qsizetype queuedFrames() const;

Q_SIGNALS:
    void errorOccurred(const sb::FeedError &error);
    void controlMessage(const QVariant &message);

protected:
    void run() override;

private:
    class Output;

    QString m_feedName;
    std::unique_ptr<FrameDecoder> m_decoder;
    EventBatcher *m_batcher;
    FeedMetrics *m_metrics;
    Limits m_limits;
    std::function<qint64()> m_nowMs;

    mutable QMutex m_mutex; // guards the queue, its byte count and the stop flag, shared with the io thread
    QWaitCondition m_wake;
    std::deque<RawFrame> m_queue;
    qsizetype m_queuedBytes = 0;
    bool m_stopping = false;
    std::shared_ptr<const RuleSet> m_rules; // guarded by m_mutex; the loop takes it with each run of frames
    quint64 m_droppedSinceReport = 0;
};

} // namespace sb
