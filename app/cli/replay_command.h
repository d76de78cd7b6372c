#pragma once

#include <QString>

namespace sb::cli {

// Feeds a capture through the decode path of a feed type. With `stats`, prints one summary line instead of events.
int runReplay(const QString &type, const QString &path, bool stats, bool lineBuffered = false);

} // namespace sb::cli
