#include "pipeline/decode_worker.h"
#include "pipeline/event_batcher.h"
#include "rules/rule_set.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

using namespace sb;

namespace {

// Emits one event per text frame (key = the text); "error" frames become decode errors; can be held on a
// semaphore so the queue fills up deterministically.
class ScriptedDecoder : public FrameDecoder
{
public:
    explicit ScriptedDecoder(QSemaphore *gate = nullptr)
        : m_gate(gate)
    { }
    void decode(const RawFrame &frame, DecodeOutput &out) override
    {
        if (m_gate)
            m_gate->acquire();
        if (frame.text.startsWith(QLatin1String("ctl"))) {
            out.control(QVariant(frame.text));
            return;
        }
        if (frame.text == QLatin1String("error")) {
            out.error(FeedError {
                QString(), FeedError::Stage::Decode, QStringLiteral("bad"), QStringLiteral("bad frame"), true, 0});
            return;
        }
        Event e;
        e.key = frame.text + (m_resets ? QStringLiteral("@%1").arg(m_resets) : QString());
        e.title = frame.text.toUtf8();
        out.event(std::move(e));
    }
    void tick(qint64 nowMs, DecodeOutput &) override { lastTick.store(nowMs); }
    void reset() override { ++m_resets; }

    std::atomic<qint64> lastTick {0};

private:
    QSemaphore *m_gate;
    int m_resets = 0;
};

QStringList keysOf(const QSignalSpy &spy)
{
    QStringList out;
    for (const auto &args : spy)
        for (const Event &e : args.at(0).value<EventBatch>())
            out << e.key;
    return out;
}

} // namespace

class TestDecodeWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesInOrderAndResetsInOrder()
    {
        EventBatcher batcher(1);
        FeedMetrics metrics;
        DecodeWorker worker(QStringLiteral("f"), std::make_unique<ScriptedDecoder>(), &batcher, &metrics);
        QSignalSpy events(&batcher, &EventBatcher::batchReady);
        QSignalSpy errors(&worker, &DecodeWorker::errorOccurred);
        worker.start();
        worker.post(RawFrame::fromText(QStringLiteral("a"), 0));
        worker.post(RawFrame::fromText(QStringLiteral("error"), 0));
        worker.post(RawFrame::fromText(QStringLiteral("b"), 0));
        worker.post(RawFrame::resetMarker());
        worker.post(RawFrame::fromText(QStringLiteral("c"), 0));
        QTRY_COMPARE(keysOf(events), (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c@1")}));
        QTRY_COMPARE(errors.size(), 1);
        const FeedError e = errors.at(0).at(0).value<FeedError>();
        QCOMPARE(e.feed, QStringLiteral("f"));
        QCOMPARE(e.code, QStringLiteral("bad"));
        QCOMPARE(metrics.events.load(), quint64(3));
        QCOMPARE(metrics.decodeErrors.load(), quint64(1));
    }

    // Rules run here, on the decode thread: each event leaves with the names of the enabled rules it matched, and a
    // set replaced while running applies to the frames decoded after it.
    void namesTheRulesEachEventMatched()
    {
        EventBatcher batcher(1);
        FeedMetrics metrics;
        QSemaphore gate;
        DecodeWorker worker(QStringLiteral("f"), std::make_unique<ScriptedDecoder>(&gate), &batcher, &metrics);
        auto rule = [](const char *name, const char *query, bool enabled = true) {
            Rule r;
            r.name = QString::fromUtf8(name);
            r.query = QString::fromUtf8(query);
            r.enabled = enabled;
            return r;
        };
        QString error;
        const std::optional<RuleSet> first = RuleSet::compile(
            {rule("Oil", "oil"), rule("Off", "oil", false), rule("Crude oil", "crude oil"), rule("Gas", "gas")},
            &error);
        QVERIFY2(first, qPrintable(error));
        worker.setRules(std::make_shared<const RuleSet>(*first));
        QSignalSpy batches(&batcher, &EventBatcher::batchReady);
        worker.start();
        worker.post(RawFrame::fromText(QStringLiteral("crude-oil"), 0));
        worker.post(RawFrame::fromText(QStringLiteral("bank"), 0));
        gate.release(2);
        QTRY_COMPARE(keysOf(batches).size(), 2);
        const std::optional<RuleSet> second = RuleSet::compile({rule("Bank", "bank")}, &error);
        worker.setRules(std::make_shared<const RuleSet>(*second));
        worker.post(RawFrame::fromText(QStringLiteral("bank"), 0));
        gate.release(1);
        QTRY_COMPARE(keysOf(batches).size(), 3);
        QList<QStringList> named;
        for (const auto &args : std::as_const(batches))
            for (const Event &e : args.at(0).value<EventBatch>())
                named.append(e.rules);
        QCOMPARE(named.at(0), (QStringList {QStringLiteral("Oil"), QStringLiteral("Crude oil")}));
        QVERIFY(named.at(1).isEmpty());
        QCOMPARE(named.at(2), QStringList {QStringLiteral("Bank")});
    }

    void barrierIsAnsweredAfterEarlierFramesAndNeverDropped()
    {
        EventBatcher batcher(1);
        FeedMetrics metrics;
        QSemaphore gate;
        DecodeWorker::Limits limits;
        limits.maxFrames = 1;
        DecodeWorker worker(QStringLiteral("f"), std::make_unique<ScriptedDecoder>(&gate), &batcher, &metrics, limits);
        QSignalSpy controls(&worker, &DecodeWorker::controlMessage);
        QSignalSpy events(&batcher, &EventBatcher::batchReady);
        worker.start();
        QVERIFY(worker.post(RawFrame::fromText(QStringLiteral("x"), 0)));
        QTRY_COMPARE(worker.queuedFrames(), qsizetype(0)); // the worker holds "x" at the gate
        QVERIFY(worker.post(RawFrame::fromText(QStringLiteral("ctl-login-status"), 0)));
        QVERIFY(worker.post(RawFrame::barrier(42))); // the queue is full, but a barrier is never dropped
        gate.release(2);
        QTRY_COMPARE(controls.size(), 2);
        QCOMPARE(controls.at(0).at(0).toString(), QStringLiteral("ctl-login-status"));
        QVERIFY(controls.at(1).at(0).canConvert<FrameBarrier>());
        QCOMPARE(controls.at(1).at(0).value<FrameBarrier>().id, quint64(42));
        QTRY_COMPARE(keysOf(events), QStringList {QStringLiteral("x")});
        QCOMPARE(metrics.drops.load(), quint64(0));
    }

    void fullQueueDropsCountsAndReports()
    {
        EventBatcher batcher(1);
        FeedMetrics metrics;
        QSemaphore gate;
        DecodeWorker::Limits limits;
        limits.maxFrames = 3;
        DecodeWorker worker(QStringLiteral("f"), std::make_unique<ScriptedDecoder>(&gate), &batcher, &metrics, limits);
        QSignalSpy events(&batcher, &EventBatcher::batchReady);
        QSignalSpy errors(&worker, &DecodeWorker::errorOccurred);
        worker.start();
        // The worker takes the first frame and blocks on the gate; three more fill the queue; two are dropped.
        QVERIFY(worker.post(RawFrame::fromText(QStringLiteral("0"), 0)));
        QTRY_COMPARE(worker.queuedFrames(), qsizetype(0));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(worker.post(RawFrame::fromText(QString::number(i), 0)));
        QVERIFY(!worker.post(RawFrame::fromText(QStringLiteral("4"), 0)));
        QVERIFY(!worker.post(RawFrame::fromText(QStringLiteral("5"), 0)));
        QCOMPARE(metrics.drops.load(), quint64(2));
        gate.release(4);
        QTRY_COMPARE(keysOf(events).size(), 4);
        QTRY_COMPARE(errors.size(), 1);
        const FeedError e = errors.at(0).at(0).value<FeedError>();
        QCOMPARE(e.code, QStringLiteral("queue_full"));
        QVERIFY(e.message.contains(QLatin1String("2 frame")));
    }

    void ticksWithTheInjectedClock()
    {
        EventBatcher batcher(1);
        FeedMetrics metrics;
        auto decoder = std::make_unique<ScriptedDecoder>();
        ScriptedDecoder *raw = decoder.get();
        DecodeWorker worker(QStringLiteral("f"), std::move(decoder), &batcher, &metrics);
        std::atomic<qint64> now {1000};
        worker.setClock([&now] { return now.load(); });
        QSignalSpy events(&batcher, &EventBatcher::batchReady);
        worker.start();
        worker.post(RawFrame::fromText(QStringLiteral("x"), 0));
        QTRY_COMPARE(keysOf(events).size(), 1); // the loop has started at t=1000 and seen no second pass yet
        QCOMPARE(raw->lastTick.load(), qint64(0));
        now = 5000;
        worker.post(RawFrame::fromText(QStringLiteral("y"), 0));
        QTRY_COMPARE(raw->lastTick.load(), qint64(5000));
    }
};

QTEST_GUILESS_MAIN(TestDecodeWorker)
#include "tst_decode_worker.moc"
