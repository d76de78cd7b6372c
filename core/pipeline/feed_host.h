#pragma once

#include "acknowledgement.h"
#include "event/event.h"
#include "event/feed_error.h"
#include "event/frame_recorder.h"
#include "feed_metrics.h"
#include "feed_state.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QThread>

#include <memory>
#include <vector>

namespace sb {

class DecodeWorker;
class EventBatcher;
class EventSink;
class EventStore;
class Feed;
class RuleSet;

// Runs feeds: one io thread for every socket and HTTP request, one ordered decode thread per feed, one batcher
// towards the consumer (the GUI or the CLI), which lives on the host's thread. Owns all of them, RAII-style.
//
// The durable road: decode worker -> batcher -> host -> sink. Each batch goes to the sink once, in order; only what
// the sink reports durable is shown (eventsReady) and acknowledged back to the feed that decoded it (Feed::acknowledge,
// on the io thread), so an SQS delete or an offset never runs ahead of the history. Events of feeds with nothing to
// acknowledge are shown even when the sink fails (at-most-once streams lose nothing more by it), with the error.
class FeedHost : public QObject
{
    Q_OBJECT
public:
    explicit FeedHost(QObject *parent = nullptr, int batchIntervalMs = 16);
    ~FeedHost() override;

    // Takes ownership; the feed moves to the io thread. Call before start(). With a recorder (a capture writer), every
    // frame is recorded on the decode thread before it is decoded.
    void addFeed(std::unique_ptr<Feed> feed, std::unique_ptr<FrameRecorder> recorder = nullptr);
    // Handed to every feed added from now on (see Feed::setStore). Not owned; must outlive the host's feeds.
    void setStore(EventStore *store) { m_store = store; }
    // Not owned; must outlive the host. Without one, decoding is the durability point: every batch is shown and
    // acknowledged at once. The sink calls back on the host's thread (or inline).
    void setSink(EventSink *sink) { m_sink = sink; }
    // The desk's choice: events of feeds that acknowledge nothing upstream (MRN, Salto, Pub/Sub) are shown as soon as
    // they are handed to the sink rather than once it answers, so a history that lags a burst (the store takes a few
    // thousand 3 KB stories a second on two cores) never holds the screen back. Acknowledging feeds still wait.
    void setShowStreamsAtOnce(bool atOnce) { m_showStreamsAtOnce = atOnce; }
    // With streams shown at once: at most `events` may wait for the sink's word. Past it, events of feeds that
    // acknowledge nothing are shown but not written, until the backlog is down to half; each feed hears once when
    // its events stop being kept and once, with the count, when they are kept again. Without a bound a burst the
    // store cannot follow grows the desk's memory by the whole difference. Acknowledging feeds are always written
    // (upstream holds what they have not acknowledged). 0: no bound.
    void setSinkBacklogLimit(qsizetype events) { m_backlogLimit = events; }
    // Events shown but not written since start, because the backlog was full.
    qint64 shedEvents() const { return m_shedTotal; }
    // The rules every feed's events are matched against on its decode thread (Event::rules); may be called while
    // running, the events decoded afterwards use the new set. Null: none.
    void setRules(std::shared_ptr<const RuleSet> rules);
    void start();
    // Asks every feed to end its session politely and waits up to `graceMs` for all of them (a feed that waits for
    // acknowledgements gets them meanwhile), then deletes them, and waits up to `graceMs` again for the sink to take
    // the last events decoded.
    void stop(int graceMs = 2000);

    int feedCount() const { return int(m_feeds.size()); }
    QStringList feedNames() const;
    const FeedMetrics *metrics(const QString &feedName) const;
    // Hands a pane's command to the named feed on the io thread; false when there is no such running feed.
    bool sendCommand(const QString &feedName, const QJsonObject &command);
    EventBatcher *batcher() const { return m_batcher; }

Q_SIGNALS:
    // Events the sink has made durable (or all, without a sink), in decode order per feed.
    void eventsReady(const sb::EventBatch &batch);
    void writesSettled();
    void feedStateChanged(const QString &feed, sb::FeedState state, const QString &text);
    void feedError(const sb::FeedError &error);
    void feedFailed(const sb::FeedError &error);
    void feedCommandResult(const QString &feed, const QJsonObject &result);

private:
    struct Slot
    {
        Feed *feed = nullptr;
        std::unique_ptr<FeedMetrics> metrics;
        std::unique_ptr<DecodeWorker> worker;
    };

    void onBatch(const EventBatch &events, const AcknowledgementList &acks);
    void write(const EventBatch &events, const AcknowledgementList &acks, const QSet<QString> &acknowledging);
    bool shedsStreams();
    void shed(const EventBatch &events);
    void backlogDrained();
    void settle(const EventBatch &events, const AcknowledgementList &acks, const QSet<QString> &acknowledging,
        qsizetype durable, const QString &error, bool streamsShown);
    const Slot *slotNamed(const QString &name) const;
    Feed *feedNamed(const QString &name) const;
    void waitForWrites(int graceMs);

    QThread m_ioThread;
    EventBatcher *m_batcher;
    std::vector<Slot> m_feeds;
    EventStore *m_store = nullptr;
    EventSink *m_sink = nullptr;
    int m_writesInFlight = 0;
    qsizetype m_eventsInFlight = 0;
    qsizetype m_backlogLimit = 0;
    bool m_shedding = false;
    qint64 m_shedTotal = 0;
    QHash<QString, qint64> m_shedCount; // per feed, this shedding spell
    QSet<QString> m_acknowledgingFeeds; // feeds that have acknowledged anything
    bool m_showStreamsAtOnce = false;
    std::shared_ptr<const RuleSet> m_rules;
    bool m_started = false;
};

} // namespace sb
