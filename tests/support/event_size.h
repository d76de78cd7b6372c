#pragma once

#include "event/event.h"
#include "store/event_store.h"

#include <QTemporaryDir>

#include <sqlite3.h>

// What one Event costs once printed (a JSON Lines line) and once stored (the bytes of its SQLite row and of its FTS
// index entries), to compare with the size of the feed's own JSON.
namespace sb::test {

inline qint64 printedBytes(const Event &e)
{
    return e.toJsonLine().size() + 1; // the newline
}

// The bytes of every events row (all columns) and of the FTS index's own tables: what the history holds, without
// SQLite's page slack, which depends on how rows happen to fit pages.
enum class StoredPart { All, Rows, FtsIndex };

inline qint64 usedDatabaseBytes(const QString &path, StoredPart part = StoredPart::All)
{
    sqlite3 *db = nullptr;
    qint64 used = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        auto sum = [db](const char *sql) {
            sqlite3_stmt *s = nullptr;
            qint64 v = -1;
            if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
                v = sqlite3_column_int64(s, 0);
            sqlite3_finalize(s);
            return v;
        };
        const qint64 rows
            = sum("SELECT total(length(CAST(feed AS BLOB)) + length(CAST(kind AS BLOB)) + length(CAST(key AS BLOB)) "
                  "+ 16 + length(CAST(title AS BLOB)) + length(CAST(body AS BLOB)) + 8 + length(CAST(tags AS BLOB)) "
                  "+ length(CAST(attrs AS BLOB)) + length(CAST(language AS BLOB)) + length(CAST(source AS BLOB))"
                  ") FROM events");
        const qint64 fts = sum("SELECT total(length(block)) FROM events_fts_data")
            + sum("SELECT total(length(sz)) FROM events_fts_docsize")
            + sum("SELECT total(length(term)) + 8 * count(*) FROM events_fts_idx");
        used = part == StoredPart::Rows ? rows : part == StoredPart::FtsIndex ? fts : rows + fts;
    }
    sqlite3_close(db);
    return used;
}

inline qint64 storedBytesOf(const Event &e, int copies, const QString &path, StoredPart part)
{
    {
        EventStore store;
        StoreOptions options;
        options.path = path;
        store.open(options);
        EventBatch batch;
        for (int i = 0; i < copies; ++i) {
            Event copy = e;
            copy.key = e.key + QString::number(i);
            batch.append(copy);
        }
        store.append(batch);
        store.flush();
    }
    return usedDatabaseBytes(path, part);
}

// Bytes one more Event adds to the history: measured between two histories of 40 and 240 copies (distinct keys), so
// the schema and the page granularity drop out.
inline double storedBytesPerEvent(const Event &e, StoredPart part = StoredPart::All)
{
    QTemporaryDir dir;
    const qint64 few = storedBytesOf(e, 40, dir.filePath(QStringLiteral("few.sqlite")), part);
    const qint64 many = storedBytesOf(e, 240, dir.filePath(QStringLiteral("many.sqlite")), part);
    if (few < 0 || many < 0)
        return -1;
    return double(many - few) / 200.0;
}

} // namespace sb::test
