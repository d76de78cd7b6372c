#pragma once

#include <QString>

#include <memory>

namespace sb {
class RuleSet;
}

namespace sb::cli {

// Feeds a capture through the decode path of a feed type. With `stats`, prints one summary line instead of events;
// with rules as well, one line per enabled rule with its hit count before it. With a `filter` (the desk's query
// language), prints only the events it matches; --stats counts them all.
int runReplay(const QString &type, const QString &path, bool stats, bool lineBuffered = false,
    std::shared_ptr<const RuleSet> rules = nullptr, const QString &filter = QString());

} // namespace sb::cli
