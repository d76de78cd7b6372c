#pragma once

#include "event/event.h"
#include "event/feed_error.h"
#include "store/alarm_record.h"
#include "store/quarantined_message.h"

#include <QList>
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
    // SQLite's hard ceiling on the file (PRAGMA max_page_count, per connection); 0: none. A commit that would pass it
    // fails with SQLITE_FULL and is reported to its callback, like a full disk. For tests and small devices.
    qint64 maxPageCount = 0;
    // Undecodable messages are evidence, not history: they get their own budget and age, pruned before any event, so
    // a run of 16 MiB bad bodies cannot push the real history out through the size cap.
    qint64 quarantineMaxBytes = 64LL * 1024 * 1024;
    int quarantineRetentionDays = 7;
    // The size cap never prunes the newest this many events (nor the last written batch), unless their own bytes
    // alone are over maxBytes: after a restart the desk still shows what just happened, and a cap too small for them
    // is reported (once) instead of the history being emptied.
    int keepNewestEvents = 1000;
};

// A feed-state value (stream offset, cursor) written in the same transaction as the events it covers.
struct StateUpdate
{
    QString feed;
    QString key;
    QString value;
};

struct StoreQuery
{
    QString text; // what the user typed; empty: newest events
    QString feed; // empty: all feeds
    qint64 sinceMs = 0;
    int limit = 50;
};

// Event history in SQLite (WAL, FTS5 on title, body and codes) on its own thread. Every call returns at once; results
// and commit confirmations come back on the thread of the given context object, and never once the context is
// destroyed. A null context runs the callback on the store thread. This is the durability point: a caller that must not
// lose an event (a queue message deleted only once stored, a stream offset) uses commit(), whose transaction is synced
// to disk (synchronous=FULL) before `done` runs; append() batches are not synced at commit (synchronous=NORMAL). The
// search index is kept off that path (SearchIndex): an event is searchable once its chunk is indexed, a quarter of a
// second after it was stored when the store keeps up, and search() first indexes whatever is stored and not yet
// indexed, so a search always finds every event stored before it. Large text is stored deflated (StoredText).
class EventStore : public QObject
{
    Q_OBJECT
public:
    explicit EventStore(QObject *parent = nullptr);
    ~EventStore() override;

    void open(const StoreOptions &options);
    // Queued for the next batched transaction.
    void append(const EventBatch &events);
    // Written in the next transaction; `done(ok, error)` runs on `context`'s thread once it is committed and synced.
    void commit(const EventBatch &events, QObject *context, std::function<void(bool, QString)> done);
    // As above, with feed state written in the same transaction: either the events and the state are both stored or
    // neither is, so an offset is never saved ahead of the events it covers.
    void commit(const EventBatch &events, const QList<StateUpdate> &state, QObject *context,
        std::function<void(bool, QString)> done);
    void search(const StoreQuery &query, QObject *context, std::function<void(EventBatch, QString)> done);
    // Small per-feed state (stream offsets, cursors), committed (and synced, when there is a `done`) before `done`
    // runs.
    void putState(const QString &feed, const QString &key, const QString &value, QObject *context = nullptr,
        std::function<void(bool)> done = {});
    void getState(const QString &feed, const QString &key, QObject *context, std::function<void(QString)> done);
    // Keeps a message that could not be decoded, with its raw bytes and the error; with a `done`, synced before it runs
    // (the caller may then acknowledge the message upstream).
    void quarantine(const QString &feed, const QByteArray &raw, const QString &error, QObject *context = nullptr,
        std::function<void(bool)> done = {});
    // The quarantined messages of `feed` (empty: every feed), newest first, at most `limit`: what a diagnostics view
    // lists, with the raw bytes as they were kept.
    void quarantined(
        const QString &feed, int limit, QObject *context, std::function<void(QuarantinedMessageList)> done);
    void count(QObject *context, std::function<void(qint64)> done);
    // Stores an alarm and its transitions (those already stored are kept), synced before `done(ok)` runs.
    void saveAlarm(const AlarmRecord &alarm, QObject *context = nullptr, std::function<void(bool)> done = {});
    // The stored alarms, oldest raised first; `openOnly`: those not closed. `error` is empty on success.
    void alarms(bool openOnly, QObject *context, std::function<void(AlarmRecordList, QString)> done);
    void prune(qint64 nowMs);
    // Blocks until every queued operation has run and every stored event is searchable; for tests and tools.
    void flush();
    // The next `n` write transactions (event batches with their state, putState, quarantine) roll back and report
    // failure to their callbacks and through errorOccurred, as a failing disk would. Applies in order with the calls
    // made before and after it. For tests of the store and of the components that rely on its callbacks.
    void setFailCommitsForTesting(int n);

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
