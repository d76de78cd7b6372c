// End to end: the real `switchboard-cli listen` binary (TLS socket on its io thread, decode worker, batcher, JSON
// Lines printer) against the LSEG emulator in this process, which queues a fixed corpus of MRN stories as soon as
// the client subscribes, so the client drains it as fast as it can. Prints stories/s from the first printed line to
// the last, and the ratio to decoding the same kind of frames with the MRN decoder alone (the `replay --stats`
// path). Never fails: a peer that goes wrong is reported and the run exits 0.
#include "cpu_seconds.h"
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
#include <ctime>

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

double threadCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

struct DecodeOnly
{
    double rate = 0; // stories per wall second
    double cpuPerStory = 0; // seconds of this thread's CPU per story: what a loaded machine does not inflate
};

// Best of three, on this thread: a fresh decoder each round so duplicate detection never short-cuts the work.
DecodeOnly decodeOnly(const QVector<QString> &frames, int stories)
{
    double best = 1e99, bestCpu = 1e99;
    for (int r = 0; r < 3; ++r) {
        MrnFrameDecoder decoder(QStringLiteral("mrn"));
        CountingOutput out;
        QElapsedTimer t;
        const double cpu0 = threadCpuSeconds();
        t.start();
        for (const QString &f : frames)
            decoder.decode(RawFrame::fromText(f, 0), out);
        best = std::min(best, double(t.nsecsElapsed()));
        bestCpu = std::min(bestCpu, threadCpuSeconds() - cpu0);
        if (out.events != stories)
            std::fprintf(
                stderr, "decode-only: %lld events for %d stories\n", static_cast<long long>(out.events), stories);
    }
    return {1e9 * stories / best, bestCpu / stories};
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

struct Round
{
    double rate = 0;
    double clientCpuPerStory = 0, peerCpuPerStory = 0;
    qint64 lines = 0;
    double seconds = 0, firstLineMs = 0;
};

// One spawn of the CLI against a fresh emulator (its load mode sends its corpus once). False when nothing could be
// measured; the reason is printed.
bool measureRound(const sim::LsegEmulatorOptions &options, int stories, int timeoutSec, Round &out)
{
    sim::LsegEmulator emulator(options);
    QTemporaryDir dir;
    if (!emulator.start() || !dir.isValid()) {
        std::printf("  end to end: not measured, the emulator or a temporary folder could not be set up\n");
        return false;
    }
    const QString configPath = dir.filePath(QStringLiteral("config.json"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly)
        || config.write(
               QJsonDocument(QJsonObject {{QStringLiteral("feeds"), QJsonArray {emulator.feedConfig()}}}).toJson())
            <= 0) {
        std::printf("  end to end: not measured, cannot write %s\n", qPrintable(configPath));
        return false;
    }
    config.close();

    const double peerCpuBefore = test::cpuSeconds(RUSAGE_SELF), clientCpuBefore = test::cpuSeconds(RUSAGE_CHILDREN);
    const ListenRun run = runListen(configPath, stories, timeoutSec);
    // Which side was busy: on a loaded machine a low rate with little CPU on either side means waiting, not work.
    const double peerCpu = test::cpuSeconds(RUSAGE_SELF) - peerCpuBefore;
    const double clientCpu = test::cpuSeconds(RUSAGE_CHILDREN) - clientCpuBefore;
    if (!run.failure.isEmpty() || run.lines < stories || run.lines < 2) {
        std::printf("  end to end: not measured (%s; %lld of %d lines printed); last stderr: %s\n",
            qPrintable(run.failure.isEmpty() ? QStringLiteral("too few lines") : run.failure),
            static_cast<long long>(run.lines), stories, run.stderrTail.trimmed().constData());
        return false;
    }
    out.lines = run.lines;
    out.seconds = double(run.lastLineNs - run.firstLineNs) / 1e9;
    out.rate = out.seconds > 0 ? double(run.lines - 1) / out.seconds : 0;
    out.firstLineMs = double(run.firstLineNs) / 1e6;
    out.clientCpuPerStory = clientCpu / stories;
    out.peerCpuPerStory = peerCpu / stories;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int stories = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int rounds = argc > 2 ? qMax(1, std::atoi(argv[2])) : 3;
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
    const DecodeOnly decode = decodeOnly(frames, stories);

    std::printf("e2e_listen: switchboard-cli listen mrn against the in-process LSEG emulator (TLS), %d generated "
                "stories queued at once, %lld frames, best of %d runs\n",
        stories, static_cast<long long>(frames.size()), rounds);
    std::printf("  decode only (MRN decoder, one thread): %9.0f stories/s, %.1f us CPU a story\n", decode.rate,
        decode.cpuPerStory * 1e6);
    Round best;
    for (int r = 0; r < rounds; ++r) {
        Round round;
        if (!measureRound(options, stories, timeoutSec, round))
            return 0;
        if (round.rate > best.rate)
            best = round;
    }
    std::printf("  end to end (socket, decode worker, batcher, JSON Lines on stdout): %9.0f stories/s "
                "(first line %.0f ms after spawn, %lld lines in %.2f s)\n",
        best.rate, best.firstLineMs, static_cast<long long>(best.lines), best.seconds);
    std::printf("  ratio end to end / decode only = %.2fx\n", decode.rate > 0 ? best.rate / decode.rate : 0.0);
    // CPU a story is what a loaded machine does not inflate: switchboard-cli's whole process (io, decode and main
    // threads, start-up included) against the decoder alone.
    std::printf("  CPU a story: switchboard-cli %.1f us (%.2fx decode only), emulator (encoding and sending) %.1f us\n",
        best.clientCpuPerStory * 1e6, decode.cpuPerStory > 0 ? best.clientCpuPerStory / decode.cpuPerStory : 0.0,
        best.peerCpuPerStory * 1e6);
    return 0;
}
