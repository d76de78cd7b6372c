#pragma once

#include "event_store.h"

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
    void enqueue(const EventBatch &events, std::function<void(bool, QString)> done);
    void search(const StoreQuery &query, std::function<void(EventBatch, QString)> done);
    void putState(const QString &feed, const QString &key, const QString &value, std::function<void(bool)> done);
    QString getState(const QString &feed, const QString &key);
    bool quarantine(const QString &feed, const QByteArray &raw, const QString &error);
    qint64 count();
    void prune(qint64 nowMs);
    // Drops the oldest events while the database is over its size cap.
    void pruneToSize();
    void writePending();

private:
    bool exec(const char *sql);
    sqlite3_stmt *prepare(const char *sql);
    void reportError(const QString &code, const QString &message);
    void close();

    EventStore *m_store;
    StoreOptions m_options;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    QTimer m_flushTimer;
    QTimer m_pruneTimer;
    EventBatch m_pending;
    qint64 m_bytesSinceSizeCheck = 0;
    std::vector<std::function<void(bool, QString)>> m_waiting;
};

} // namespace sb
