// Desk ingest into the history store (#12): MRN-sized events (title ~80 B, body ~2.5 KB, six tags, attrs ~300 B)
// arrive as the host delivers them, one batch of 320 every 16 ms (20,000 events/s), into a fresh SQLite history per
// mode. Modes: append() only (synchronous=NORMAL, the un-acknowledged path); commit() for every batch
// (synchronous=FULL, what the desk's StoreEventSink does now); commit() for one batch in ten, append() for the rest
// (only alerts/OPERA batches acknowledged). Then append() and commit() with every batch queued at once, for the
// ceiling. Prints events/s until the last callback (append(): until a count() queued after them answers), commits/s,
// SQLite transactions and the commit() → done latency on the caller's thread; the ratio of FULL commit to NORMAL append
// throughput and whether 20k/s is sustained. Then commit() every batch at 40,000 events/s (batches of 640), the desk's
// goal (#14). Each mode also says how long after its last commit every event was searchable (the index is built off the
// commit path, see SearchIndex). Never fails.
//
//   store_ingest [batches]   (default 80: 25,600 events, 1.28 s of desk time per mode)
#include "cpu_seconds.h"
#include "store/event_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <vector>

using namespace sb;

namespace {

constexpr int kBatchEvents = 320;
constexpr int kIntervalMs = 16;
constexpr double kTargetRate = 1000.0 * kBatchEvents / kIntervalMs; // 20,000 events/s
constexpr int kGoalBatchEvents = 640; // 40,000 events/s, the desk's goal
constexpr int kDistinctBodies = 4096;

// A vocabulary of pronounceable made-up words, picked with a skew towards the frequent ones, so the FTS index sees
// a news-like mix of a few very common terms and a long tail.
class Text
{
public:
    explicit Text(quint32 seed)
        : m_rng(seed)
    {
        static const char *const syllables[] = {"ka", "ro", "ten", "mi", "sa", "lu", "vor", "pe", "dan", "ri", "co",
            "ne", "gal", "to", "ber", "us", "in", "ma", "ste", "lo", "fi", "rat", "en", "qu", "al", "bo", "nik", "se"};
        for (int i = 0; i < 8000; ++i) {
            QByteArray w;
            const int n = 1 + m_rng.bounded(4);
            for (int s = 0; s < n; ++s)
                w += syllables[m_rng.bounded(int(std::size(syllables)))];
            m_words << w;
        }
    }

    QByteArray word()
    {
        const double u = m_rng.generateDouble();
        return m_words[int(u * u * u * m_words.size())];
    }

    QByteArray text(int minBytes, int maxBytes, bool sentences)
    {
        const int target = minBytes + m_rng.bounded(maxBytes - minBytes + 1);
        QByteArray out;
        out.reserve(target + 32);
        bool capital = true;
        while (out.size() < target) {
            if (!out.isEmpty())
                out += ' ';
            QByteArray w = word();
            if (capital)
                w[0] = char(w[0] - 'a' + 'A');
            out += w;
            capital = sentences && m_rng.bounded(14) == 0;
            if (capital)
                out += '.';
        }
        return out;
    }

    QRandomGenerator &rng() { return m_rng; }

private:
    QRandomGenerator m_rng;
    QVector<QByteArray> m_words;
};

struct Workload
{
    int batchEvents = kBatchEvents;
    std::vector<EventBatch> batches;
    qint64 events = 0, titleBytes = 0, bodyBytes = 0, attrsBytes = 0, tags = 0;
};

Workload buildWorkload(int batchCount, int batchEvents = kBatchEvents)
{
    Text text(12);
    QVector<QByteArray> bodies;
    for (int i = 0; i < kDistinctBodies; ++i)
        bodies << text.text(2300, 2700, true);
    const qint64 t0 = 1'763'800'000'000;
    Workload w;
    w.batchEvents = batchEvents;
    w.batches.resize(size_t(batchCount));
    for (int b = 0; b < batchCount; ++b) {
        EventBatch &batch = w.batches[size_t(b)];
        batch.reserve(batchEvents);
        for (int j = 0; j < batchEvents; ++j) {
            const int i = b * batchEvents + j;
            QRandomGenerator &rng = text.rng();
            Event e;
            e.feed = QStringLiteral("mrn");
            e.kind = QStringLiteral("story");
            e.key = QStringLiteral("BENCH%1_2411222abcdefghijklmnopqrst").arg(i, 8, 10, QLatin1Char('0'));
            e.timeMs = t0 + i / 20;
            e.receivedMs = e.timeMs + 40;
            e.title = text.text(72, 88, false);
            e.body = bodies[rng.bounded(kDistinctBodies)]; // shared bytes; each row still stores and indexes its own
            e.urgency = 1 + rng.bounded(3);
            e.tags = QStringList {QStringLiteral("N2:EQTY"), QStringLiteral("N2:US"), QStringLiteral("N2:BACT"),
                QStringLiteral("M:1QD"), QStringLiteral("R:%1.N").arg(QString::fromLatin1(text.word().toUpper())),
                QStringLiteral("P:%1").arg(4295900000LL + rng.bounded(100000))};
            e.language = QStringLiteral("en");
            e.source = QStringLiteral("NS:RTRS");
            e.attrs = QByteArray("{\"ric\":\"") + text.word().toUpper()
                + ".N\",\"mrnSrc\":\"HTML\",\"mrnType\":\"STORY\"," + "\"altId\":\"nL1N3" + QByteArray::number(i)
                + "\",\"pubStatus\":\"stat:usable\","
                + "\"provider\":\"NS:RTRS\",\"language\":\"en\",\"urgency\":" + QByteArray::number(e.urgency)
                + ",\"versionCreated\":\"2025-11-22T09:30:00.000Z\",\"firstCreated\":\"2025-11-22T09:30:00.000Z\","
                + "\"instancesOf\":[\"MCC:OEC\",\"MCCL:OSM\"],\"takeSequence\":1,\"headlineLength\":"
                + QByteArray::number(e.title.size()) + ",\"audiences\":[\"NP:RNP\",\"NP:PSC\",\"NP:ABN\"]}";
            w.titleBytes += e.title.size();
            w.bodyBytes += e.body.size();
            w.attrsBytes += e.attrs.size();
            w.tags += e.tags.size();
            batch.append(std::move(e));
        }
        w.events += batch.size();
    }
    return w;
}

struct Result
{
    double cpu = 0; // process CPU seconds over the same span
    double seconds = 0; // first batch handed over → last callback (append(): flush() returned)
    qint64 events = 0;
    int commits = 0;
    int failed = 0;
    int transactions = 0;
    double searchableAfterMs = 0; // last callback → every event indexed for search
    double target = kTargetRate;
    std::vector<qint64> latencyNs;
    double rate() const { return events / seconds; }
};

// `commitEvery`: 0 append() only, 1 commit() every batch, 10 commit() every tenth (the rest append()).
Result run(const Workload &w, int commitEvery, bool paced)
{
    Result r;
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/sb-store-bench-XXXXXX"));
    StoreOptions options;
    options.path = dir.filePath(QStringLiteral("history.sqlite"));
    EventStore store;
    std::atomic<int> transactions {0};
    QObject::connect(
        &store, &EventStore::stored, &store, [&transactions](int) { ++transactions; }, Qt::DirectConnection);
    store.open(options);
    store.flush(); // opened and the schema made before the clock starts

    QObject context; // the caller: callbacks come back to this (the main) thread
    QEventLoop loop;
    QElapsedTimer clock;
    const int batchCount = int(w.batches.size());
    int sent = 0, expected = 0, answered = 0;
    qint64 endNs = -1;
    bool counting = false;
    r.latencyNs.reserve(size_t(batchCount));

    auto finishIfDone = [&] {
        if (sent < batchCount || endNs >= 0 || counting)
            return;
        if (expected == 0) {
            counting = true;
            // count() answers once everything queued before it is written (not yet indexed, as flush() waits for).
            store.count(&context, [&](qint64) {
                endNs = clock.nsecsElapsed();
                loop.quit();
            });
            return;
        } else if (answered == expected) {
            endNs = clock.nsecsElapsed();
        } else {
            return;
        }
        loop.quit();
    };
    auto send = [&](int i) {
        const EventBatch &batch = w.batches[size_t(i)];
        if (commitEvery > 0 && (i + 1) % commitEvery == 0) {
            ++expected;
            const qint64 calledNs = clock.nsecsElapsed();
            store.commit(batch, &context, [&, calledNs](bool ok, const QString &) {
                r.latencyNs.push_back(clock.nsecsElapsed() - calledNs);
                ++answered;
                if (!ok)
                    ++r.failed;
                finishIfDone();
            });
        } else {
            store.append(batch);
        }
    };

    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(kIntervalMs);
    // Batch n is due at n × 16 ms; a late tick hands over every batch due by then, so the arrival rate holds.
    QObject::connect(&timer, &QTimer::timeout, &context, [&] {
        const int due = std::min<qint64>(batchCount, clock.elapsed() / kIntervalMs + 1);
        while (sent < due)
            send(sent++);
        if (sent == batchCount) {
            timer.stop();
            finishIfDone();
        }
    });

    const double cpuStart = test::cpuSeconds();
    clock.start();
    if (paced) {
        send(sent++);
        timer.start();
    } else {
        while (sent < batchCount)
            send(sent++);
        QTimer::singleShot(0, &context, finishIfDone);
    }
    loop.exec();

    store.flush(); // returns once every event is searchable
    r.searchableAfterMs = (clock.nsecsElapsed() - endNs) / 1e6;
    r.seconds = endNs / 1e9;
    r.cpu = test::cpuSeconds() - cpuStart;
    r.target = 1000.0 * w.batchEvents / kIntervalMs;
    r.events = w.events;
    r.commits = answered;
    r.transactions = transactions.load();
    std::sort(r.latencyNs.begin(), r.latencyNs.end());
    return r;
}

double percentileMs(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t i = std::min(sorted.size() - 1, size_t(std::max(0.0, p * double(sorted.size()) - 1e-9)));
    return sorted[i] / 1e6;
}

bool sustained(const Result &r)
{
    return r.failed == 0 && r.rate() >= 0.97 * r.target;
}

void print(const char *name, const Result &r, bool paced)
{
    std::printf("  %-34s: %8.0f events/s  %6.1f commits/s  %5.1f transactions/s  ", name, r.rate(),
        r.commits / r.seconds, r.transactions / r.seconds);
    if (r.latencyNs.empty())
        std::printf("commit latency -");
    else
        std::printf("commit latency p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms", percentileMs(r.latencyNs, 0.50),
            percentileMs(r.latencyNs, 0.99), r.latencyNs.back() / 1e6);
    std::printf(
        "  CPU %.1f s (%.0f events/CPU-s)  all searchable %.0f ms later", r.cpu, r.events / r.cpu, r.searchableAfterMs);
    if (r.failed)
        std::printf("  (%d commits FAILED)", r.failed);
    if (paced)
        std::printf("  %.0fk/s %s", r.target / 1000, sustained(r) ? "sustained" : "NOT sustained");
    std::printf("\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int batches = std::max(10, argc > 1 ? std::atoi(argv[1]) : 80);
    const Workload w = buildWorkload(batches);
    std::printf("store_ingest: %lld events in %d batches of %d (one per %d ms = %.0f events/s), %.0f B title, %.0f B "
                "body, %.0f B attrs, %.1f tags per event on average; fresh database per mode in %s\n",
        static_cast<long long>(w.events), batches, kBatchEvents, kIntervalMs, kTargetRate,
        double(w.titleBytes) / w.events, double(w.bodyBytes) / w.events, double(w.attrsBytes) / w.events,
        double(w.tags) / w.events, qPrintable(QDir::tempPath()));

    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly)) // the store thread runs at nice 10: other work on the machine starves it
        std::printf("  load average at start: %s", load.readLine().constData());

    const Result pacedAppend = run(w, 0, true);
    print("paced, append() (NORMAL)", pacedAppend, true);
    const Result pacedCommit = run(w, 1, true);
    print("paced, commit() every batch (FULL)", pacedCommit, true);
    const Result pacedMix = run(w, 10, true);
    print("paced, commit() 1 batch in 10", pacedMix, true);
    const Result fastAppend = run(w, 0, false);
    print("all queued, append() (NORMAL)", fastAppend, false);
    const Result fastCommit = run(w, 1, false);
    print("all queued, commit() every batch", fastCommit, false);

    std::printf("  ratio FULL commit / NORMAL append throughput = %.2fx paced, %.2fx ceiling (all queued)\n",
        pacedCommit.rate() / pacedAppend.rate(), fastCommit.rate() / fastAppend.rate());
    std::printf("  20k/s sustained: append() %s, commit() every batch %s, commit() 1 in 10 %s; ceiling %.1fx (append) "
                "and %.1fx (commit) the desk rate\n",
        sustained(pacedAppend) ? "yes" : "NO", sustained(pacedCommit) ? "yes" : "NO",
        sustained(pacedMix) ? "yes" : "NO", fastAppend.rate() / kTargetRate, fastCommit.rate() / kTargetRate);
    const Workload goal = buildWorkload(batches, kGoalBatchEvents);
    const Result goalCommit = run(goal, 1, true);
    print("paced 40k/s, commit() every batch", goalCommit, true);
    return 0;
}
