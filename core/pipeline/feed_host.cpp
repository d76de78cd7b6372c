#include "feed_host.h"

#include "decode_worker.h"
#include "event_batcher.h"
#include "feed.h"
#include "recording_frame_decoder.h"

#include <QEventLoop>
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
    m_ioThread.setObjectName(QStringLiteral("sb-io"));
    connect(m_batcher, &EventBatcher::batchReady, this, &FeedHost::eventsReady);
}

FeedHost::~FeedHost()
{
    stop();
}

void FeedHost::addFeed(std::unique_ptr<Feed> feed, std::unique_ptr<CaptureWriter> capture)
{
    Slot slot;
    slot.metrics = std::make_unique<FeedMetrics>();
    std::unique_ptr<FrameDecoder> decoder = feed->createDecoder();
    if (capture)
        decoder = std::make_unique<RecordingFrameDecoder>(std::move(decoder), std::move(capture));
    slot.worker = std::make_unique<DecodeWorker>(feed->name(), std::move(decoder), m_batcher, slot.metrics.get());
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
    m_feeds.clear();
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
    for (const auto &slot : m_feeds)
        if (slot.feed && slot.feed->name() == feedName)
            return slot.metrics.get();
    return nullptr;
}

bool FeedHost::sendCommand(const QString &feedName, const QJsonObject &command)
{
    if (!m_started)
        return false;
    for (auto &slot : m_feeds) {
        if (slot.feed && slot.feed->name() == feedName) {
            Feed *f = slot.feed;
            QMetaObject::invokeMethod(
                f, [f, command] { f->handleCommand(command); }, Qt::QueuedConnection);
            return true;
        }
    }
    return false;
}

} // namespace sb
