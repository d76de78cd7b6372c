#include "pipeline/event_batcher.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace sb;

namespace {
EventBatch batchOf(int n, const QString &prefix = QStringLiteral("k"))
{
    EventBatch b;
    for (int i = 0; i < n; ++i) {
        Event e;
        e.key = prefix + QString::number(i);
        b.append(e);
    }
    return b;
}
} // namespace

class TestEventBatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coalescesAppendsIntoOneBatch()
    {
        EventBatcher batcher(16);
        QSignalSpy spy(&batcher, &EventBatcher::batchReady);
        for (int i = 0; i < 100; ++i)
            batcher.append(batchOf(10, QString::number(i) + QLatin1Char('-')));
        QTRY_COMPARE(spy.size(), 1);
        const EventBatch b = spy.at(0).at(0).value<EventBatch>();
        QCOMPARE(b.size(), 1000);
        QCOMPARE(b.first().key, QStringLiteral("0-0"));
        QCOMPARE(b.last().key, QStringLiteral("99-9"));
    }

    void deliversFromOtherThreadsInOrder()
    {
        EventBatcher batcher(16);
        QSignalSpy spy(&batcher, &EventBatcher::batchReady);
        QThread *producer = QThread::create([&batcher] {
            for (int i = 0; i < 2000; ++i)
                batcher.append(batchOf(1, QString::number(i) + QLatin1Char('-')));
        });
        producer->start();
        QTRY_VERIFY(producer->isFinished());
        delete producer;
        int total = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                total = 0;
                for (const auto &args : spy)
                    total += int(args.at(0).value<EventBatch>().size());
                return total == 2000;
            }(),
            5000);
        int expected = 0;
        for (const auto &args : spy)
            for (const Event &e : args.at(0).value<EventBatch>())
                QCOMPARE(e.key, QString::number(expected++) + QStringLiteral("-0"));
    }

    void batchesAreSpacedByTheInterval()
    {
        EventBatcher batcher(50);
        QSignalSpy spy(&batcher, &EventBatcher::batchReady);
        QElapsedTimer t;
        t.start();
        batcher.append(batchOf(1));
        QTRY_COMPARE(spy.size(), 1);
        batcher.append(batchOf(1));
        QTRY_COMPARE(spy.size(), 2);
        // The second batch waited for the interval since the first delivery.
        QVERIFY2(t.elapsed() >= 45, qPrintable(QString::number(t.elapsed())));
    }

    void emptyAppendMakesNoBatch()
    {
        EventBatcher batcher(1);
        QSignalSpy spy(&batcher, &EventBatcher::batchReady);
        batcher.append(EventBatch());
        batcher.append(batchOf(1));
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<EventBatch>().size(), 1);
        QCOMPARE(batcher.batchesDelivered(), quint64(1));
    }
};

QTEST_GUILESS_MAIN(TestEventBatcher)
#include "tst_event_batcher.moc"
