#include "event_store.h"

#include "store_worker.h"
#include "thread/thread_niceness.h"

#include <QDir>
#include <QStandardPaths>

#include <memory>
#include <optional>
#include <tuple>

namespace sb {
namespace {

// Carries one result from the store thread to a caller's context. Its queued connection is made on the caller's
// thread while the context is alive; from then on Qt itself drops the connection, and a call already posted, when
// the context is destroyed. Checking a QPointer and then posting left a window in which a context dying between
// the two made the callback run at once on the store thread, against a deleted object.
class ReplyRelay : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void ready();
};

// Wraps `done` into a function the store thread calls; `done` then runs on `context`'s thread, or never if the
// context is gone by then. Without a context, `done` runs on the store thread, as it always has.
template<typename... Args>
std::function<void(Args...)> replyOn(QObject *context, QThread *storeThread, std::function<void(Args...)> done)
{
    if (!done || !context)
        return done;
    using Values = std::tuple<std::decay_t<Args>...>;
    auto values = std::make_shared<std::optional<Values>>();
    auto *relay = new ReplyRelay;
    QObject::connect(
        relay, &ReplyRelay::ready, context,
        [values, done] {
            if (*values)
                std::apply(done, std::move(**values));
        },
        Qt::QueuedConnection);
    // Owned by the store thread, which emits it, so it is deleted on its own thread once the reply is sent (or when
    // the queued operation is dropped at shutdown).
    relay->moveToThread(storeThread);
    std::shared_ptr<ReplyRelay> owner(relay, [](ReplyRelay *r) {
        if (r->thread() == QThread::currentThread())
            delete r;
        else
            r->deleteLater();
    });
    return [owner, values](Args... args) {
        values->emplace(std::move(args)...); // published to the context's thread by the posted event
        Q_EMIT owner->ready();
    };
}

} // namespace

EventStore::EventStore(QObject *parent)
    : QObject(parent)
    , m_worker(new StoreWorker(this))
{
    qRegisterMetaType<sb::FeedError>();
    m_thread.setObjectName(QStringLiteral("sb-store"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // History may lag a burst by a second; the window must not. The store yields to the GUI thread.
    connect(
        &m_thread, &QThread::started, m_worker, [] { lowerCurrentThreadPriority(10); }, Qt::DirectConnection);
    m_thread.start();
}

EventStore::~EventStore()
{
    // Rows not yet indexed are indexed by the next open; quitting does not wait for them.
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->writePending(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString EventStore::defaultPath()
{
    // Named explicitly, not by the running application's name, so the desk and the CLI share one history.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(QStringLiteral("switchboard/history.sqlite"));
}

void EventStore::open(const StoreOptions &options)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, options] { w->open(options); }, Qt::QueuedConnection);
}

void EventStore::append(const EventBatch &events)
{
    if (events.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, events] { w->enqueue(events, {}, false, {}); }, Qt::QueuedConnection);
}

void EventStore::commit(const EventBatch &events, QObject *context, std::function<void(bool, QString)> done)
{
    commit(events, {}, context, std::move(done));
}

void EventStore::commit(const EventBatch &events, const QList<StateUpdate> &state, QObject *context,
    std::function<void(bool, QString)> done)
{
    auto reply = replyOn(context, &m_thread, std::move(done));
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, events, state, reply] { w->enqueue(events, state, true, reply); },
        Qt::QueuedConnection);
}

void EventStore::search(const StoreQuery &query, QObject *context, std::function<void(EventBatch, QString)> done)
{
    auto reply = replyOn(context, &m_thread, std::move(done));
    if (!reply)
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, query, reply] { w->search(query, reply); }, Qt::QueuedConnection);
}

void EventStore::putState(
    const QString &feed, const QString &key, const QString &value, QObject *context, std::function<void(bool)> done)
{
    auto reply = replyOn(context, &m_thread, std::move(done));
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, feed, key, value, reply] { w->putState(feed, key, value, reply); },
        Qt::QueuedConnection);
}

void EventStore::getState(const QString &feed, const QString &key, QObject *context, std::function<void(QString)> done)
{
    auto reply = replyOn(context, &m_thread, std::move(done));
    if (!reply)
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, feed, key, reply] { reply(w->getState(feed, key)); }, Qt::QueuedConnection);
}

void EventStore::quarantine(
    const QString &feed, const QByteArray &raw, const QString &error, QObject *context, std::function<void(bool)> done)
{
    auto reply = replyOn(context, &m_thread, std::move(done));
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, feed, raw, error, reply] {
            const bool ok = w->quarantine(feed, raw, error, bool(reply));
            if (reply)
                reply(ok);
        },
        Qt::QueuedConnection);
}

void EventStore::quarantined(
    const QString &feed, int limit, QObject *context, std::function<void(QuarantinedMessageList)> done)
{
    auto reply = replyOn(context, &m_thread, std::move(done));
    if (!reply)
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, feed, limit, reply] { reply(w->quarantined(feed, limit)); }, Qt::QueuedConnection);
}

void EventStore::count(QObject *context, std::function<void(qint64)> done)
{
    auto reply = replyOn(context, &m_thread, std::move(done));
    if (!reply)
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, reply] {
            w->writePending();
            reply(w->count());
        },
        Qt::QueuedConnection);
}

void EventStore::saveAlarm(const AlarmRecord &alarm, QObject *context, std::function<void(bool)> done)
{
    auto reply = replyOn(context, &m_thread, std::move(done));
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, alarm, reply] {
            const bool ok = w->saveAlarm(alarm, true);
            if (reply)
                reply(ok);
        },
        Qt::QueuedConnection);
}

void EventStore::alarms(bool openOnly, QObject *context, std::function<void(AlarmRecordList, QString)> done)
{
    auto reply = replyOn(context, &m_thread, std::move(done));
    if (!reply)
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, openOnly, reply] {
            QString error;
            AlarmRecordList list = w->alarms(openOnly, &error);
            reply(list, error);
        },
        Qt::QueuedConnection);
}

void EventStore::prune(qint64 nowMs)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, nowMs] { w->prune(nowMs); }, Qt::QueuedConnection);
}

void EventStore::flush()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->catchUpIndex(); }, Qt::BlockingQueuedConnection);
}

void EventStore::setFailCommitsForTesting(int n)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, n] { w->setFailCommitsForTesting(n); }, Qt::QueuedConnection);
}

} // namespace sb

#include "event_store.moc"
