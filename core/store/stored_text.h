#pragma once

#include <QByteArray>

struct sqlite3;
struct sqlite3_stmt;

namespace sb {

// How the history keeps an Event's large text (body, attrs): deflated when that saves a tenth, as a BLOB holding the
// text's length (4 bytes, little-endian) and the raw deflate stream; short or incompressible text stays TEXT. The
// column's type tells the two apart, so histories written before, whose text is all TEXT, read unchanged.
class StoredText
{
public:
    // Binds `text` to parameter `index` of `s`, deflated or not.
    static void bind(sqlite3_stmt *s, int index, const QByteArray &text);
    // The text of column `index` of the current row, inflated when it was stored deflated. A deflated value that does
    // not inflate (a damaged file) reads as empty, with `ok` false.
    static QByteArray column(sqlite3_stmt *s, int index, bool *ok = nullptr);
    // Registers sb_text(value) on `db`: the text of a stored value, for the search index's triggers and indexer,
    // which must see the words and not the deflated bytes.
    static bool registerSqlFunction(sqlite3 *db);

    // The stored form: empty when `text` is kept as it is.
    static QByteArray deflated(const QByteArray &text);
    static QByteArray inflated(const char *data, qsizetype size, bool *ok = nullptr);
};

} // namespace sb
