#pragma once

#include "event_store.h"
#include "search_index.h"

#include <QElapsedTimer>
#include <QTimer>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sb {

// The SQLite side of EventStore; lives on the store thread and is only called there.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    explicit StoreWorker(EventStore *store);
    ~StoreWorker() override;

    void open(const StoreOptions &options);
    // `durable`: someone acknowledges upstream once this is stored, so its transaction is synced at commit.
    void enqueue(const EventBatch &events, const QList<StateUpdate> &state, bool durable,
        std::function<void(bool, QString)> done);
    void search(const StoreQuery &query, std::function<void(EventBatch, QString)> done);
    void putState(const QString &feed, const QString &key, const QString &value, std::function<void(bool)> done);
    QString getState(const QString &feed, const QString &key);
    bool quarantine(const QString &feed, const QByteArray &raw, const QString &error, bool durable);
    QuarantinedMessageList quarantined(const QString &feed, int limit);
    qint64 count();
    void prune(qint64 nowMs);
    // Drops quarantined messages over their budget, then the oldest events while the database is over its size cap.
    void pruneToSize();
    void writePending();
    // Makes every stored event searchable now: what search() and flush() wait for.
    void catchUpIndex();
    void setFailCommitsForTesting(int n) { m_failTransactions = n; }
    bool saveAlarm(const AlarmRecord &alarm, bool durable);
    AlarmRecordList alarms(bool openOnly, QString *error);

private:
    bool exec(const char *sql);
    sqlite3_stmt *prepare(const char *sql);
    void reportError(const QString &code, const QString &message);
    // Creates the database file 0600 in a private directory, so SQLite's journals are private too.
    static bool prepareDatabaseFile(const QString &path, QString *error);
    void close();
    // Brings a history of an earlier version up to this one's tables and columns, keeping its rows readable.
    bool upgradeSchema();
    // Runs `body` in one transaction with the sync level `durable` asks for; on failure nothing of it stays.
    // `injectable`: counted by setFailCommitsForTesting (the store's own index upkeep is not).
    bool transaction(bool durable, const std::function<bool(QString &)> &body, QString &error, bool injectable = true);
    // Indexes one chunk of the rows stored since the last, and schedules the next while some are left.
    void indexSlice();
    // Indexes one chunk in its own transaction: how many rows, or -1 after reporting the failure.
    int indexChunk();
    void scheduleIndexing(int delayMs);
    void afterDelete();
    bool setFullSync(bool full);
    bool insertEvents(const EventBatch &batch, QString &error);
    bool writeState(const QList<StateUpdate> &state, QString &error);
    void noteWritten(qint64 bytes);
    qint64 queryInt(const char *sql, qint64 fallback = 0);
    qint64 usedBytes();
    void pruneQuarantine(qint64 nowMs);
    qint64 protectedFromId();

    EventStore *m_store;
    StoreOptions m_options;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    QTimer m_flushTimer;
    QTimer m_pruneTimer;
    QTimer m_indexTimer;
    QElapsedTimer m_sinceWrite; // since the last events were written
    SearchIndex m_index;
    EventBatch m_pending;
    QList<StateUpdate> m_pendingState;
    bool m_pendingDurable = false;
    bool m_fullSync = false;
    bool m_floorReported = false;
    int m_failTransactions = 0;
    qint64 m_lastBatchSize = 0;
    qint64 m_bytesSinceSizeCheck = 0;
    qint64 m_unreclaimed = 0; // bytes of pruned events the index has not given back yet (see pruneToSize)
    std::vector<std::function<void(bool, QString)>> m_waiting;
};

} // namespace sb
