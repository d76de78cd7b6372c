// Startup, as a user meets it: `switchboard --demo` (offscreen, fresh HOME and settings) from spawn to the first
// painted blotter row, and `switchboard-cli listen` from spawn to the first printed event against the LSEG emulator
// in this process. Prints milliseconds beside the goal (< 1000 ms) and the ratio to it; never fails.
#include "sim/mrn/lseg_emulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace sb;

namespace {

constexpr double kGoalMs = 1000;
constexpr int kRuns = 3;

struct FirstLine
{
    double ms = -1; // spawn to the line; < 0: none came
    QByteArray line;
    QString failure;
};

// Starts `program` and waits for the first stdout line `accept` takes; the process is then left a moment to quit
// by itself, and killed if it does not.
FirstLine timeToFirstLine(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
    int timeoutMs, const std::function<bool(const QByteArray &)> &accept)
{
    FirstLine result;
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardErrorFile(QProcess::nullDevice());
    QEventLoop loop;
    QElapsedTimer clock;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, [&] {
        while (result.ms < 0 && process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (accept(line)) {
                result.ms = double(clock.nsecsElapsed()) / 1e6;
                result.line = line;
                loop.quit();
            }
        }
    });
    QObject::connect(&process, &QProcess::finished, &loop, [&](int code, QProcess::ExitStatus) {
        if (result.ms < 0)
            result.failure = QStringLiteral("exited %1 before its first line").arg(code);
        loop.quit();
    });
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            result.failure = process.errorString();
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        result.failure = QStringLiteral("no line after %1 ms").arg(timeoutMs);
        loop.quit();
    });
    clock.start();
    process.start(program, arguments);
    loop.exec();
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    return result;
}

void printFigure(const char *what, QList<double> ms, const QString &failure)
{
    if (ms.isEmpty()) {
        std::printf("  %-46s: not measured (%s)\n", what, qPrintable(failure));
        return;
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms.at(ms.size() / 2);
    std::printf("  %-46s: %6.0f ms median, %6.0f ms best of %lld   (goal < %.0f ms, ratio %.2fx)\n", what, median,
        ms.first(), static_cast<long long>(ms.size()), kGoalMs, median / kGoalMs);
}

// A fresh user: no settings, no history, no caches.
QProcessEnvironment freshUser(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

void measureDesk()
{
    QList<double> ms;
    QString failure;
    QByteArray inProcess;
    for (int r = 0; r < kRuns; ++r) {
        QTemporaryDir home;
        const FirstLine first = timeToFirstLine(QStringLiteral(SB_GUI_BINARY),
            {QStringLiteral("--demo"), QStringLiteral("--settings"), home.filePath(QStringLiteral("settings.ini")),
                QStringLiteral("--report-first-row")},
            freshUser(home), 20000, [](const QByteArray &line) { return line.startsWith("first-row-painted-ms "); });
        if (first.ms < 0) {
            failure = first.failure;
            continue;
        }
        ms << first.ms;
        inProcess += first.line.mid(int(qstrlen("first-row-painted-ms "))) + ' ';
    }
    printFigure("switchboard --demo, spawn to first painted row", ms, failure);
    if (!inProcess.isEmpty())
        std::printf("  %-46s  (of which after main(): %sms)\n", "", inProcess.trimmed().replace(' ', "/").constData());
}

void measureCli()
{
    sim::LsegEmulatorOptions options;
    options.storiesPerSecond = 0; // the first event is the real story replayed when the stream opens
    sim::LsegEmulator emulator(options);
    QTemporaryDir dir;
    const QString configPath = dir.filePath(QStringLiteral("config.json"));
    QFile config(configPath);
    if (!emulator.start() || !config.open(QIODevice::WriteOnly)
        || config.write(
               QJsonDocument(QJsonObject {{QStringLiteral("feeds"), QJsonArray {emulator.feedConfig()}}}).toJson())
            <= 0) {
        printFigure("switchboard-cli listen, spawn to first event", {},
            QStringLiteral("the emulator or its config could not be set up"));
        return;
    }
    config.close();
    QList<double> ms;
    QString failure;
    for (int r = 0; r < kRuns; ++r) {
        QTemporaryDir home;
        const FirstLine first = timeToFirstLine(QStringLiteral(SB_CLI_BINARY),
            {QStringLiteral("listen"), QStringLiteral("mrn"), QStringLiteral("--config"), configPath,
                QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--timeout"), QStringLiteral("20")},
            freshUser(home), 25000, [](const QByteArray &line) { return line.startsWith('{'); });
        if (first.ms < 0)
            failure = first.failure;
        else
            ms << first.ms;
    }
    printFigure("switchboard-cli listen (LSEG, TLS), to 1st event", ms, failure);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("startup: the real binaries, spawned with a fresh HOME, %d runs each\n", kRuns);
    measureDesk();
    measureCli();
    return 0;
}
