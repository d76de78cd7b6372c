#pragma once

#include <QString>

#include <memory>

namespace sb {
class RuleSet;
}

namespace sb::cli {

// Feeds a capture through the decode path of a feed type. With `stats`, prints one summary line instead of events;
// with rules as well, one line per enabled rule with its hit count before it.
int runReplay(const QString &type, const QString &path, bool stats, bool lineBuffered = false,
    std::shared_ptr<const RuleSet> rules = nullptr);

} // namespace sb::cli
