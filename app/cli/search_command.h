#pragma once

#include <QString>

namespace sb::cli {

struct SearchOptions
{
    QString query;
    QString feed;
    QString since; // ISO 8601 time, or a relative age like 90m, 2h, 7d
    int limit = 50;
    QString storePath; // empty: the desk's history
};

// Runs an FTS5 query over the event history and prints the matches as JSON Lines, newest first.
int runSearch(const SearchOptions &options);

// Parses --since: "2024-07-02T10:00:00Z" or "<n>s|m|h|d" before `nowMs`. Returns -1 when unparsable.
qint64 parseSince(const QString &text, qint64 nowMs);

} // namespace sb::cli
