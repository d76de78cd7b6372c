#include "listen_command.h"

#include "capture/capture_file.h"
#include "event_filter.h"
#include "json_lines_printer.h"
#include "pipeline/feed.h"
#include "pipeline/feed_host.h"
#include "pipeline/feed_registry.h"
#include "printer_sink.h"
#include "rules/rule_set.h"
#include "store/event_store.h"
#include "store/store_event_sink.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>

namespace sb::cli {

int runListen(const ListenOptions &options)
{
    JsonLinesPrinter printer(options.lineBuffered);
    QString error;
    std::unique_ptr<Feed> feed = FeedRegistry::instance().createFeed(options.feedConfig, &error);
    if (!feed) {
        printer.printError(FeedError {options.feedConfig.value(QStringLiteral("name")).toString(),
            FeedError::Stage::Connect, QStringLiteral("config"), error, false, 0});
        return 2;
    }
    std::unique_ptr<CaptureWriter> capture;
    if (!options.recordPath.isEmpty()) {
        capture = std::make_unique<CaptureWriter>();
        if (!capture->open(options.recordPath, &error)) {
            printer.printError(
                FeedError {feed->name(), FeedError::Stage::Connect, QStringLiteral("record"), error, false, 0});
            return 2;
        }
    }

    // With a store, the commit is the durability point and events are printed once committed; without one, the
    // printer is the sink. The store outlives the host, which commits its last batches while stopping.
    std::unique_ptr<EventStore> store;
    std::unique_ptr<StoreEventSink> storeSink;
    std::optional<EventFilter> filter;
    if (!EventFilter::parse(options.filter, &filter, &error)) {
        printer.printError(
            FeedError {feed->name(), FeedError::Stage::Connect, QStringLiteral("filter"), error, false, 0});
        return 2;
    }
    PrinterSink printerSink(&printer, options.count);
    if (filter)
        printerSink.setFilter(&*filter);
    FeedHost host;
    if (!options.storePath.isEmpty()) {
        store = std::make_unique<EventStore>();
        StoreOptions storeOptions;
        storeOptions.path = options.storePath;
        QObject::connect(
            store.get(), &EventStore::errorOccurred, &host, [&](const FeedError &e) { printer.printError(e); });
        store->open(storeOptions);
        storeSink = std::make_unique<StoreEventSink>(store.get());
        host.setStore(store.get());
        host.setSink(storeSink.get());
    } else {
        host.setSink(&printerSink);
    }
    int exitCode = 0;
    qint64 printed = 0;
    bool done = false;
    auto finish = [&](int code) {
        if (done)
            return;
        done = true;
        exitCode = code;
        QMetaObject::invokeMethod(
            qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    };
    QObject::connect(&host, &FeedHost::eventsReady, &host, [&](const EventBatch &batch) {
        if (store) {
            // Committed already; printed now, up to --count (the rest are in the history).
            const qint64 left = options.count < 0 ? -1 : qMax<qint64>(0, options.count - printed);
            if (left != 0 && !filter) {
                printed += qMax<qsizetype>(0, printer.printEvents(batch, left));
            } else if (left != 0) {
                EventBatch wanted;
                for (const Event &e : batch)
                    if (filter->matches(e))
                        wanted.append(e);
                printed += qMax<qsizetype>(0, printer.printEvents(wanted, left));
            }
        } else {
            printed = printerSink.printed();
        }
        if (options.count >= 0 && printed >= options.count)
            finish(0);
    });
    QObject::connect(&host, &FeedHost::feedStateChanged, &host,
        [&](const QString &name, FeedState state, const QString &text) { printer.printState(name, state, text); });
    QObject::connect(&host, &FeedHost::feedError, &host, [&](const FeedError &e) { printer.printError(e); });
    QObject::connect(&host, &FeedHost::feedFailed, &host, [&](const FeedError &) { finish(2); });

    QTimer timeout;
    if (options.timeoutSec > 0) {
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &host, [&] {
            printer.printInfo(
                QByteArrayLiteral("{\"type\":\"timeout\",\"events\":") + QByteArray::number(printed) + '}');
            finish(3);
        });
        timeout.start(options.timeoutSec * 1000);
    }
    host.setRules(options.rules);
    host.addFeed(std::move(feed), std::move(capture));
    host.start();
    if (options.count == 0)
        finish(0);
    QCoreApplication::exec();
    host.stop();
    return exitCode;
}

} // namespace sb::cli
