// End to end: the real `switchboard-cli listen` binary (TLS socket on its io thread, decode worker, batcher, JSON
// Lines printer) against the LSEG emulator in this process, which queues a fixed corpus of MRN stories as soon as
// the client subscribes, so the client drains it as fast as it can. Prints stories/s from the first printed line to
// the last, and the ratio to decoding the same kind of frames with the MRN decoder alone (the `replay --stats`
// path). Never fails: a peer that goes wrong is reported and the run exits 0.
#include "feeds/mrn/mrn_frame_decoder.h"
#include "pipeline/frame_decoder.h"
#include "sim/mrn/lseg_emulator.h"
#include "sim/mrn/mrn_story_generator.h"
#include "sim/mrn/mrn_update_encoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstring>

#include <sys/resource.h>

using namespace sb;

namespace {

constexpr int kPoolSize = 512; // MrnNewsPublisher's burst pool: distinct stories re-sent under fresh GUIDs

class CountingOutput : public DecodeOutput
{
public:
    void event(Event &&) override { ++events; }
    void error(FeedError &&e) override
    {
        if (errors++ == 0)
            std::fprintf(stderr, "unexpected decode error: %s\n", qPrintable(e.message));
    }
    void control(QVariant &&) override { }
    qint64 events = 0, errors = 0;
};

// The frames the emulator's load mode sends: the first kPoolSize generated stories of the same seed, re-sent under
// fresh GUIDs, 1-3 Update messages a frame.
QVector<QString> buildBurstFrames(const sim::LsegEmulatorOptions &options, int stories)
{
    sim::MrnStoryGenerator generator(options.seed, [] { return qint64(1'763'800'000'000); });
    QVector<QByteArray> pool;
    for (int i = 0; i < kPoolSize; ++i)
        pool << sim::MrnUpdateEncoder::gzip(generator.nextStory().json);
    sim::MrnUpdateEncoder encoder;
    QRandomGenerator rng(options.seed);
    QList<QByteArray> messages;
    for (int i = 0; i < stories; ++i)
        messages += encoder.updatesForCompressed(pool.at(i % kPoolSize), generator.nextGuid(1'763'800'000'000 + i),
            QStringLiteral("STORY"), options.mrnSource, -1);
    QVector<QString> frames;
    for (qsizetype i = 0; i < messages.size();) {
        const qsizetype n = qMin<qsizetype>(rng.bounded(1, 4), messages.size() - i);
        frames << QString::fromUtf8(sim::MrnUpdateEncoder::frame(messages.mid(i, n)));
        i += n;
    }
    return frames;
}

// Best of three, on this thread: a fresh decoder each round so duplicate detection never short-cuts the work.
double decodeOnlyRate(const QVector<QString> &frames, int stories)
{
    double best = 1e99;
    for (int r = 0; r < 3; ++r) {
        MrnFrameDecoder decoder(QStringLiteral("mrn"));
        CountingOutput out;
        QElapsedTimer t;
        t.start();
        for (const QString &f : frames)
            decoder.decode(RawFrame::fromText(f, 0), out);
        best = std::min(best, double(t.nsecsElapsed()));
        if (out.events != stories)
            std::fprintf(
                stderr, "decode-only: %lld events for %d stories\n", static_cast<long long>(out.events), stories);
    }
    return 1e9 * stories / best;
}

struct ListenRun
{
    qint64 lines = 0;
    qint64 firstLineNs = -1, lastLineNs = -1;
    QByteArray stderrTail;
    QString failure;
};

ListenRun runListen(const QString &configPath, int stories, int timeoutSec)
{
    ListenRun run;
    QProcess cli;
    QElapsedTimer clock;
    QObject::connect(&cli, &QProcess::readyReadStandardOutput, &cli, [&] {
        // Counting newlines is all the reading side does, so the pipe never holds the client back.
        const QByteArray chunk = cli.readAllStandardOutput();
        const qint64 n = chunk.count('\n');
        if (n == 0)
            return;
        if (run.lines == 0)
            run.firstLineNs = clock.nsecsElapsed();
        run.lines += n;
        run.lastLineNs = clock.nsecsElapsed();
    });
    QObject::connect(&cli, &QProcess::readyReadStandardError, &cli,
        [&] { run.stderrTail = QByteArray(run.stderrTail + cli.readAllStandardError()).right(600); });
    QObject::connect(&cli, &QProcess::finished, qApp, [] { QCoreApplication::exit(0); });
    QObject::connect(&cli, &QProcess::errorOccurred, qApp, [&](QProcess::ProcessError) {
        run.failure = cli.errorString();
        QCoreApplication::exit(0);
    });
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, qApp, [&] {
        run.failure = QStringLiteral("no result after %1 s").arg(timeoutSec + 5);
        QCoreApplication::exit(0);
    });
    watchdog.start((timeoutSec + 5) * 1000);
    clock.start();
    cli.start(QStringLiteral(SB_CLI_BINARY),
        {QStringLiteral("listen"), QStringLiteral("mrn"), QStringLiteral("--config"), configPath,
            QStringLiteral("--count"), QString::number(stories), QStringLiteral("--timeout"),
            QString::number(timeoutSec)});
    QCoreApplication::exec();
    if (cli.state() != QProcess::NotRunning) {
        cli.kill();
        cli.waitForFinished(5000);
    } else if (run.failure.isEmpty() && (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0)) {
        run.failure = QStringLiteral("switchboard-cli exited %1").arg(cli.exitCode());
    }
    run.lines += cli.readAllStandardOutput().count('\n');
    return run;
}

double cpuSeconds(int who)
{
    rusage u {};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int stories = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int timeoutSec = 60;

    sim::LsegEmulatorOptions options;
    options.storiesPerSecond = 0;
    options.replayRealStories = false;
    options.duplicateProbability = 0; // every story prints, so lines count stories
    options.newVersionProbability = 0;
    // Far above any client: the whole corpus is queued at once, then the client drains it at its own pace.
    options.burstStoriesPerSecond = 10'000'000;
    options.burstStoryLimit = stories;

    const QVector<QString> frames = buildBurstFrames(options, stories);
    const double decodeRate = decodeOnlyRate(frames, stories);

    sim::LsegEmulator emulator(options);
    QTemporaryDir dir;
    std::printf("e2e_listen: switchboard-cli listen mrn against the in-process LSEG emulator (TLS), %d generated "
                "stories queued at once, %lld frames\n",
        stories, static_cast<long long>(frames.size()));
    std::printf("  decode only (MRN decoder, one thread): %9.0f stories/s\n", decodeRate);
    if (!emulator.start() || !dir.isValid()) {
        std::printf("  end to end: not measured, the emulator or a temporary folder could not be set up\n");
        return 0;
    }
    const QString configPath = dir.filePath(QStringLiteral("config.json"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly)
        || config.write(
               QJsonDocument(QJsonObject {{QStringLiteral("feeds"), QJsonArray {emulator.feedConfig()}}}).toJson())
            <= 0) {
        std::printf("  end to end: not measured, cannot write %s\n", qPrintable(configPath));
        return 0;
    }
    config.close();

    const double peerCpuBefore = cpuSeconds(RUSAGE_SELF);
    const ListenRun run = runListen(configPath, stories, timeoutSec);
    // Which side was busy: on a loaded machine a low rate with little CPU on either side means waiting, not work.
    const double peerCpu = cpuSeconds(RUSAGE_SELF) - peerCpuBefore, clientCpu = cpuSeconds(RUSAGE_CHILDREN);
    if (!run.failure.isEmpty() || run.lines < stories || run.lines < 2) {
        std::printf("  end to end: not measured (%s; %lld of %d lines printed); last stderr: %s\n",
            qPrintable(run.failure.isEmpty() ? QStringLiteral("too few lines") : run.failure),
            static_cast<long long>(run.lines), stories, run.stderrTail.trimmed().constData());
        return 0;
    }
    const double seconds = double(run.lastLineNs - run.firstLineNs) / 1e9;
    const double rate = seconds > 0 ? (run.lines - 1) / seconds : 0;
    std::printf("  end to end (socket, decode worker, batcher, JSON Lines on stdout): %9.0f stories/s "
                "(first line %.0f ms after spawn, %lld lines in %.2f s)\n",
        rate, run.firstLineNs / 1e6, static_cast<long long>(run.lines), seconds);
    std::printf("  ratio end to end / decode only = %.2fx\n", decodeRate > 0 ? rate / decodeRate : 0.0);
    std::printf("  CPU over the whole run: switchboard-cli %.2f s, emulator (encoding and sending) %.2f s\n", clientCpu,
        peerCpu);
    return 0;
}
