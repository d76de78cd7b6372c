#include "relay_command.h"

#include "../cli/json_lines_printer.h"
#include "event/json_writer.h"
#include "pipeline/feed.h"
#include "pipeline/feed_host.h"
#include "pipeline/feed_registry.h"
#include "relay/feed_status_publisher.h"
#include "relay/jetstream_sink.h"
#include "relay/nats_connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace sb::relay {

namespace {

int g_signalFd[2] = {-1, -1};

// Only write() is safe in a signal handler; the event loop reads the socket and ends the run politely.
void onSignal(int)
{
    const char c = 1;
    (void)!::write(g_signalFd[0], &c, 1);
}

QByteArray relayLine(const char *state, const QString &relay, const QString &text = QString())
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.member("type", QByteArrayLiteral("relay"));
    w.member("state", QByteArray(state));
    w.member("relay", relay);
    if (!text.isEmpty()) {
        w.member("text", text);
    }
    w.member("time", Event::formatTime(QDateTime::currentMSecsSinceEpoch()));
    w.endObject();
    return out;
}

} // namespace

int runRelay(const RelayOptions &options)
{
    cli::JsonLinesPrinter printer;
    const QString relayName = options.relay.describe();
    std::vector<std::unique_ptr<Feed>> feeds;
    for (const QJsonObject &config : options.feeds) {
        QString error;
        const QString name = config.value(QStringLiteral("name")).toString();
        std::unique_ptr<Feed> feed;
        // sb.status.<feed> carries health: a feed of that name would publish its events among the statuses.
        if (name == QLatin1String("status"))
            error = QStringLiteral("feed name \"status\" is taken by the relay's status subjects; rename the feed");
        else
            feed = FeedRegistry::instance().createFeed(config, &error);
        if (!feed) {
            printer.printError(FeedError {name, FeedError::Stage::Connect, QStringLiteral("config"), error, false,
                QDateTime::currentMSecsSinceEpoch()});
            return 2;
        }
        feeds.push_back(std::move(feed));
    }

    NatsConnection connection(options.relay);
    QString error;
    if (!connection.open(&error)) {
        printer.printInfo(relayLine("failed", relayName, error));
        return 2;
    }
    printer.printInfo(relayLine("connected", relayName));
    QObject::connect(&connection, &NatsConnection::disconnected, &connection,
        [&] { printer.printInfo(relayLine("disconnected", relayName)); });
    QObject::connect(&connection, &NatsConnection::reconnected, &connection,
        [&] { printer.printInfo(relayLine("reconnected", relayName)); });
    QObject::connect(&connection, &NatsConnection::errorOccurred, &connection,
        [&](const QString &text) { printer.printInfo(relayLine("error", relayName, text)); });

    // The sink outlives the host, which hands it its last batches while stopping; the connection outlives both.
    JetStreamSink sink(&connection);
    FeedStatusPublisher status(&connection);
    int exitCode = 0;
    QSet<QString> failed;
    {
        FeedHost host;
        host.setSink(&sink);
        QObject::connect(
            &host, &FeedHost::feedStateChanged, &host, [&](const QString &name, FeedState state, const QString &text) {
                printer.printState(name, state, text);
                status.publishState(name, state, text, QDateTime::currentMSecsSinceEpoch());
            });
        QObject::connect(&host, &FeedHost::feedError, &host, [&](const FeedError &e) {
            printer.printError(e);
            status.publishError(e);
        });
        QObject::connect(&host, &FeedHost::feedFailed, &host, [&](const FeedError &e) {
            failed.insert(e.feed);
            if (failed.size() == host.feedCount()) {
                exitCode = 2;
                QCoreApplication::exit(0);
            }
        });
        for (auto &feed : feeds)
            host.addFeed(std::move(feed));

        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
            auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &host);
            QObject::connect(notifier, &QSocketNotifier::activated, &host, [&, notifier] {
                char c;
                (void)!::read(g_signalFd[1], &c, 1);
                notifier->setEnabled(false); // a second signal changes nothing: the goodbyes are under way
                printer.printInfo(relayLine("stopping", relayName));
                QCoreApplication::exit(0);
            });
            std::signal(SIGINT, onSignal);
            std::signal(SIGTERM, onSignal);
        }
        host.start();
        QCoreApplication::exec();
        // Feeds say goodbye; what they decoded last is published and acknowledged if JetStream acks it in time,
        // otherwise left upstream.
        host.stop(options.relay.ackTimeoutMs + 2000);
    }
    printer.printInfo(relayLine("stopped", relayName));
    return exitCode;
}

} // namespace sb::relay
