#pragma once

#include <QString>

namespace sb::cli {

// Prints the alarms kept in the history as JSON Lines, oldest raised first; `openOnly`: those not closed. Exits 2
// when the history cannot be opened.
int runAlarms(bool openOnly, const QString &storePath);

} // namespace sb::cli
