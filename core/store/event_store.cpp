#include "event_store.h"

#include "pipeline/thread_niceness.h"
#include "store_worker.h"

#include <QDir>
#include <QStandardPaths>

namespace sb {
namespace {

// Runs `fn` on `context`'s thread, or drops it when the context is gone.
template<typename Fn>
void deliver(QObject *context, Fn fn)
{
    if (!context) {
        fn();
        return;
    }
    QMetaObject::invokeMethod(context, std::move(fn), Qt::QueuedConnection);
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
    flush();
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
        m_worker, [w = m_worker, events] { w->enqueue(events, {}); }, Qt::QueuedConnection);
}

void EventStore::commit(const EventBatch &events, QObject *context, std::function<void(bool, QString)> done)
{
    QPointer<QObject> guard(context);
    auto reply = [guard, hasContext = context != nullptr, done](bool ok, QString error) {
        if (hasContext && !guard)
            return;
        deliver(guard.data(), [done, ok, error] { done(ok, error); });
    };
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, events, reply] { w->enqueue(events, reply); }, Qt::QueuedConnection);
}

void EventStore::search(const StoreQuery &query, QObject *context, std::function<void(EventBatch, QString)> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, query, guard, done] {
            w->search(query, [guard, done](EventBatch events, QString error) {
                if (!guard)
                    return;
                deliver(guard.data(), [done, events, error] { done(events, error); });
            });
        },
        Qt::QueuedConnection);
}

void EventStore::putState(
    const QString &feed, const QString &key, const QString &value, QObject *context, std::function<void(bool)> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, feed, key, value, guard, hasContext = context != nullptr, done] {
            w->putState(feed, key, value, [guard, hasContext, done](bool ok) {
                if (!done || (hasContext && !guard))
                    return;
                deliver(guard.data(), [done, ok] { done(ok); });
            });
        },
        Qt::QueuedConnection);
}

void EventStore::getState(const QString &feed, const QString &key, QObject *context, std::function<void(QString)> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, feed, key, guard, done] {
            const QString value = w->getState(feed, key);
            if (guard)
                deliver(guard.data(), [done, value] { done(value); });
        },
        Qt::QueuedConnection);
}

void EventStore::quarantine(
    const QString &feed, const QByteArray &raw, const QString &error, QObject *context, std::function<void(bool)> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, feed, raw, error, guard, hasContext = context != nullptr, done] {
            const bool ok = w->quarantine(feed, raw, error);
            if (!done || (hasContext && !guard))
                return;
            deliver(guard.data(), [done, ok] { done(ok); });
        },
        Qt::QueuedConnection);
}

void EventStore::count(QObject *context, std::function<void(qint64)> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, guard, done] {
            w->writePending();
            const qint64 n = w->count();
            if (guard)
                deliver(guard.data(), [done, n] { done(n); });
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
        m_worker, [w = m_worker] { w->writePending(); }, Qt::BlockingQueuedConnection);
}

} // namespace sb
