#include "search_index.h"

#include "fts_query.h"

#include <sqlite3.h>

namespace sb {
namespace {

const char *const kIndexSchema = R"sql(
CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(
  title, body, tag_terms, content='', tokenize='unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS fts_progress(id INTEGER PRIMARY KEY CHECK (id = 0), indexed_to INTEGER NOT NULL);
INSERT OR IGNORE INTO fts_progress(id, indexed_to) VALUES (0, 0);
CREATE TRIGGER IF NOT EXISTS events_fts_ad AFTER DELETE ON events
WHEN old.id <= (SELECT indexed_to FROM fts_progress) BEGIN
  INSERT INTO events_fts(events_fts, rowid, title, body, tag_terms)
    VALUES ('delete', old.id, old.title, sb_text(old.body), sb_code_terms(old.tags));
END;
CREATE TRIGGER IF NOT EXISTS events_fts_au AFTER UPDATE ON events
WHEN old.id <= (SELECT indexed_to FROM fts_progress) BEGIN
  INSERT INTO events_fts(events_fts, rowid, title, body, tag_terms)
    VALUES ('delete', old.id, old.title, sb_text(old.body), sb_code_terms(old.tags));
  INSERT INTO events_fts(rowid, title, body, tag_terms)
    VALUES (new.id, new.title, sb_text(new.body), sb_code_terms(new.tags));
END;
)sql";

QByteArray errorOf(sqlite3 *db)
{
    return sqlite3_errmsg(db);
}

// sb_code_terms(tags): the index words of an event's codes (see codeSearchTerms), from the tags column as stored.
void codeTermsFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const QString tags
        = QString::fromUtf8(static_cast<const char *>(sqlite3_value_blob(argv[0])), sqlite3_value_bytes(argv[0]));
    const QByteArray terms = tags.isEmpty() ? QByteArray() : codeSearchTerms(tags.split(QLatin1Char('\n'))).toUtf8();
    sqlite3_result_text(context, terms.constData(), int(terms.size()), SQLITE_TRANSIENT);
}

} // namespace

bool SearchIndex::exec(const char *sql, QString &error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    error = QString::fromUtf8(message ? message : "unknown SQLite error");
    sqlite3_free(message);
    return false;
}

qint64 SearchIndex::queryInt(const char *sql) const
{
    qint64 n = -1;
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        n = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return n;
}

bool SearchIndex::prepare(sqlite3 *db, QString &error)
{
    m_db = db;
    if (sqlite3_create_function_v2(m_db, "sb_code_terms", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
            nullptr, codeTermsFunction, nullptr, nullptr, nullptr)
        != SQLITE_OK) {
        error = QString::fromUtf8(errorOf(m_db));
        return false;
    }
    if (!exec("BEGIN", error))
        return false;
    const bool ok = migrateOlderIndex(error) && exec(kIndexSchema, error) && exec("COMMIT", error);
    if (!ok && !sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    return ok;
}

bool SearchIndex::migrateOlderIndex(QString &error)
{
    // An index that kept its text in the rows (content='events', filled by triggers on every insert, with or without
    // the code terms of a tag_terms column) goes, and the indexer builds the contentless one from the first row, in
    // chunks, as for new rows. A tag_terms column stays, unused: dropping it would rewrite the whole table.
    if (queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'events_fts' AND sql NOT LIKE '%content=''''%'")
        > 0) {
        if (!exec("DROP TRIGGER IF EXISTS events_ai; DROP TRIGGER IF EXISTS events_ad; DROP TRIGGER IF EXISTS "
                  "events_au; DROP TABLE events_fts; DROP TABLE IF EXISTS fts_progress;",
                error))
            return false;
    }
    return true;
}

int SearchIndex::indexNext(int limit, QString &error)
{
    const qint64 from = queryInt("SELECT indexed_to FROM fts_progress");
    sqlite3_stmt *upto = nullptr;
    qint64 to = -1;
    if (sqlite3_prepare_v2(
            m_db, "SELECT max(id) FROM (SELECT id FROM events WHERE id > ?1 ORDER BY id LIMIT ?2)", -1, &upto, nullptr)
        == SQLITE_OK) {
        sqlite3_bind_int64(upto, 1, from);
        sqlite3_bind_int(upto, 2, limit);
        if (sqlite3_step(upto) == SQLITE_ROW)
            to = sqlite3_column_type(upto, 0) == SQLITE_NULL ? from : sqlite3_column_int64(upto, 0);
    }
    sqlite3_finalize(upto);
    if (from < 0 || to < 0) {
        error = QString::fromUtf8(errorOf(m_db));
        return -1;
    }
    if (to == from)
        return 0;
    sqlite3_stmt *insert = nullptr;
    sqlite3_stmt *mark = nullptr;
    bool ok = sqlite3_prepare_v2(m_db,
                  "INSERT INTO events_fts(rowid, title, body, tag_terms) SELECT id, title, sb_text(body), "
                  "sb_code_terms(tags) FROM events WHERE id > ?1 AND id <= ?2 ORDER BY id",
                  -1, &insert, nullptr)
            == SQLITE_OK
        && sqlite3_prepare_v2(m_db, "UPDATE fts_progress SET indexed_to = ?1", -1, &mark, nullptr) == SQLITE_OK;
    int indexed = 0;
    if (ok) {
        sqlite3_bind_int64(insert, 1, from);
        sqlite3_bind_int64(insert, 2, to);
        ok = sqlite3_step(insert) == SQLITE_DONE;
        indexed = qMax(1, sqlite3_changes(m_db));
    }
    if (ok) {
        sqlite3_bind_int64(mark, 1, to);
        ok = sqlite3_step(mark) == SQLITE_DONE;
    }
    if (!ok)
        error = QString::fromUtf8(errorOf(m_db));
    sqlite3_finalize(insert);
    sqlite3_finalize(mark);
    return ok ? indexed : -1;
}

qint64 SearchIndex::pending() const
{
    if (!m_db)
        return 0;
    return qMax<qint64>(0, queryInt("SELECT count(*) FROM events WHERE id > (SELECT indexed_to FROM fts_progress)"));
}

bool SearchIndex::lowerMarkToNewestRow(QString &error)
{
    return exec(
        "UPDATE fts_progress SET indexed_to = min(indexed_to, coalesce((SELECT max(id) FROM events), 0))", error);
}

bool SearchIndex::optimize(QString &error)
{
    return exec("INSERT INTO events_fts(events_fts) VALUES('optimize')", error);
}

} // namespace sb
