#pragma once

#include <QString>

namespace sb::cli {

// Feeds a capture through the decode path of a feed type. With `stats`, prints one summary line instead of events.
// With a `filter` (the desk's query language), prints only the events it matches; --stats counts them all.
int runReplay(
    const QString &type, const QString &path, bool stats, bool lineBuffered = false, const QString &filter = QString());

} // namespace sb::cli
