// ui_blotter: what the desk costs. Prints, never fails.
//  1. model insertion per event at 20,000 events/s (batches of 320 every 16 ms): model alone, with the filter
//     proxy, and with a table view painting offscreen;
//  2. RSS per row with 1,000,000 rows in the blotter model, beyond the text itself (goal <= 400 bytes);
//  3. FTS query p95 over 1,000,000 stored events (goal <= 50 ms).
// Usage: ui_blotter [--rows N] [--stored N] [--skip-fts]
#include "panes/mrn/blotter_filter_model.h"
#include "panes/mrn/blotter_model.h"
#include "store/event_store.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <unistd.h>
#include <vector>

using namespace sb;
using namespace sb::ui;

namespace {

const char *const kWords[] = {
    "bank",
    "rate",
    "profit",
    "warning",
    "shares",
    "outlook",
    "dividend",
    "merger",
    "oil",
    "yield",
    "bond",
    "central",
    "inflation",
    "growth",
    "quarter",
    "results",
    "guidance",
    "buyback",
    "chief",
    "executive",
    "steps",
    "down",
    "record",
    "revenue",
    "margin",
    "cuts",
    "jobs",
    "plant",
    "supply",
    "demand",
    "vodafone",
    "barclays",
    "toyota",
    "nestle",
    "shell",
    "hsbc",
    "sony",
    "samsung",
    "aramco",
    "lvmh",
    "market",
    "traders",
    "futures",
    "index",
    "rally",
    "slump",
    "deal",
    "billion",
    "million",
    "percent",
    "europe",
    "asia",
    "tokyo",
    "london",
    "frankfurt",
    "sydney",
    "mumbai",
    "china",
    "japan",
    "korea",
};
constexpr int kWordCount = int(sizeof(kWords) / sizeof(kWords[0]));
const char *const kRics[] = {"VOD.L", "BARC.L", "7203.T", "NESN.S", "SHEL.L", "HSBA.L", "6758.T", "005930.KS",
    "2222.SE", "LVMH.PA", "AAPL.O", "MSFT.O", "BHP.AX", "DBSM.SI", "RELI.NS"};
const char *const kTopics[] = {"N2:COM", "N2:BACT", "N2:RES", "N2:MRG", "N2:DIV", "N2:CEN", "N2:FX", "N2:ENR", "N2:AUT",
    "N2:TEC", "N2:LEN", "N2:EUROP", "N2:ASIA", "N2:JP", "N2:US", "N2:GB"};
const char *const kLanguages[] = {"en", "en", "en", "en", "ja", "zh", "de", "fr", "ar", "ko"};

// Realistic event sizes: an 80-byte headline, a body of a few hundred bytes to 2 KB, attrs holding the story again.
class Generator
{
public:
    explicit Generator(quint32 seed, int bodyBytes)
        : m_rng(seed)
        , m_bodyBytes(bodyBytes)
    { }

    QByteArray sentence(int bytes)
    {
        QByteArray out;
        out.reserve(bytes + 16);
        while (out.size() < bytes) {
            if (!out.isEmpty())
                out.append(' ');
            out.append(kWords[m_rng.bounded(kWordCount)]);
        }
        return out;
    }

    Event next(qint64 seq, qint64 nowMs)
    {
        Event e;
        e.feed = QStringLiteral("mrn");
        e.kind = m_rng.bounded(10) == 0 ? QStringLiteral("news.analytics") : QStringLiteral("news.story");
        e.key = QStringLiteral("nL%1-%2_%3").arg(nowMs).arg(seq).arg(m_rng.generate(), 8, 16, QLatin1Char('0'));
        e.timeMs = nowMs - 40;
        e.receivedMs = nowMs;
        e.title = sentence(80);
        e.body = sentence(m_bodyBytes / 2 + int(m_rng.bounded(m_bodyBytes)));
        e.urgency = m_rng.bounded(20) == 0 ? 1 : 3;
        e.language = QString::fromLatin1(kLanguages[m_rng.bounded(10)]);
        e.source = QStringLiteral("NS:RTRS");
        e.tags.append(QStringLiteral("R:") + QLatin1String(kRics[m_rng.bounded(15)]));
        for (int i = 0; i < 8; ++i)
            e.tags.append(QLatin1String(kTopics[m_rng.bounded(16)]));
        QByteArray attrs
            = "{\"ric\":\"MRN_STORY\",\"mrnSrc\":\"HK1_PRD_A\",\"mrnType\":\"STORY\",\"story\":{\"body\":\"";
        attrs += e.body;
        attrs += "\",\"headline\":\"";
        attrs += e.title;
        attrs += "\",\"audiences\":[\"NP:RNP\",\"NP:PSC\"],\"mimeType\":\"text/plain\",\"language\":\"";
        attrs += e.language.toLatin1();
        attrs += "\"}}";
        e.attrs = attrs;
        return e;
    }

private:
    QRandomGenerator m_rng;
    int m_bodyBytes;
};

qint64 rssBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

void insertion(const char *label, int batches, bool proxy, bool view, const QString &filter)
{
    constexpr int kBatch = 320; // 20,000 events/s delivered every 16 ms
    BlotterModel model(100000);
    BlotterFilterModel filterModel;
    QTableView table;
    if (proxy) {
        filterModel.setBlotterModel(&model);
        filterModel.setFilterText(filter);
    }
    if (view) {
        table.setModel(proxy ? static_cast<QAbstractItemModel *>(&filterModel) : &model);
        table.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table.verticalHeader()->hide();
        table.resize(1200, 700);
        table.show();
        QApplication::processEvents();
    }
    Generator gen(7, 1200);
    // Events are made ahead of the clock: decoding is the pipeline's cost, not the model's.
    std::vector<EventBatch> made;
    made.reserve(std::size_t(batches));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 seq = 0;
    for (int b = 0; b < batches; ++b) {
        EventBatch batch;
        batch.reserve(kBatch);
        for (int i = 0; i < kBatch; ++i)
            batch.append(gen.next(seq++, now));
        made.push_back(std::move(batch));
    }
    std::vector<double> ms;
    ms.reserve(std::size_t(batches));
    QElapsedTimer total;
    total.start();
    for (const EventBatch &batch : made) {
        QElapsedTimer t;
        t.start();
        model.appendEvents(batch);
        if (view)
            QApplication::processEvents(); // the repaint the GUI would do this frame
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const double totalMs = double(total.nsecsElapsed()) / 1e6;
    const double perEventNs = totalMs * 1e6 / double(batches * kBatch);
    std::printf("%-44s %7.0f ns/event  batch p50 %6.3f ms  p99 %6.3f ms  max %6.3f ms  = %5.1f%% of a 16 ms frame "
                "(rows %d, shown %d)\n",
        label, perEventNs, percentile(ms, 0.5), percentile(ms, 0.99), percentile(ms, 1.0),
        percentile(ms, 0.5) / 16.0 * 100.0, model.rowCount(), proxy ? filterModel.rowCount() : model.rowCount());
}

void rssPerRow(int rows)
{
    constexpr int kBatch = 320;
    Generator gen(11, 1200);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Runs first, in a heap that has not yet held other figures' rows, and hands free pages back before measuring,
    // so rows do not land in memory that RSS already counted.
    malloc_trim(0);
    const qint64 before = rssBytes();
    qint64 textBytes = 0;
    {
        BlotterModel model(rows);
        qint64 seq = 0;
        QElapsedTimer t;
        t.start();
        while (seq < rows) {
            EventBatch batch;
            batch.reserve(kBatch);
            for (int i = 0; i < kBatch && seq < rows; ++i) {
                Event e = gen.next(seq++, now);
                textBytes += e.title.size() + e.body.size() + e.attrs.size() + e.key.toUtf8().size();
                batch.append(std::move(e));
            }
            model.appendEvents(batch);
        }
        const qint64 after = rssBytes();
        const double perRow = double(after - before) / double(rows);
        const double textPerRow = double(textBytes) / double(rows);
        const double overhead = perRow - textPerRow;
        std::printf("RSS with %d rows: %.1f MB (%.0f bytes/row), text %.0f bytes/row, beyond the text %.0f bytes/row "
                    "(goal <= 400: %.2fx of goal); filled in %.1f s\n",
            rows, double(after - before) / 1e6, perRow, textPerRow, overhead, overhead / 400.0,
            double(t.elapsed()) / 1000.0);
    }
}

void ftsQueries(int stored)
{
    QTemporaryDir dir;
    StoreOptions options;
    options.path = dir.filePath(QStringLiteral("bench.sqlite"));
    options.retentionDays = 0;
    options.maxBytes = 0;
    EventStore store;
    store.open(options);
    Generator gen(13, 400);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer build;
    build.start();
    constexpr int kBatch = 5000;
    for (qint64 seq = 0; seq < stored;) {
        EventBatch batch;
        batch.reserve(kBatch);
        for (int i = 0; i < kBatch && seq < stored; ++i) {
            const qint64 n = seq++;
            batch.append(gen.next(n, now - (stored - n)));
        }
        store.append(batch);
        if (seq % 100000 == 0)
            store.flush(); // keep the queue to the store thread short
    }
    store.flush();
    std::printf("FTS: stored %d events in %.1f s (%.0f events/s)\n", stored, double(build.elapsed()) / 1000.0,
        double(stored) / (double(build.elapsed()) / 1000.0));

    const QStringList queries = {QStringLiteral("vodafone"), QStringLiteral("profit warning"),
        QStringLiteral("central bank rate"), QStringLiteral("buy"), QStringLiteral("R:VOD* urgency:1-2 -toyota"),
        QStringLiteral("dividend record"), QStringLiteral("chief executive"), QStringLiteral("oil slump asia"),
        QStringLiteral("inflation"), QStringLiteral("merger deal billion")};
    QObject context;
    std::vector<double> ms;
    int results = 0;
    for (int round = 0; round < 5; ++round) {
        for (const QString &q : queries) {
            QEventLoop loop;
            QElapsedTimer t;
            t.start();
            StoreQuery query;
            query.text = q;
            query.limit = 50;
            store.search(query, &context, [&](EventBatch events, QString) {
                results += int(events.size());
                ms.push_back(double(t.nsecsElapsed()) / 1e6);
                loop.quit();
            });
            loop.exec();
        }
    }
    const double p95 = percentile(ms, 0.95);
    std::printf("FTS over %d events, newest 50 matches, %zu queries (%d results): p50 %.2f ms  p95 %.2f ms  max "
                "%.2f ms (goal p95 <= 50 ms: %.3fx of goal)\n",
        stored, ms.size(), results, percentile(ms, 0.5), p95, percentile(ms, 1.0), p95 / 50.0);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured, also when piped
    const QStringList args = QCoreApplication::arguments();
    auto intArg = [&args](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int rows = intArg(QStringLiteral("--rows"), 1000000);
    const int stored = intArg(QStringLiteral("--stored"), 1000000);

    rssPerRow(rows);
    std::printf("ui_blotter: model insertion at 20,000 events/s (batches of 320, 16 ms apart), 100,000-row ring\n");
    insertion("model only", 1000, false, false, QString());
    insertion("model + filter proxy (no filter)", 1000, true, false, QString());
    insertion("model + filter proxy (lang:en R:VOD.L oil)", 1000, true, false, QStringLiteral("lang:en R:VOD.L oil"));
    insertion("model + proxy + table view painting", 600, true, true, QString());
    if (!args.contains(QStringLiteral("--skip-fts")))
        ftsQueries(stored);
    return 0;
}
