#pragma once

#include <QJsonObject>
#include <QString>

#include <memory>

namespace sb {
class RuleSet;
}

namespace sb::cli {

struct ListenOptions
{
    QJsonObject feedConfig;
    qint64 count = -1; // exit 0 after this many events; -1: run until stopped
    int timeoutSec = 0; // exit 3 when reached; 0: none
    QString recordPath;
    QString storePath; // non-empty: commit to this history first, then print
    bool lineBuffered = false; // a write per printed event rather than per batch
    std::shared_ptr<const RuleSet> rules; // --rules: each event names the rules it matched
    QString filter; // --filter: print only the events this query matches (checked by the caller)
};

// Runs one feed headless and prints its events. Upstream acknowledgements (SQS deletes, OPERA offsets) follow the
// printed line, or with a store the commit. Returns the process exit code: 0 done, 2 fatal error, 3 timeout.
int runListen(const ListenOptions &options);

} // namespace sb::cli
