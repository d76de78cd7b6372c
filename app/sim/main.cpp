// switchboard-sim: the emulators as a process. Starts them on free loopback ports, writes a config file that points
// every feed at them, prints its path, and serves until stopped.
#include "sim/alerts/alerts_emulator.h"
#include "sim/mrn/lseg_emulator.h"
#include "sim/opera/opera_emulator.h"
#include "sim/pubsub/pubsub_emulator.h"
#include "sim/salto/salto_emulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFd[2] = {-1, -1};

// Only write() is safe in a signal handler; the event loop reads the pipe and quits, so the emulators' temporary
// files are removed on the way out.
void onSignal(int)
{
    const char c = 1;
    (void)!::write(g_signalFd[0], &c, 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SB_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local emulators of the services Switchboard reads."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption configOut(
        QStringLiteral("config-out"), QStringLiteral("Where to write the config file."), QStringLiteral("FILE"));
    QCommandLineOption feeds(QStringLiteral("feeds"), QStringLiteral("Emulators to start (default: all)."),
        QStringLiteral("LIST"), QStringLiteral("mrn,alerts,opera,pubsub,salto"));
    QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("MRN stories per second."), QStringLiteral("N"));
    QCommandLineOption burst(
        QStringLiteral("burst"), QStringLiteral("MRN burst mode: stories per second."), QStringLiteral("N"));
    QCommandLineOption plain(QStringLiteral("no-tls"), QStringLiteral("Serve plain HTTP and WebSocket."));
    parser.addOptions({configOut, feeds, rate, burst, plain});
    parser.process(app);

    const QStringList wanted = parser.value(feeds).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &f : wanted) {
        static const QStringList known {QStringLiteral("mrn"), QStringLiteral("alerts"), QStringLiteral("opera"),
            QStringLiteral("pubsub"), QStringLiteral("salto")};
        if (!known.contains(f)) {
            std::fprintf(stderr, "switchboard-sim: no emulator for \"%s\" yet (available: %s)\n", qPrintable(f),
                qPrintable(known.join(QStringLiteral(", "))));
            return 64;
        }
    }

    sb::sim::LsegEmulatorOptions options;
    options.tls = !parser.isSet(plain);
    if (parser.isSet(rate))
        options.storiesPerSecond = parser.value(rate).toDouble();
    if (parser.isSet(burst))
        options.burstStoriesPerSecond = parser.value(burst).toInt();
    sb::sim::LsegEmulator lseg(options);
    if (!lseg.start()) {
        std::fprintf(stderr, "switchboard-sim: the LSEG emulator could not start\n");
        return 2;
    }

    QJsonArray feedList {lseg.feedConfig(QStringLiteral("mrn"))};
    // OPERA Cloud (OHIP) business events: a chain of four hotels, a couple of events a second.
    std::unique_ptr<sb::sim::OperaEmulator> opera;
    if (wanted.contains(QLatin1String("opera"))) {
        sb::sim::OperaEmulatorOptions operaOptions;
        operaOptions.tls = !parser.isSet(plain);
        operaOptions.eventsPerSecond = 2;
        // Offsets grow across runs, so a client's persisted offset from an earlier run stays below them.
        operaOptions.firstOffset = (QDateTime::currentSecsSinceEpoch() - 1700000000) * 10;
        opera = std::make_unique<sb::sim::OperaEmulator>(operaOptions);
        if (!opera->start()) {
            std::fprintf(stderr, "switchboard-sim: the OHIP emulator could not start\n");
            return 2;
        }
        feedList.append(opera->feedConfig(QStringLiteral("opera")));
    }
    // LSEG Data Platform news alerts: subscriptions, cloud credentials and an SQS queue server, two alerts a second.
    std::unique_ptr<sb::sim::AlertsEmulator> alerts;
    if (wanted.contains(QLatin1String("alerts"))) {
        sb::sim::AlertsEmulatorOptions alertsOptions;
        alertsOptions.tls = !parser.isSet(plain);
        alerts = std::make_unique<sb::sim::AlertsEmulator>(alertsOptions);
        if (!alerts->start()) {
            std::fprintf(stderr, "switchboard-sim: the Data Platform alerts emulator could not start\n");
            return 2;
        }
        feedList.append(alerts->feedConfig(QStringLiteral("alerts")));
    }
    // Realtime Pub/Sub: prices, chat and telemetry topics, a backend that answers client messages.
    std::unique_ptr<sb::sim::PubSubEmulator> pubsub;
    if (wanted.contains(QLatin1String("pubsub"))) {
        sb::sim::PubSubEmulatorOptions pubsubOptions;
        pubsubOptions.tls = !parser.isSet(plain);
        pubsubOptions.demoMessagesPerSecond = 3;
        pubsub = std::make_unique<sb::sim::PubSubEmulator>(pubsubOptions);
        if (!pubsub->start()) {
            std::fprintf(stderr, "switchboard-sim: the pub/sub emulator could not start\n");
            return 2;
        }
        feedList.append(pubsub->feedConfig(QStringLiteral("pubsub")));
    }
    // Salto KS Connect door entries and incidents over SignalR: three sites, an event every second or so.
    std::unique_ptr<sb::sim::SaltoEmulator> salto;
    if (wanted.contains(QLatin1String("salto"))) {
        sb::sim::SaltoEmulatorOptions saltoOptions;
        saltoOptions.tls = !parser.isSet(plain);
        saltoOptions.eventsPerSecond = 1;
        salto = std::make_unique<sb::sim::SaltoEmulator>(saltoOptions);
        if (!salto->start()) {
            std::fprintf(stderr, "switchboard-sim: the Salto emulator could not start\n");
            return 2;
        }
        feedList.append(salto->feedConfig(QStringLiteral("salto")));
    }
    QString path = parser.value(configOut);
    if (path.isEmpty())
        path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                   .filePath(QStringLiteral("switchboard-sim-%1.json").arg(QCoreApplication::applicationPid()));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "switchboard-sim: cannot write %s: %s\n", qPrintable(path), qPrintable(out.errorString()));
        return 2;
    }
    out.write(QJsonDocument(QJsonObject {{QStringLiteral("feeds"), feedList}}).toJson());
    out.close();
    std::printf("%s\n", qPrintable(QDir(path).absolutePath()));
    std::fflush(stdout);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::exit(0); });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    return QCoreApplication::exec();
}
