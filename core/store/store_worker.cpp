#include "store_worker.h"

#include "fts_query.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace sb {
namespace {

const char *const kSchema = R"sql(
CREATE TABLE IF NOT EXISTS events(
  id INTEGER PRIMARY KEY,
  feed TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL,
  time INTEGER, received INTEGER NOT NULL,
  title TEXT, body TEXT, urgency INTEGER, tags TEXT, attrs TEXT, language TEXT, source TEXT,
  UNIQUE(feed, key));
CREATE INDEX IF NOT EXISTS events_received ON events(received);
CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(
  title, body, content='events', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS events_ai AFTER INSERT ON events BEGIN
  INSERT INTO events_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER IF NOT EXISTS events_ad AFTER DELETE ON events BEGIN
  INSERT INTO events_fts(events_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER IF NOT EXISTS events_au AFTER UPDATE ON events BEGIN
  INSERT INTO events_fts(events_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO events_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TABLE IF NOT EXISTS feed_state(feed TEXT NOT NULL, key TEXT NOT NULL, value TEXT, PRIMARY KEY(feed, key));
CREATE TABLE IF NOT EXISTS quarantine(
  id INTEGER PRIMARY KEY, feed TEXT NOT NULL, received INTEGER NOT NULL, raw BLOB, error TEXT);
)sql";

// A changed version of a story replaces the stored one (same feed and key); the update trigger re-indexes it.
const char *const kInsert = R"sql(
INSERT INTO events(feed, kind, key, time, received, title, body, urgency, tags, attrs, language, source)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
ON CONFLICT(feed, key) DO UPDATE SET
  kind = excluded.kind, time = excluded.time, received = excluded.received, title = excluded.title,
  body = excluded.body, urgency = excluded.urgency, tags = excluded.tags, attrs = excluded.attrs,
  language = excluded.language, source = excluded.source
)sql";

const char *const kColumns = "e.feed, e.kind, e.key, e.time, e.received, e.title, e.body, e.urgency, e.tags, "
                             "e.attrs, e.language, e.source";

void bindText(sqlite3_stmt *s, int index, const QByteArray &utf8)
{
    sqlite3_bind_text(s, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void bindText(sqlite3_stmt *s, int index, const QString &text)
{
    bindText(s, index, text.toUtf8());
}

QByteArray columnBytes(sqlite3_stmt *s, int index)
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(s, index));
    return QByteArray(p, sqlite3_column_bytes(s, index));
}

QString columnText(sqlite3_stmt *s, int index)
{
    return QString::fromUtf8(columnBytes(s, index));
}

Event readEvent(sqlite3_stmt *s)
{
    Event e;
    e.feed = columnText(s, 0);
    e.kind = columnText(s, 1);
    e.key = columnText(s, 2);
    e.timeMs = sqlite3_column_int64(s, 3);
    e.receivedMs = sqlite3_column_int64(s, 4);
    e.title = columnBytes(s, 5);
    e.body = columnBytes(s, 6);
    e.urgency = sqlite3_column_type(s, 7) == SQLITE_NULL ? -1 : sqlite3_column_int(s, 7);
    const QString tags = columnText(s, 8);
    if (!tags.isEmpty())
        e.tags = tags.split(QLatin1Char('\n'));
    e.attrs = columnBytes(s, 9);
    e.language = columnText(s, 10);
    e.source = columnText(s, 11);
    return e;
}

} // namespace

StoreWorker::StoreWorker(EventStore *store)
    : m_store(store)
    , m_flushTimer(this) // parented, so the timers move to the store thread with the worker
    , m_pruneTimer(this)
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &StoreWorker::writePending);
    connect(&m_pruneTimer, &QTimer::timeout, this, [this] { prune(QDateTime::currentMSecsSinceEpoch()); });
}

StoreWorker::~StoreWorker()
{
    writePending();
    close();
}

void StoreWorker::close()
{
    sqlite3_finalize(m_insert);
    m_insert = nullptr;
    if (m_db)
        sqlite3_close(m_db);
    m_db = nullptr;
}

void StoreWorker::reportError(const QString &code, const QString &message)
{
    Q_EMIT m_store->errorOccurred(FeedError {
        QStringLiteral("store"), FeedError::Stage::Store, code, message, true, QDateTime::currentMSecsSinceEpoch()});
}

bool StoreWorker::exec(const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        reportError(QStringLiteral("sqlite"), QString::fromUtf8(error ? error : "unknown SQLite error"));
        sqlite3_free(error);
        return false;
    }
    return true;
}

sqlite3_stmt *StoreWorker::prepare(const char *sql)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) != SQLITE_OK) {
        reportError(QStringLiteral("sqlite"), QString::fromUtf8(sqlite3_errmsg(m_db)));
        return nullptr;
    }
    return s;
}

void StoreWorker::open(const StoreOptions &options)
{
    close();
    m_options = options;
    if (m_options.path.isEmpty())
        m_options.path = EventStore::defaultPath();
    QDir().mkpath(QFileInfo(m_options.path).absolutePath());
    if (sqlite3_open_v2(m_options.path.toUtf8().constData(), &m_db,
            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        reportError(QStringLiteral("open"),
            QStringLiteral("cannot open history %1: %2").arg(m_options.path, QString::fromUtf8(sqlite3_errmsg(m_db))));
        close();
        return;
    }
    sqlite3_busy_timeout(m_db, 5000);
    // WAL lets searches read while a batch is written; NORMAL sync is durable across application crashes, which is
    // what a terminal needs (an OS crash may lose the last transaction, never corrupt the file).
    // journal_size_limit: after a checkpoint the WAL file is cut back, or a burst leaves it gigabytes long.
    if (!exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; "
              "PRAGMA journal_size_limit=67108864;")
        || !exec(kSchema)) {
        close();
        return;
    }
    m_insert = prepare(kInsert);
    m_pruneTimer.start(m_options.pruneIntervalMs);
    prune(QDateTime::currentMSecsSinceEpoch());
    Q_EMIT m_store->opened(m_options.path);
}

void StoreWorker::enqueue(const EventBatch &events, std::function<void(bool, QString)> done)
{
    m_pending += events;
    if (done)
        m_waiting.push_back(std::move(done));
    if (m_pending.size() >= 5000)
        writePending();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start(m_options.flushIntervalMs);
}

void StoreWorker::writePending()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty() && m_waiting.empty())
        return;
    const EventBatch batch = std::exchange(m_pending, {});
    auto waiting = std::exchange(m_waiting, {});
    bool ok = m_db && m_insert;
    QString error = ok ? QString() : QStringLiteral("history is not open");
    if (ok && !batch.isEmpty()) {
        ok = exec("BEGIN");
        for (const Event &e : batch) {
            if (!ok)
                break;
            sqlite3_reset(m_insert);
            bindText(m_insert, 1, e.feed);
            bindText(m_insert, 2, e.kind);
            bindText(m_insert, 3, e.key);
            sqlite3_bind_int64(m_insert, 4, e.timeMs);
            sqlite3_bind_int64(m_insert, 5, e.receivedMs);
            bindText(m_insert, 6, e.title);
            bindText(m_insert, 7, e.body);
            if (e.urgency >= 0)
                sqlite3_bind_int(m_insert, 8, e.urgency);
            else
                sqlite3_bind_null(m_insert, 8);
            bindText(m_insert, 9, e.tags.join(QLatin1Char('\n')));
            bindText(m_insert, 10, e.attrs);
            bindText(m_insert, 11, e.language);
            bindText(m_insert, 12, e.source);
            if (sqlite3_step(m_insert) != SQLITE_DONE) {
                ok = false;
                error = QString::fromUtf8(sqlite3_errmsg(m_db));
            }
        }
        if (ok) {
            ok = exec("COMMIT");
        } else {
            exec("ROLLBACK");
            reportError(QStringLiteral("write"),
                QStringLiteral("could not store %1 event(s): %2").arg(batch.size()).arg(error));
        }
        if (ok) {
            Q_EMIT m_store->stored(int(batch.size()));
            for (const Event &e : batch)
                m_bytesSinceSizeCheck += e.title.size() + e.body.size() + e.attrs.size() + 256;
        }
    }
    // The hourly prune alone would let a burst (tens of MB a second) run far past the cap; check the size whenever
    // a twentieth of the cap has been written since the last check.
    if (m_options.maxBytes > 0 && m_bytesSinceSizeCheck > qMax<qint64>(m_options.maxBytes / 20, 256 * 1024)) {
        m_bytesSinceSizeCheck = 0;
        pruneToSize();
    }
    for (auto &done : waiting)
        done(ok, error);
}

void StoreWorker::search(const StoreQuery &query, std::function<void(EventBatch, QString)> done)
{
    writePending();
    if (!m_db) {
        done({}, QStringLiteral("history is not open"));
        return;
    }
    const QString fts = toFts5Query(query.text);
    QByteArray sql = "SELECT ";
    sql += kColumns;
    if (fts.isEmpty())
        sql += " FROM events e WHERE (?2 = '' OR e.feed = ?2) AND e.received >= ?3 ORDER BY e.id DESC LIMIT ?4";
    else
        sql += " FROM events_fts f JOIN events e ON e.id = f.rowid WHERE events_fts MATCH ?1"
               " AND (?2 = '' OR e.feed = ?2) AND e.received >= ?3 ORDER BY f.rowid DESC LIMIT ?4";
    sqlite3_stmt *s = prepare(sql.constData());
    if (!s) {
        done({}, QString::fromUtf8(sqlite3_errmsg(m_db)));
        return;
    }
    if (!fts.isEmpty())
        bindText(s, 1, fts);
    bindText(s, 2, query.feed);
    sqlite3_bind_int64(s, 3, query.sinceMs);
    sqlite3_bind_int(s, 4, query.limit);
    EventBatch out;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        out.append(readEvent(s));
    const QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_finalize(s);
    done(out, error);
}

void StoreWorker::putState(
    const QString &feed, const QString &key, const QString &value, std::function<void(bool)> done)
{
    writePending();
    bool ok = false;
    if (sqlite3_stmt *s
        = m_db ? prepare("INSERT OR REPLACE INTO feed_state(feed, key, value) VALUES (?1, ?2, ?3)") : nullptr) {
        bindText(s, 1, feed);
        bindText(s, 2, key);
        bindText(s, 3, value);
        ok = sqlite3_step(s) == SQLITE_DONE;
        sqlite3_finalize(s);
    }
    if (done)
        done(ok);
}

QString StoreWorker::getState(const QString &feed, const QString &key)
{
    QString value;
    if (sqlite3_stmt *s = m_db ? prepare("SELECT value FROM feed_state WHERE feed = ?1 AND key = ?2") : nullptr) {
        bindText(s, 1, feed);
        bindText(s, 2, key);
        if (sqlite3_step(s) == SQLITE_ROW)
            value = columnText(s, 0);
        sqlite3_finalize(s);
    }
    return value;
}

bool StoreWorker::quarantine(const QString &feed, const QByteArray &raw, const QString &error)
{
    bool ok = false;
    if (sqlite3_stmt *s
        = m_db ? prepare("INSERT INTO quarantine(feed, received, raw, error) VALUES (?1, ?2, ?3, ?4)") : nullptr) {
        bindText(s, 1, feed);
        sqlite3_bind_int64(s, 2, QDateTime::currentMSecsSinceEpoch());
        sqlite3_bind_blob(s, 3, raw.constData(), int(raw.size()), SQLITE_TRANSIENT);
        bindText(s, 4, error);
        ok = sqlite3_step(s) == SQLITE_DONE;
        sqlite3_finalize(s);
    }
    return ok;
}

qint64 StoreWorker::count()
{
    qint64 n = 0;
    if (sqlite3_stmt *s = m_db ? prepare("SELECT count(*) FROM events") : nullptr) {
        if (sqlite3_step(s) == SQLITE_ROW)
            n = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    return n;
}

void StoreWorker::prune(qint64 nowMs)
{
    if (!m_db)
        return;
    writePending();
    if (m_options.retentionDays > 0) {
        if (sqlite3_stmt *s = prepare("DELETE FROM events WHERE received < ?1")) {
            sqlite3_bind_int64(s, 1, nowMs - qint64(m_options.retentionDays) * 86400000LL);
            sqlite3_step(s);
            sqlite3_finalize(s);
        }
    }
    pruneToSize();
}

void StoreWorker::pruneToSize()
{
    if (!m_db)
        return;
    // Over the size cap, drop the oldest tenth at a time; freed pages are reused by later writes.
    for (int round = 0; round < 20 && m_options.maxBytes > 0; ++round) {
        qint64 pages = 0, pageSize = 0, freePages = 0;
        if (sqlite3_stmt *s = prepare("SELECT page_count, page_size, freelist_count FROM pragma_page_count, "
                                      "pragma_page_size, pragma_freelist_count")) {
            if (sqlite3_step(s) == SQLITE_ROW) {
                pages = sqlite3_column_int64(s, 0);
                pageSize = sqlite3_column_int64(s, 1);
                freePages = sqlite3_column_int64(s, 2);
            }
            sqlite3_finalize(s);
        }
        if ((pages - freePages) * pageSize <= m_options.maxBytes)
            break;
        if (!exec("DELETE FROM events WHERE id IN (SELECT id FROM events ORDER BY id LIMIT "
                  "(SELECT max(1, count(*) / 10) FROM events))"))
            break;
    }
}

} // namespace sb
