// switchboard-sim: the emulators as a process. Starts them on free loopback ports, writes a config file that points
// every feed at them, prints its path, and serves until stopped.
#include "sim/emulator_registry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

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

    sb::sim::registerBuiltinEmulators();
    const sb::sim::EmulatorRegistry &registry = sb::sim::EmulatorRegistry::instance();
    const QStringList wanted = parser.value(feeds).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &f : wanted) {
        if (!registry.contains(f)) {
            std::fprintf(stderr, "switchboard-sim: no emulator for \"%s\" (available: %s)\n", qPrintable(f),
                qPrintable(registry.types().join(QStringLiteral(", "))));
            return 64;
        }
    }

    sb::sim::EmulatorOptions options;
    options.tls = !parser.isSet(plain);
    bool numbers = true;
    if (parser.isSet(rate))
        options.storiesPerSecond = parser.value(rate).toDouble(&numbers);
    if (numbers && parser.isSet(burst))
        options.burstStoriesPerSecond = parser.value(burst).toInt(&numbers);
    if (!numbers) {
        std::fprintf(stderr, "switchboard-sim: --rate and --burst take numbers\n");
        return 64;
    }
    std::vector<std::unique_ptr<QObject>> running;
    QJsonArray feedList;
    const QStringList types = registry.types();
    for (const QString &type : types) {
        if (!wanted.contains(type))
            continue;
        QString error;
        sb::sim::StartedEmulator started = registry.start(type, options, &error);
        if (!started.emulator) {
            std::fprintf(stderr, "switchboard-sim: %s\n", qPrintable(error));
            return 2;
        }
        running.push_back(std::move(started.emulator));
        feedList.append(started.feedConfig);
    }
    QString path = parser.value(configOut);
    if (path.isEmpty())
        path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                   .filePath(QStringLiteral("switchboard-sim-%1.json").arg(QCoreApplication::applicationPid()));
    // Whole or not at all: a desk or script may be reading the previous run's file.
    QSaveFile out(path);
    const QByteArray config = QJsonDocument(QJsonObject {{QStringLiteral("feeds"), feedList}}).toJson();
    if (!out.open(QIODevice::WriteOnly) || out.write(config) != config.size() || !out.commit()) {
        std::fprintf(stderr, "switchboard-sim: cannot write %s: %s\n", qPrintable(path), qPrintable(out.errorString()));
        return 2;
    }
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
