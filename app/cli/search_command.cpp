#include "search_command.h"

#include "codec/iso_time.h"
#include "history_for_reading.h"
#include "json_lines_printer.h"
#include "store/event_store.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sb::cli {

qint64 parseSince(const QString &text, qint64 nowMs)
{
    if (text.isEmpty())
        return 0;
    static const QHash<QChar, qint64> units {{QLatin1Char('s'), 1000LL}, {QLatin1Char('m'), 60000LL},
        {QLatin1Char('h'), 3600000LL}, {QLatin1Char('d'), 86400000LL}};
    const QChar unit = text.back();
    if (units.contains(unit)) {
        bool ok = false;
        const qint64 n = text.chopped(1).toLongLong(&ok);
        if (ok && n >= 0)
            return nowMs - n * units.value(unit);
    }
    const QByteArray utf8 = text.toUtf8();
    qint64 ms = parseIsoUtcMs(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (ms < 0 && utf8.size() == 10) { // a date alone
        const QByteArray midnight = utf8 + QByteArrayLiteral("T00:00:00Z");
        ms = parseIsoUtcMs(std::string_view(midnight.constData(), size_t(midnight.size())));
    }
    return ms;
}

int runSearch(const SearchOptions &options)
{
    JsonLinesPrinter printer;
    const qint64 since = parseSince(options.since, QDateTime::currentMSecsSinceEpoch());
    if (since < 0) {
        printer.printError(FeedError {QStringLiteral("store"), FeedError::Stage::Store, QStringLiteral("usage"),
            QStringLiteral("--since takes an ISO time or an age like 2h or 7d, not \"%1\"").arg(options.since), false,
            0});
        return 64;
    }
    EventStore store;
    int exitCode = 0;
    if (!openHistoryForReading(store, options.storePath, printer, exitCode))
        return 2;
    store.search(StoreQuery {options.query, options.feed, since, options.limit}, &store,
        [&](const EventBatch &events, const QString &error) {
            if (!error.isEmpty()) {
                printer.printError(FeedError {
                    QStringLiteral("store"), FeedError::Stage::Store, QStringLiteral("search"), error, false, 0});
                exitCode = 2;
            } else {
                printer.printEvents(events);
            }
            QCoreApplication::exit(0);
        });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace sb::cli
