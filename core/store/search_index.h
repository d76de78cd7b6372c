#pragma once

#include <QString>

struct sqlite3;

namespace sb {

// The history's full-text index (FTS5 on title, body and code terms), kept off the commit path: an event's row is
// committed (and synced, when acknowledged upstream) without it, and the rows written since are indexed afterwards,
// in chunks of their own transactions, in the order they were stored. `fts_progress.indexed_to` is the highest id
// indexed; every row at or below it is in the index, none above it. A row changed or deleted at or below it is
// re-indexed or removed by triggers; above it, the indexer sees its latest values when it gets there. The index is
// contentless: the text lives once, in the rows (deflated, see StoredText); sb_text() gives the words back and
// sb_code_terms() the code terms from the tags. Changing codeSearchTerms() therefore means indexing anew (drop the
// index; the indexer rebuilds it), or the triggers would remove words the index never had.
// Runs on the store thread, inside the store's transactions.
class SearchIndex
{
public:
    // Makes the index and its triggers. A history of an earlier version (an index with content='events') has its old
    // index dropped and is indexed again from its first row by the indexer.
    bool prepare(sqlite3 *db, QString &error);
    // Indexes the next `limit` rows not yet indexed, in the caller's transaction; how many it indexed, or -1.
    int indexNext(int limit, QString &error);
    // Rows stored and not yet searchable.
    qint64 pending() const;
    // After rows are deleted: an id at or below the mark may be handed out again once the newest rows are gone
    // (SQLite reuses the highest ids), and a reused id would be taken for indexed; the mark comes down to the
    // newest remaining row.
    bool lowerMarkToNewestRow(QString &error);
    // Merges the index's segments down, giving back the space of deleted rows' entries.
    bool optimize(QString &error);

private:
    bool exec(const char *sql, QString &error);
    qint64 queryInt(const char *sql) const;
    bool migrateOlderIndex(QString &error);

    sqlite3 *m_db = nullptr;
};

} // namespace sb
