#pragma once

#include "event/event.h"
#include "event/feed_error.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace sb {

class StoreWorker;

struct StoreOptions
{
    QString path; // empty: <app data dir>/history.sqlite
    qint64 maxBytes = 2LL * 1024 * 1024 * 1024;
    int retentionDays = 30;
    int flushIntervalMs = 50; // writes are batched into one transaction per interval
    int pruneIntervalMs = 60 * 60 * 1000;
};

struct StoreQuery
{
    QString text; // what the user typed; empty: newest events
    QString feed; // empty: all feeds
    qint64 sinceMs = 0;
    int limit = 50;
};

// Event history in SQLite (WAL, FTS5 on title and body) on its own thread. Every call returns at once; results and
// commit confirmations come back on the thread of the given context object. This is the durability point: a caller
// that must not lose an event (a queue message deleted only once stored, a stream offset) uses commit().
class EventStore : public QObject
{
    Q_OBJECT
public:
    explicit EventStore(QObject *parent = nullptr);
    ~EventStore() override;

    void open(const StoreOptions &options);
    // Queued for the next batched transaction.
    void append(const EventBatch &events);
    // Written in the next transaction; `done(ok, error)` runs on `context`'s thread once it is committed.
    void commit(const EventBatch &events, QObject *context, std::function<void(bool, QString)> done);
    void search(const StoreQuery &query, QObject *context, std::function<void(EventBatch, QString)> done);
    // Small per-feed state (stream offsets, cursors), committed before `done` runs.
    void putState(const QString &feed, const QString &key, const QString &value, QObject *context = nullptr,
        std::function<void(bool)> done = {});
    void getState(const QString &feed, const QString &key, QObject *context, std::function<void(QString)> done);
    // Keeps a message that could not be decoded, with its raw bytes and the error.
    void quarantine(const QString &feed, const QByteArray &raw, const QString &error, QObject *context = nullptr,
        std::function<void(bool)> done = {});
    void count(QObject *context, std::function<void(qint64)> done);
    void prune(qint64 nowMs);
    // Blocks until every queued operation has run; for shutdown and tests.
    void flush();

    static QString defaultPath();

Q_SIGNALS:
    void opened(const QString &path);
    void errorOccurred(const sb::FeedError &error);
    void stored(int count);

private:
    QThread m_thread;
    StoreWorker *m_worker;
};

} // namespace sb
