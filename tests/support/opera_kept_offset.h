#pragma once

// The OPERA offset a state file or history keeps for chain SBHC (as the feed writes it, under its own key), or -1:
// what a restarted feed resumes after.
#include "feeds/opera/opera_feed.h"

#include <QString>

#include <sqlite3.h>

namespace sb::test {

inline qint64 keptOperaOffset(const QString &path)
{
    qint64 offset = -1;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT value FROM feed_state WHERE feed = 'opera' AND key = ?1", -1, &s, nullptr)
            == SQLITE_OK) {
            const QByteArray key = OperaFeed::offsetStateKey(QStringLiteral("SBHC")).toUtf8();
            sqlite3_bind_text(s, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(s) == SQLITE_ROW)
                offset = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, 0))).toLongLong();
        }
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return offset;
}

} // namespace sb::test
