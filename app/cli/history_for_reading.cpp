#include "history_for_reading.h"

#include "json_lines_printer.h"
#include "store/event_store.h"

#include <QFileInfo>

namespace sb::cli {

std::optional<QString> openHistoryForReading(
    EventStore &store, const QString &storePath, JsonLinesPrinter &printer, int &exitCode)
{
    StoreOptions options;
    options.path = storePath.isEmpty() ? EventStore::defaultPath() : storePath;
    if (!QFileInfo::exists(options.path)) {
        printer.printError(FeedError {QStringLiteral("store"), FeedError::Stage::Store, QStringLiteral("no_history"),
            QStringLiteral("no history at %1 yet").arg(options.path), false, 0});
        return std::nullopt;
    }
    options.retentionDays = 0;
    options.maxBytes = 0;
    QObject::connect(&store, &EventStore::errorOccurred, &store, [&printer, &exitCode](const FeedError &e) {
        printer.printError(e);
        exitCode = 2;
    });
    store.open(options);
    return options.path;
}

} // namespace sb::cli
