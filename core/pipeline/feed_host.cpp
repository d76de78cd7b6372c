#include "feed_host.h"

#include "decode_worker.h"
#include "event_batcher.h"
#include "event_sink.h"
#include "feed.h"
#include "recording_frame_decoder.h"

#include <QDateTime>
#include <QEventLoop>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>
#include <utility>

namespace sb {

FeedHost::FeedHost(QObject *parent, int batchIntervalMs)
    : QObject(parent)
    , m_batcher(new EventBatcher(batchIntervalMs, this))
{
    qRegisterMetaType<sb::FeedState>();
    qRegisterMetaType<sb::FeedError>();
    qRegisterMetaType<sb::EventBatch>();
    qRegisterMetaType<sb::AcknowledgementList>();
    m_ioThread.setObjectName(QStringLiteral("sb-io"));
    connect(m_batcher, &EventBatcher::batchReady, this, &FeedHost::onBatch);
}

FeedHost::~FeedHost()
{
    stop();
}

void FeedHost::addFeed(std::unique_ptr<Feed> feed, std::unique_ptr<FrameRecorder> recorder)
{
    Slot slot;
    slot.metrics = std::make_unique<FeedMetrics>();
    std::unique_ptr<FrameDecoder> decoder = feed->createDecoder();
    if (recorder)
        decoder = std::make_unique<RecordingFrameDecoder>(std::move(decoder), std::move(recorder));
    slot.worker = std::make_unique<DecodeWorker>(feed->name(), std::move(decoder), m_batcher, slot.metrics.get());
    slot.worker->setRules(m_rules);
    slot.feed = feed.release();
    slot.feed->attach(slot.worker.get(), slot.metrics.get());
    if (m_store)
        slot.feed->setStore(m_store);
    slot.feed->moveToThread(&m_ioThread);

    Feed *f = slot.feed;
    const QString name = f->name();
    connect(f, &Feed::stateChanged, this,
        [this, name](FeedState state, const QString &text) { Q_EMIT feedStateChanged(name, state, text); });
    connect(f, &Feed::errorOccurred, this, &FeedHost::feedError);
    connect(f, &Feed::failed, this, &FeedHost::feedFailed);
    connect(f, &Feed::commandResult, this,
        [this, name](const QJsonObject &result) { Q_EMIT feedCommandResult(name, result); });
    connect(slot.worker.get(), &DecodeWorker::errorOccurred, this, &FeedHost::feedError);
    connect(slot.worker.get(), &DecodeWorker::controlMessage, f, &Feed::handleControl, Qt::QueuedConnection);
    m_feeds.push_back(std::move(slot));
}

void FeedHost::setRules(std::shared_ptr<const RuleSet> rules)
{
    m_rules = std::move(rules);
    for (auto &slot : m_feeds)
        slot.worker->setRules(m_rules);
}

void FeedHost::start()
{
    if (m_started)
        return;
    m_started = true;
    m_ioThread.start();
    for (auto &slot : m_feeds) {
        slot.worker->start();
        QMetaObject::invokeMethod(slot.feed, &Feed::start, Qt::QueuedConnection);
    }
}

void FeedHost::stop(int graceMs)
{
    if (!m_started) {
        for (auto &slot : m_feeds)
            delete slot.feed;
        m_feeds.clear();
        return;
    }
    m_started = false;
    // First every feed says goodbye to its peer (an OHIP stream must be completed, or the next start meets
    // "subscriber already exists"); then they die. The wait runs an event loop rather than blocking, because the
    // peer may live on this thread (the tests' emulators) and queued signals from the feeds must keep flowing.
    QEventLoop goodbyes;
    auto remaining = std::make_shared<std::atomic<int>>(int(m_feeds.size()));
    for (auto &slot : m_feeds) {
        Feed *f = slot.feed;
        QMetaObject::invokeMethod(
            f,
            [f, remaining, loop = &goodbyes] {
                auto released = std::make_shared<bool>(false);
                auto release = [released, remaining, loop] {
                    if (!std::exchange(*released, true) && remaining->fetch_sub(1) == 1)
                        QMetaObject::invokeMethod(loop, &QEventLoop::quit, Qt::QueuedConnection);
                };
                connect(f, &Feed::stopped, f, release);
                f->stopGracefully();
            },
            Qt::QueuedConnection);
    }
    if (!m_feeds.empty()) {
        QTimer::singleShot(graceMs, &goodbyes, &QEventLoop::quit);
        goodbyes.exec(QEventLoop::ExcludeUserInputEvents);
    }
    for (auto &slot : m_feeds) {
        Feed *f = slot.feed;
        // The feed's sockets and timers belong to the io thread, so it must die there.
        QMetaObject::invokeMethod(
            f,
            [f] {
                f->disconnect();
                delete f;
            },
            Qt::BlockingQueuedConnection);
        slot.feed = nullptr;
    }
    m_ioThread.quit();
    m_ioThread.wait();
    for (auto &slot : m_feeds) {
        slot.worker->stop();
        slot.worker->wait();
    }
    // What the workers decoded last still goes to the sink and the screen; its acknowledgements find no feed, so
    // those messages stay upstream and come back (at-least-once).
    m_batcher->flushNow();
    waitForWrites(graceMs);
    m_feeds.clear();
}

void FeedHost::onBatch(const EventBatch &events, const AcknowledgementList &acks)
{
    QSet<QString> acknowledging;
    for (const Acknowledgement &ack : acks) {
        acknowledging.insert(ack.feed);
        m_acknowledgingFeeds.insert(ack.feed);
    }
    // A relay's events keep their original feed's name (RelayFeed), no feed of this host's: the relay feed
    // acknowledges them, so they are kept like its own, never shown unkept or shed as a stream's.
    if (!acks.isEmpty()) {
        for (const Event &e : events) {
            if (!acknowledging.contains(e.feed) && !slotNamed(e.feed)) {
                acknowledging.insert(e.feed);
                m_acknowledgingFeeds.insert(e.feed);
            }
        }
    }
    if (!m_sink) {
        settle(events, acks, acknowledging, events.size(), QString(), false);
        return;
    }
    if (!shedsStreams()) {
        write(events, acks, acknowledging);
        return;
    }
    // The backlog is full: the streams' events of this batch go to the screen only. A feed counts as acknowledging
    // once it has acknowledged anything, so an event whose acknowledgement comes in a later batch is still written.
    EventBatch kept;
    EventBatch streams;
    QVector<qsizetype> keptBefore(events.size() + 1, 0);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event &e = events.at(i);
        (m_acknowledgingFeeds.contains(e.feed) ? kept : streams).append(e);
        keptBefore[i + 1] = kept.size();
    }
    AcknowledgementList keptAcks = acks;
    for (Acknowledgement &ack : keptAcks)
        ack.position = keptBefore.at(qBound<qsizetype>(0, ack.position, events.size()));
    shed(streams);
    if (!kept.isEmpty() || !keptAcks.isEmpty())
        write(kept, keptAcks, acknowledging);
}

void FeedHost::write(const EventBatch &events, const AcknowledgementList &acks, const QSet<QString> &acknowledging)
{
    const bool streamsShown = m_showStreamsAtOnce;
    ++m_writesInFlight;
    m_eventsInFlight += events.size();
    QPointer<FeedHost> self(this);
    m_sink->write(
        events, acks, [self, events, acks, acknowledging, streamsShown](qsizetype durable, const QString &error) {
            if (!self)
                return;
            --self->m_writesInFlight;
            self->m_eventsInFlight -= events.size();
            self->settle(events, acks, acknowledging, durable, error, streamsShown);
            self->backlogDrained();
            if (self->m_writesInFlight == 0)
                Q_EMIT self->writesSettled();
        });
    // After the write call: a sink that answers at once (the printer) has answered for the whole batch by now.
    if (streamsShown && !self.isNull()) {
        EventBatch now;
        if (acknowledging.isEmpty()) {
            now = events;
        } else {
            for (const Event &e : events)
                if (!acknowledging.contains(e.feed))
                    now.append(e);
        }
        if (!now.isEmpty())
            Q_EMIT eventsReady(now);
    }
}

bool FeedHost::shedsStreams()
{
    // Only where streams are shown at once: shedding shows events ahead of earlier ones still waiting otherwise.
    if (m_backlogLimit <= 0 || !m_showStreamsAtOnce)
        return false;
    if (!m_shedding && m_eventsInFlight >= m_backlogLimit)
        m_shedding = true;
    return m_shedding;
}

void FeedHost::shed(const EventBatch &events)
{
    if (events.isEmpty())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Event &e : events) {
        auto it = m_shedCount.find(e.feed);
        if (it == m_shedCount.end()) {
            it = m_shedCount.insert(e.feed, 0);
            Q_EMIT feedError(FeedError {e.feed, FeedError::Stage::Store, QStringLiteral("history_behind"),
                QStringLiteral("the history is %1 events behind: new events are shown but not stored until it "
                               "catches up")
                    .arg(m_eventsInFlight),
                true, now});
        }
        ++it.value();
    }
    m_shedTotal += events.size();
    Q_EMIT eventsReady(events);
}

void FeedHost::backlogDrained()
{
    if (!m_shedding || m_eventsInFlight > m_backlogLimit / 2)
        return;
    m_shedding = false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_shedCount.cbegin(); it != m_shedCount.cend(); ++it)
        Q_EMIT feedError(FeedError {it.key(), FeedError::Stage::Store, QStringLiteral("history_caught_up"),
            QStringLiteral("the history caught up; %1 event(s) were shown but not stored").arg(it.value()), true, now});
    m_shedCount.clear();
}

void FeedHost::settle(const EventBatch &events, const AcknowledgementList &acks, const QSet<QString> &acknowledging,
    qsizetype durable, const QString &error, bool streamsShown)
{
    const bool whole = durable >= events.size();
    if (whole && !streamsShown) {
        if (!events.isEmpty())
            Q_EMIT eventsReady(events);
    } else if (whole && acknowledging.isEmpty()) {
        // Streams shown at once, all durable, nothing held back for the sink's word: nothing left to show.
    } else {
        // A feed that acknowledges upstream gets its undurable events again (the message stays on the queue, the
        // offset stays put), so they are not shown now; a stream that cannot replay shows them, unkept. Streams
        // shown at once (setShowStreamsAtOnce) are not shown twice.
        EventBatch shown;
        QHash<QString, int> lost;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Event &e = events.at(i);
            const bool acked = acknowledging.contains(e.feed);
            if (i >= durable)
                ++lost[e.feed];
            if ((i < durable || !acked) && (acked || !streamsShown))
                shown.append(e);
        }
        if (!shown.isEmpty())
            Q_EMIT eventsReady(shown);
        for (auto it = lost.cbegin(); it != lost.cend(); ++it) {
            const bool replayed = acknowledging.contains(it.key());
            Q_EMIT feedError(FeedError {it.key(), FeedError::Stage::Store, QStringLiteral("sink"),
                QStringLiteral("%1 event(s) not stored (%2); %3")
                    .arg(it.value())
                    .arg(error.isEmpty() ? QStringLiteral("no reason given") : error,
                        replayed ? QStringLiteral("they stay upstream and come again")
                                 : QStringLiteral("shown, but not in the history")),
                true, QDateTime::currentMSecsSinceEpoch()});
        }
    }
    for (const Acknowledgement &ack : acks) {
        Feed *f = feedNamed(ack.feed);
        if (!f)
            continue;
        const bool ok = ack.position <= durable;
        QMetaObject::invokeMethod(
            f, [f, token = ack.token, ok, error] { f->acknowledge(token, ok, error); }, Qt::QueuedConnection);
    }
}

const FeedHost::Slot *FeedHost::slotNamed(const QString &name) const
{
    for (const auto &slot : m_feeds)
        if (slot.feed && slot.feed->name() == name)
            return &slot;
    return nullptr;
}

Feed *FeedHost::feedNamed(const QString &name) const
{
    const Slot *slot = slotNamed(name);
    return slot ? slot->feed : nullptr;
}

void FeedHost::waitForWrites(int graceMs)
{
    if (m_writesInFlight == 0)
        return;
    QEventLoop loop;
    connect(this, &FeedHost::writesSettled, &loop, &QEventLoop::quit);
    QTimer::singleShot(graceMs, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

QStringList FeedHost::feedNames() const
{
    QStringList out;
    for (const auto &slot : m_feeds)
        out << (slot.feed ? slot.feed->name() : QString());
    return out;
}

const FeedMetrics *FeedHost::metrics(const QString &feedName) const
{
    const Slot *slot = slotNamed(feedName);
    return slot ? slot->metrics.get() : nullptr;
}

bool FeedHost::sendCommand(const QString &feedName, const QJsonObject &command)
{
    Feed *f = m_started ? feedNamed(feedName) : nullptr;
    if (!f)
        return false;
    QMetaObject::invokeMethod(
        f, [f, command] { f->handleCommand(command); }, Qt::QueuedConnection);
    return true;
}

} // namespace sb
