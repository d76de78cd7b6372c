#include "store_worker.h"

#include "fts_query.h"
#include "private_file.h"
#include "query/column_tags.h"
#include "query/query.h"
#include "query/query_input.h"
#include "stored_text.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cmath>

#include <sqlite3.h>

namespace sb {
namespace {

const char *const kSchema = R"sql(
CREATE TABLE IF NOT EXISTS events(
  id INTEGER PRIMARY KEY,
  feed TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL,
  time INTEGER, received INTEGER NOT NULL,
  title TEXT, body TEXT, urgency INTEGER, tags TEXT, attrs TEXT, language TEXT, source TEXT, rules TEXT,
  UNIQUE(feed, key));
CREATE INDEX IF NOT EXISTS events_received ON events(received);
CREATE TABLE IF NOT EXISTS feed_state(feed TEXT NOT NULL, key TEXT NOT NULL, value TEXT, PRIMARY KEY(feed, key));
CREATE TABLE IF NOT EXISTS quarantine(
  id INTEGER PRIMARY KEY, feed TEXT NOT NULL, received INTEGER NOT NULL, raw BLOB, error TEXT);
CREATE TABLE IF NOT EXISTS alarms(
  feed TEXT NOT NULL, key TEXT NOT NULL, rule TEXT NOT NULL, title TEXT, state TEXT NOT NULL,
  raised INTEGER NOT NULL, snoozed_until INTEGER NOT NULL DEFAULT 0, repeat_sec INTEGER NOT NULL DEFAULT 0,
  escalate_after_sec INTEGER NOT NULL DEFAULT 0, escalated INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(feed, key));
CREATE TABLE IF NOT EXISTS alarm_transitions(
  feed TEXT NOT NULL, key TEXT NOT NULL, seq INTEGER NOT NULL, state TEXT NOT NULL, who TEXT, at INTEGER NOT NULL,
  note TEXT, PRIMARY KEY(feed, key, seq));
)sql";

// Alarms are not events: pruning the history by age or size leaves them (and their transitions) alone.
const char *const kSaveAlarm = R"sql(
INSERT INTO alarms(feed, key, rule, title, state, raised, snoozed_until, repeat_sec, escalate_after_sec, escalated)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
ON CONFLICT(feed, key) DO UPDATE SET
  rule = excluded.rule, title = excluded.title, state = excluded.state, snoozed_until = excluded.snoozed_until,
  repeat_sec = excluded.repeat_sec, escalate_after_sec = excluded.escalate_after_sec, escalated = excluded.escalated
)sql";

// A changed version of a story replaces the stored one (same feed and key); SearchIndex re-indexes it.
const char *const kInsert = R"sql(
INSERT INTO events(feed, kind, key, time, received, title, body, urgency, tags, attrs, language, source, rules)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
ON CONFLICT(feed, key) DO UPDATE SET
  kind = excluded.kind, time = excluded.time, received = excluded.received, title = excluded.title,
  body = excluded.body, urgency = excluded.urgency, tags = excluded.tags, attrs = excluded.attrs,
  language = excluded.language, source = excluded.source, rules = excluded.rules
)sql";

// Rows are indexed for search this long after they are stored, in chunks of at most this many: a burst is indexed
// in a few large transactions instead of one per commit, off the path that acknowledges, and a chunk is small
// enough (a few MB of text) that a commit arriving meanwhile waits little for it.
constexpr int kIndexDelayMs = 250;
constexpr int kIndexChunk = 1024;

const char *const kColumns = "e.feed, e.kind, e.key, e.time, e.received, e.title, e.body, e.urgency, e.tags, "
                             "e.attrs, e.language, e.source, e.rules";

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
    e.body = StoredText::column(s, 6);
    e.urgency = sqlite3_column_type(s, 7) == SQLITE_NULL ? -1 : sqlite3_column_int(s, 7);
    const QString tags = columnText(s, 8);
    if (!tags.isEmpty())
        e.tags = tags.split(QLatin1Char('\n'));
    e.attrs = StoredText::column(s, 9);
    e.language = columnText(s, 10);
    e.source = columnText(s, 11);
    const QString rules = columnText(s, 12);
    if (!rules.isEmpty())
        e.rules = rules.split(QLatin1Char('\n'));
    return e;
}

} // namespace

StoreWorker::StoreWorker(EventStore *store)
    : m_store(store)
    , m_flushTimer(this) // parented, so the timers move to the store thread with the worker
    , m_pruneTimer(this)
    , m_indexTimer(this)
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &StoreWorker::writePending);
    connect(&m_pruneTimer, &QTimer::timeout, this, [this] { prune(QDateTime::currentMSecsSinceEpoch()); });
    m_indexTimer.setSingleShot(true);
    connect(&m_indexTimer, &QTimer::timeout, this, &StoreWorker::indexSlice);
}

StoreWorker::~StoreWorker()
{
    writePending();
    close();
}

void StoreWorker::close()
{
    m_indexTimer.stop();
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

bool StoreWorker::prepareDatabaseFile(const QString &path, QString *error)
{
    if (path == QLatin1String(":memory:"))
        return true;
    if (!PrivateFile::ensureDirectory(QFileInfo(path).absolutePath(), error))
        return false;
    // SQLite creates a database 0644 less the umask (SQLITE_DEFAULT_FILE_PERMISSIONS is fixed when the library is
    // built, and Debian's is the default), but gives its -wal and -shm files the mode of the database file. So the
    // database is created here, empty and 0600, before SQLite opens it (an empty file is a new database to SQLite),
    // and the journals follow. Files of an older version are tightened.
    if (!QFileInfo::exists(path)) {
        QFile file(path); // its directory is ensured above
        if (!PrivateFile::open(file, QIODevice::WriteOnly | QIODevice::NewOnly, error))
            return false;
        file.close();
        return true;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!PrivateFile::restrictToOwner(path + suffix, error))
            return false;
    }
    return true;
}

void StoreWorker::open(const StoreOptions &options)
{
    writePending(); // what was queued for the previous file belongs in it
    close();
    m_options = options;
    m_fullSync = false;
    m_floorReported = false;
    m_unreclaimed = 0;
    if (m_options.path.isEmpty())
        m_options.path = EventStore::defaultPath();
    QString problem;
    if (!prepareDatabaseFile(m_options.path, &problem)) {
        reportError(QStringLiteral("open"), QStringLiteral("cannot open history %1: %2").arg(m_options.path, problem));
        return;
    }
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
    // enough for append() batches (an OS crash or power cut may lose the last transactions, never corrupt the file).
    // Transactions somebody acknowledges upstream switch to FULL for their commit (see transaction()).
    // journal_size_limit: after a checkpoint the WAL file is cut back, or a burst leaves it gigabytes long.
    // cache_size 64 MiB: with the default 2 MiB the search index's b-trees are read back from the page cache by pread
    // on every slice (store_ingest: +4-10 % events per CPU second with the larger cache).
    if (!exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; "
              "PRAGMA journal_size_limit=67108864; PRAGMA cache_size=-65536;")
        || !exec(kSchema) || !upgradeSchema()) {
        close();
        return;
    }
    QString why;
    if (!StoredText::registerSqlFunction(m_db) || !m_index.prepare(m_db, why)) {
        reportError(QStringLiteral("open"),
            QStringLiteral("cannot prepare the search index of %1: %2")
                .arg(m_options.path, why.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_db)) : why));
        close();
        return;
    }
    if (m_options.maxPageCount > 0) {
        const QByteArray sql = "PRAGMA max_page_count=" + QByteArray::number(m_options.maxPageCount);
        if (!exec(sql.constData())) {
            close();
            return;
        }
    }
    m_insert = prepare(kInsert);
    m_pruneTimer.start(m_options.pruneIntervalMs);
    prune(QDateTime::currentMSecsSinceEpoch());
    scheduleIndexing(0); // what an earlier run stored and did not index, or a whole older history
    Q_EMIT m_store->opened(m_options.path);
}

void StoreWorker::enqueue(
    const EventBatch &events, const QList<StateUpdate> &state, bool durable, std::function<void(bool, QString)> done)
{
    m_pending += events;
    m_pendingState += state;
    m_pendingDurable = m_pendingDurable || durable;
    if (done)
        m_waiting.push_back(std::move(done));
    if (m_pending.size() >= 5000)
        writePending();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start(m_options.flushIntervalMs);
}

bool StoreWorker::upgradeSchema()
{
    // A history of an earlier version has no rules column; its rows read back with no rules.
    if (sqlite3_stmt *probe = [this] {
            sqlite3_stmt *s = nullptr;
            return sqlite3_prepare_v2(m_db, "SELECT rules FROM events LIMIT 0", -1, &s, nullptr) == SQLITE_OK ? s
                                                                                                              : nullptr;
        }()) {
        sqlite3_finalize(probe);
        return true;
    }
    return exec("ALTER TABLE events ADD COLUMN rules TEXT");
}

bool StoreWorker::saveAlarm(const AlarmRecord &alarm, bool durable)
{
    writePending(); // the event an alarm names is stored before the alarm
    QString why;
    const bool ok = transaction(
        durable,
        [&](QString &failure) {
            sqlite3_stmt *s = prepare(kSaveAlarm);
            if (!s) {
                failure = QString::fromUtf8(sqlite3_errmsg(m_db));
                return false;
            }
            bindText(s, 1, alarm.feed);
            bindText(s, 2, alarm.key);
            bindText(s, 3, alarm.rule);
            bindText(s, 4, alarm.title);
            bindText(s, 5, alarm.state);
            sqlite3_bind_int64(s, 6, alarm.raisedMs);
            sqlite3_bind_int64(s, 7, alarm.snoozedUntilMs);
            sqlite3_bind_int(s, 8, alarm.repeatSec);
            sqlite3_bind_int(s, 9, alarm.escalateAfterSec);
            sqlite3_bind_int(s, 10, alarm.escalated ? 1 : 0);
            bool done = sqlite3_step(s) == SQLITE_DONE;
            sqlite3_finalize(s);
            // Transitions only ever grow: the ones already stored are kept as they are.
            sqlite3_stmt *t = done ? prepare("INSERT OR IGNORE INTO alarm_transitions(feed, key, seq, state, who, at, "
                                             "note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                                   : nullptr;
            done = done && t;
            for (int i = 0; done && i < alarm.transitions.size(); ++i) {
                const AlarmTransition &step = alarm.transitions.at(i);
                sqlite3_reset(t);
                bindText(t, 1, alarm.feed);
                bindText(t, 2, alarm.key);
                sqlite3_bind_int(t, 3, i);
                bindText(t, 4, step.state);
                bindText(t, 5, step.who);
                sqlite3_bind_int64(t, 6, step.atMs);
                bindText(t, 7, step.note);
                done = sqlite3_step(t) == SQLITE_DONE;
            }
            sqlite3_finalize(t);
            if (!done)
                failure = QString::fromUtf8(sqlite3_errmsg(m_db));
            return done;
        },
        why);
    if (!ok && m_db)
        reportError(QStringLiteral("alarm"),
            QStringLiteral("could not store the alarm of %1 %2: %3").arg(alarm.feed, alarm.key, why));
    return ok;
}

AlarmRecordList StoreWorker::alarms(bool openOnly, QString *error)
{
    AlarmRecordList out;
    if (!m_db) {
        *error = QStringLiteral("history is not open");
        return out;
    }
    writePending();
    sqlite3_stmt *s = prepare("SELECT feed, key, rule, title, state, raised, snoozed_until, repeat_sec, "
                              "escalate_after_sec, escalated FROM alarms WHERE ?1 = 0 OR state <> 'closed' "
                              "ORDER BY raised, feed, key");
    sqlite3_stmt *t = prepare("SELECT state, who, at, note FROM alarm_transitions WHERE feed = ?1 AND key = ?2 "
                              "ORDER BY seq");
    if (!s || !t) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(s);
        sqlite3_finalize(t);
        return out;
    }
    sqlite3_bind_int(s, 1, openOnly ? 1 : 0);
    while (sqlite3_step(s) == SQLITE_ROW) {
        AlarmRecord a;
        a.feed = columnText(s, 0);
        a.key = columnText(s, 1);
        a.rule = columnText(s, 2);
        a.title = columnText(s, 3);
        a.state = columnText(s, 4);
        a.raisedMs = sqlite3_column_int64(s, 5);
        a.snoozedUntilMs = sqlite3_column_int64(s, 6);
        a.repeatSec = sqlite3_column_int(s, 7);
        a.escalateAfterSec = sqlite3_column_int(s, 8);
        a.escalated = sqlite3_column_int(s, 9) != 0;
        sqlite3_reset(t);
        bindText(t, 1, a.feed);
        bindText(t, 2, a.key);
        while (sqlite3_step(t) == SQLITE_ROW)
            a.transitions.append(
                AlarmTransition {columnText(t, 0), columnText(t, 1), sqlite3_column_int64(t, 2), columnText(t, 3)});
        out.append(a);
    }
    sqlite3_finalize(s);
    sqlite3_finalize(t);
    return out;
}

bool StoreWorker::setFullSync(bool full)
{
    // The level is per connection and cannot change inside a transaction; switching only when it differs keeps the
    // steady stream of append() batches free of extra statements.
    if (full == m_fullSync)
        return true;
    if (!exec(full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL"))
        return false;
    m_fullSync = full;
    return true;
}

bool StoreWorker::transaction(bool durable, const std::function<bool(QString &)> &body, QString &error, bool injectable)
{
    if (!m_db || !m_insert) {
        error = QStringLiteral("history is not open");
        return false;
    }
    // Under NORMAL a WAL commit is not on disk yet; an SQS delete after it could lose the message to a power cut.
    if (!setFullSync(durable) && durable) {
        error = QStringLiteral("cannot make the commit durable: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return false;
    }
    if (sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    bool ok = body(error);
    if (ok && injectable && m_failTransactions > 0) {
        --m_failTransactions;
        ok = false;
        error = QStringLiteral("injected failure (setFailCommitsForTesting)");
    }
    if (ok && sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        ok = false;
        error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    // SQLite may already have rolled back by itself (SQLITE_FULL, SQLITE_IOERR); a failed COMMIT leaves it open.
    if (!ok && !sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    return ok;
}

bool StoreWorker::insertEvents(const EventBatch &batch, QString &error)
{
    for (const Event &e : batch) {
        sqlite3_reset(m_insert);
        bindText(m_insert, 1, e.feed);
        bindText(m_insert, 2, e.kind);
        bindText(m_insert, 3, e.key);
        sqlite3_bind_int64(m_insert, 4, e.timeMs);
        sqlite3_bind_int64(m_insert, 5, e.receivedMs);
        bindText(m_insert, 6, e.title);
        StoredText::bind(m_insert, 7, e.body);
        if (e.urgency >= 0)
            sqlite3_bind_int(m_insert, 8, e.urgency);
        else
            sqlite3_bind_null(m_insert, 8);
        bindText(m_insert, 9, e.tags.join(QLatin1Char('\n')));
        StoredText::bind(m_insert, 10, e.attrs);
        bindText(m_insert, 11, e.language);
        bindText(m_insert, 12, e.source);
        if (e.rules.isEmpty())
            sqlite3_bind_null(m_insert, 13);
        else
            bindText(m_insert, 13, e.rules.join(QLatin1Char('\n')));
        if (sqlite3_step(m_insert) != SQLITE_DONE) {
            error = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_reset(m_insert);
            return false;
        }
    }
    sqlite3_reset(m_insert); // a statement left mid-step would hold the write transaction's locks
    return true;
}

bool StoreWorker::writeState(const QList<StateUpdate> &state, QString &error)
{
    if (state.isEmpty())
        return true;
    sqlite3_stmt *s = prepare("INSERT OR REPLACE INTO feed_state(feed, key, value) VALUES (?1, ?2, ?3)");
    if (!s) {
        error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    bool ok = true;
    for (const StateUpdate &u : state) {
        sqlite3_reset(s);
        bindText(s, 1, u.feed);
        bindText(s, 2, u.key);
        bindText(s, 3, u.value);
        if (sqlite3_step(s) != SQLITE_DONE) {
            error = QString::fromUtf8(sqlite3_errmsg(m_db));
            ok = false;
            break;
        }
    }
    sqlite3_finalize(s);
    return ok;
}

void StoreWorker::noteWritten(qint64 bytes)
{
    m_bytesSinceSizeCheck += bytes;
    // The hourly prune alone would let a burst (tens of MB a second) run far past the cap; check the size whenever
    // a twentieth of the cap has been written since the last check.
    if (m_options.maxBytes > 0 && m_bytesSinceSizeCheck > qMax<qint64>(m_options.maxBytes / 20, 256 * 1024)) {
        m_bytesSinceSizeCheck = 0;
        pruneToSize();
    }
}

void StoreWorker::writePending()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty() && m_pendingState.isEmpty() && m_waiting.empty())
        return;
    const EventBatch batch = std::exchange(m_pending, {});
    const QList<StateUpdate> state = std::exchange(m_pendingState, {});
    const bool durable = std::exchange(m_pendingDurable, false);
    auto waiting = std::exchange(m_waiting, {});
    bool ok = m_db && m_insert;
    QString error = ok ? QString() : QStringLiteral("history is not open");
    if (!batch.isEmpty() || !state.isEmpty()) {
        ok = transaction(
            durable, [&](QString &why) { return insertEvents(batch, why) && writeState(state, why); }, error);
        if (ok) {
            m_lastBatchSize = batch.size();
            if (!batch.isEmpty()) {
                m_sinceWrite.start();
                Q_EMIT m_store->stored(int(batch.size()));
                scheduleIndexing(kIndexDelayMs);
            }
            qint64 bytes = 0;
            for (const Event &e : batch)
                bytes += e.title.size() + e.body.size() + e.attrs.size() + 256;
            noteWritten(bytes);
        } else if (m_db) { // a history that never opened was reported once, not with every batch
            reportError(QStringLiteral("write"),
                QStringLiteral("could not store %1 event(s) and %2 state value(s): %3")
                    .arg(batch.size())
                    .arg(state.size())
                    .arg(error));
        }
    }
    for (auto &done : waiting)
        done(ok, error);
}

void StoreWorker::scheduleIndexing(int delayMs)
{
    if (m_db && !m_indexTimer.isActive())
        m_indexTimer.start(delayMs);
}

void StoreWorker::indexSlice()
{
    if (!m_db)
        return;
    // Rows waiting to be stored (and their acknowledgements) go first: the index only makes them searchable.
    writePending();
    QElapsedTimer took;
    took.start();
    const int indexed = indexChunk();
    // The rest in slices of their own, so commits queued meanwhile are not held behind the whole backlog. While
    // events are still arriving (a write within the last second) the index takes at most half the store thread:
    // the next slice waits as long as this one took.
    if (indexed > 0)
        m_indexTimer.start(
            m_sinceWrite.isValid() && m_sinceWrite.elapsed() < 1000 ? int(qMin<qint64>(took.elapsed(), 2000)) : 0);
}

void StoreWorker::catchUpIndex()
{
    writePending();
    if (!m_db)
        return;
    m_indexTimer.stop();
    while (indexChunk() > 0) { }
}

int StoreWorker::indexChunk()
{
    int indexed = 0;
    QString error;
    const bool ok = transaction(
        false,
        [&](QString &why) {
            indexed = m_index.indexNext(kIndexChunk, why);
            return indexed >= 0;
        },
        error, false);
    if (ok)
        return indexed;
    // Rows stay stored and are indexed by the next slice; a search catches up first.
    reportError(QStringLiteral("index"), QStringLiteral("could not index stored events for search: %1").arg(error));
    return -1;
}

void StoreWorker::afterDelete()
{
    QString error;
    if (!m_index.lowerMarkToNewestRow(error))
        reportError(QStringLiteral("index"), QStringLiteral("could not update the search index: %1").arg(error));
}

void StoreWorker::search(const StoreQuery &query, std::function<void(EventBatch, QString)> done)
{
    catchUpIndex(); // a search sees every event stored before it was asked
    if (!m_db) {
        done({}, QStringLiteral("history is not open"));
        return;
    }
    query::QueryError parseError;
    const std::optional<query::Query> q
        = query::Query::parse(query.text, &parseError, query::Query::Option::BareWordsMatchTagValues);
    if (!q) {
        done({}, parseError.text());
        return;
    }
    // SQLite narrows (the index and SQL), Query::matches decides on the few columns it reads, and only the rows it
    // keeps are read whole (their body and attrs inflated). With no LIMIT to guide it, the planner could walk events
    // and probe the index once a row; CROSS JOIN keeps the index outside, delivering its rows newest first.
    const FtsPrefilter narrow = ftsPrefilter(*q);
    // History extends the language in one way: a word matches the body as well as the title (a filter box sees
    // only headlines; a search of the past is for what the stories said). Bodies are inflated for candidates only.
    bool words = false;
    for (const query::Query::Term &t : q->terms())
        words = words || t.field == query::Query::Term::Field::Word;
    QByteArray sql = "SELECT e.id, e.feed, e.kind, e.title, e.urgency, e.tags, e.language, e.source";
    if (words)
        sql += ", sb_text(e.body)";
    if (narrow.match.isEmpty())
        sql += " FROM events e WHERE (?2 = '' OR e.feed = ?2) AND e.received >= ?3";
    else
        sql += " FROM events_fts f CROSS JOIN events e ON e.id = f.rowid WHERE events_fts MATCH ?1"
               " AND (?2 = '' OR e.feed = ?2) AND e.received >= ?3";
    if (!narrow.condition.isEmpty())
        sql += " AND " + narrow.condition;
    sql += narrow.match.isEmpty() ? " ORDER BY e.id DESC" : " ORDER BY f.rowid DESC";
    sqlite3_stmt *s = prepare(sql.constData());
    if (!s) {
        done({}, QString::fromUtf8(sqlite3_errmsg(m_db)));
        return;
    }
    if (!narrow.match.isEmpty())
        bindText(s, 1, narrow.match);
    bindText(s, 2, query.feed);
    sqlite3_bind_int64(s, 3, query.sinceMs);
    QVector<qint64> ids;
    query::QueryInput input;
    Event candidate;
    int rc = SQLITE_DONE;
    while (ids.size() < query.limit && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (!q->isEmpty()) {
            candidate.feed = columnText(s, 1);
            candidate.kind = columnText(s, 2);
            candidate.title = columnBytes(s, 3);
            if (words)
                candidate.title += '\n' + columnBytes(s, 8);
            candidate.urgency = sqlite3_column_type(s, 4) == SQLITE_NULL ? -1 : sqlite3_column_int(s, 4);
            const QString tags = columnText(s, 5);
            candidate.tags = tags.isEmpty() ? QStringList() : tags.split(QLatin1Char('\n'));
            candidate.language = columnText(s, 6);
            candidate.source = columnText(s, 7);
            input.reset(candidate);
            query::addColumnTags(candidate, input);
            if (!q->matches(input))
                continue;
        }
        ids.append(sqlite3_column_int64(s, 0));
    }
    if (ids.size() == query.limit)
        rc = SQLITE_DONE;
    QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_finalize(s);
    EventBatch out;
    QByteArray whole = "SELECT ";
    whole += kColumns;
    whole += " FROM events e WHERE e.id = ?1";
    if (sqlite3_stmt *row = error.isEmpty() ? prepare(whole.constData()) : nullptr) {
        for (qint64 id : std::as_const(ids)) {
            sqlite3_bind_int64(row, 1, id);
            if (sqlite3_step(row) == SQLITE_ROW)
                out.append(readEvent(row));
            sqlite3_reset(row);
        }
        sqlite3_finalize(row);
    }
    done(out, error);
}

void StoreWorker::putState(
    const QString &feed, const QString &key, const QString &value, std::function<void(bool)> done)
{
    writePending();
    QString error;
    const bool ok = transaction(
        bool(done),
        [&](QString &why) {
            return writeState({StateUpdate {feed, key, value}}, why);
        },
        error);
    if (!ok && m_db)
        reportError(QStringLiteral("state"), QStringLiteral("could not store %1 of %2: %3").arg(key, feed, error));
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

bool StoreWorker::quarantine(const QString &feed, const QByteArray &raw, const QString &error, bool durable)
{
    QString why;
    const bool ok = transaction(
        durable,
        [&](QString &failure) {
            sqlite3_stmt *s = prepare("INSERT INTO quarantine(feed, received, raw, error) VALUES (?1, ?2, ?3, ?4)");
            if (!s) {
                failure = QString::fromUtf8(sqlite3_errmsg(m_db));
                return false;
            }
            bindText(s, 1, feed);
            sqlite3_bind_int64(s, 2, QDateTime::currentMSecsSinceEpoch());
            sqlite3_bind_blob(s, 3, raw.constData(), int(raw.size()), SQLITE_TRANSIENT);
            bindText(s, 4, error);
            const bool done = sqlite3_step(s) == SQLITE_DONE;
            if (!done)
                failure = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_finalize(s);
            return done;
        },
        why);
    if (!ok) {
        if (m_db)
            reportError(QStringLiteral("quarantine"),
                QStringLiteral("could not quarantine a %1 message of %2 bytes: %3").arg(feed).arg(raw.size()).arg(why));
        return false;
    }
    pruneQuarantine(0);
    noteWritten(raw.size() + error.size() + 256);
    return true;
}

QuarantinedMessageList StoreWorker::quarantined(const QString &feed, int limit)
{
    QuarantinedMessageList out;
    sqlite3_stmt *s = m_db ? prepare("SELECT id, feed, received, raw, error FROM quarantine WHERE ?1 = '' OR feed = ?1 "
                                     "ORDER BY id DESC LIMIT ?2")
                           : nullptr;
    if (!s)
        return out;
    bindText(s, 1, feed);
    sqlite3_bind_int(s, 2, qMax(0, limit));
    while (sqlite3_step(s) == SQLITE_ROW) {
        QuarantinedMessage m;
        m.id = sqlite3_column_int64(s, 0);
        m.feed = columnText(s, 1);
        m.receivedMs = sqlite3_column_int64(s, 2);
        m.raw = columnBytes(s, 3); // as bound: a blob, not text, so bytes that are not UTF-8 come back unchanged
        m.error = columnText(s, 4);
        out.append(m);
    }
    sqlite3_finalize(s);
    return out;
}

qint64 StoreWorker::queryInt(const char *sql, qint64 fallback)
{
    qint64 n = fallback;
    if (sqlite3_stmt *s = m_db ? prepare(sql) : nullptr) {
        if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL)
            n = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    return n;
}

qint64 StoreWorker::count()
{
    return queryInt("SELECT count(*) FROM events");
}

qint64 StoreWorker::usedBytes()
{
    return queryInt("SELECT (page_count - freelist_count) * page_size FROM pragma_page_count, pragma_page_size, "
                    "pragma_freelist_count");
}

void StoreWorker::prune(qint64 nowMs)
{
    if (!m_db)
        return;
    writePending();
    pruneQuarantine(nowMs);
    if (m_options.retentionDays > 0) {
        if (sqlite3_stmt *s = prepare("DELETE FROM events WHERE received < ?1")) {
            sqlite3_bind_int64(s, 1, nowMs - qint64(m_options.retentionDays) * 86400000LL);
            sqlite3_step(s);
            sqlite3_finalize(s);
            afterDelete();
        }
    }
    pruneToSize();
}

void StoreWorker::pruneQuarantine(qint64 nowMs)
{
    if (!m_db)
        return;
    if (nowMs > 0 && m_options.quarantineRetentionDays > 0) {
        if (sqlite3_stmt *s = prepare("DELETE FROM quarantine WHERE received < ?1")) {
            sqlite3_bind_int64(s, 1, nowMs - qint64(m_options.quarantineRetentionDays) * 86400000LL);
            sqlite3_step(s);
            sqlite3_finalize(s);
        }
    }
    if (m_options.quarantineMaxBytes <= 0)
        return;
    // Keeps the newest messages that fit the budget, and always the newest one: it may be the evidence for a message
    // that is being deleted upstream right now. length() of a blob does not read its overflow pages.
    if (sqlite3_stmt *s = prepare("DELETE FROM quarantine WHERE id IN (SELECT id FROM (SELECT id, "
                                  "sum(length(raw) + length(error) + 64) OVER (ORDER BY id DESC) AS newer "
                                  "FROM quarantine) WHERE newer > ?1) AND id < (SELECT max(id) FROM quarantine)")) {
        sqlite3_bind_int64(s, 1, m_options.quarantineMaxBytes);
        sqlite3_step(s);
        sqlite3_finalize(s);
    }
}

qint64 StoreWorker::protectedFromId()
{
    // The newest keepNewestEvents events (at least the last written batch) stay, as long as their content fits the
    // cap; content only, as the index share is not known per row.
    const qint64 keep = qMax<qint64>(qMax(m_options.keepNewestEvents, 1), m_lastBatchSize);
    qint64 from = queryInt("SELECT max(id) FROM events", 0);
    if (sqlite3_stmt *s = prepare("SELECT min(id) FROM (SELECT id, sum(size) OVER (ORDER BY id DESC) AS newer FROM "
                                  "(SELECT id, length(CAST(title AS BLOB)) + length(CAST(body AS BLOB)) + "
                                  "length(CAST(attrs AS BLOB)) + 256 AS size FROM events ORDER BY id DESC LIMIT ?1)) "
                                  "WHERE newer <= ?2")) {
        sqlite3_bind_int64(s, 1, keep);
        sqlite3_bind_int64(s, 2, m_options.maxBytes);
        if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL)
            from = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    return from;
}

void StoreWorker::pruneToSize()
{
    if (!m_db || m_options.maxBytes <= 0)
        return;
    pruneQuarantine(0);
    const qint64 used = usedBytes();
    if (used <= m_options.maxBytes) {
        m_unreclaimed = 0;
        m_floorReported = false;
        return;
    }
    // FTS5 (SQLite 3.40, no secure-delete) frees a deleted row's index entries only when its segments are merged
    // down, so a re-measure right after a delete shows little of it freed. Deleting until the measure drops would
    // take most of the history with it; what was deleted and not yet seen freed is therefore counted as free.
    const qint64 live = used - m_unreclaimed;
    if (live <= m_options.maxBytes)
        return;
    const qint64 events = count();
    if (events <= 0)
        return;
    // As many of the oldest events as the excess is worth at the average event's share of the file (its index
    // entries included), in chunks of at most a hundredth of the history, stopping early once under the cap.
    const qint64 quarantined = queryInt("SELECT sum(length(raw) + length(error)) FROM quarantine");
    const double perEvent = double(qMax<qint64>(live - quarantined, 1)) / double(events);
    const qint64 planned = qint64(std::ceil(double(live - m_options.maxBytes) / perEvent));
    const qint64 chunk = qMax<qint64>(16, events / 100);
    const qint64 protectedFrom = protectedFromId();
    sqlite3_stmt *del = prepare("DELETE FROM events WHERE id IN (SELECT id FROM events WHERE id < ?1 ORDER BY id "
                                "LIMIT ?2)");
    if (!del)
        return;
    qint64 deleted = 0;
    while (deleted < planned) {
        sqlite3_reset(del);
        sqlite3_bind_int64(del, 1, protectedFrom);
        sqlite3_bind_int64(del, 2, qMin(chunk, planned - deleted));
        if (sqlite3_step(del) != SQLITE_DONE) {
            reportError(QStringLiteral("prune"),
                QStringLiteral("could not prune the history: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
            break;
        }
        const int n = sqlite3_changes(m_db);
        if (n == 0) {
            if (!m_floorReported) {
                m_floorReported = true;
                reportError(QStringLiteral("size_cap"),
                    QStringLiteral("history uses %1 bytes, over its cap of %2, but holds only its newest events; "
                                   "keeping them")
                        .arg(used)
                        .arg(m_options.maxBytes));
            }
            break;
        }
        deleted += n;
        if (usedBytes() <= m_options.maxBytes)
            break;
    }
    sqlite3_finalize(del);
    if (deleted > 0)
        afterDelete();
    const qint64 after = usedBytes();
    if (after <= m_options.maxBytes) {
        m_unreclaimed = 0;
        return;
    }
    m_unreclaimed = qMax<qint64>(0, m_unreclaimed + qint64(double(deleted) * perEvent) - (used - after));
    // Past a tenth of the cap in entries still held, the file would stay that far over it; merging the whole index
    // frees them at once. Its cost is in proportion to the index, so it is paid only that rarely.
    if (m_unreclaimed > m_options.maxBytes / 10) {
        QString error;
        if (!m_index.optimize(error))
            reportError(QStringLiteral("prune"), QStringLiteral("could not merge the search index: %1").arg(error));
        m_unreclaimed = 0;
    }
}

} // namespace sb
