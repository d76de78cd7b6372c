#pragma once

#include <QString>

#include <optional>

namespace sb {
class EventStore;
}

namespace sb::cli {

class JsonLinesPrinter;

// Opens the history a reading command names (`storePath`, or the desk's when empty) so that reading never deletes:
// retention and size pruning are off, and a missing file is an error rather than a new, empty history. Store errors
// are printed and set `exitCode` to 2 for as long as `store` lives. Returns the path opened, or nullopt (the error
// printed) when there is no history there.
std::optional<QString> openHistoryForReading(
    EventStore &store, const QString &storePath, JsonLinesPrinter &printer, int &exitCode);

} // namespace sb::cli
