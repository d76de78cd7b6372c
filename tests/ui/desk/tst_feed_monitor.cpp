#include "../support/ui_test_events.h"
#include "desk/feed_monitor.h"

#include <QSignalSpy>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

class TestFeedMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tracksStatesErrorsRatesAndLatency()
    {
        TestFeedSource source({{QStringLiteral("mrn"), QStringLiteral("mrn")}});
        FeedMonitor monitor(&source);
        qint64 now = 1'000'000;
        monitor.setClock([&now] { return now; });
        QCOMPARE(monitor.feeds(), QStringList {QStringLiteral("mrn")});

        QSignalSpy states(&monitor, &FeedMonitor::stateChanged);
        source.state(QStringLiteral("mrn"), FeedState::Connecting, QStringLiteral("wss://x"));
        source.state(QStringLiteral("mrn"), FeedState::Live);
        QCOMPARE(states.count(), 2);
        const FeedStatus *s = monitor.status(QStringLiteral("mrn"));
        QCOMPARE(s->state, FeedState::Live);
        QCOMPARE(s->history.size(), 2);
        QCOMPARE(s->history.first().text, QStringLiteral("wss://x"));

        FeedError e;
        e.feed = QStringLiteral("mrn");
        e.stage = FeedError::Stage::Decode;
        e.code = QStringLiteral("mrn_gzip");
        source.error(e);
        QCOMPARE(s->errorCount, quint64(1));
        QCOMPARE(s->errors.first().timeMs, now);

        EventBatch batch = numbered(0, 100);
        for (Event &ev : batch)
            ev.receivedMs = now - 20;
        monitor.recordInserted(QStringLiteral("mrn"), batch, now);
        source.snapshot.frames = 42;
        now += 1000;
        monitor.tick();
        QCOMPARE(s->eventsShown, quint64(100));
        QCOMPARE(s->eventsPerSecond, 100.0);
        QCOMPARE(s->rate.size(), 1);
        QVERIFY(s->hasMetrics);
        QCOMPARE(s->metrics.frames, quint64(42));
        QCOMPARE(s->latencyPercentile(0.5), qint64(21));
        QCOMPARE(s->latencyPercentile(0.99), qint64(21));
        now += 1000;
        monitor.tick();
        QCOMPARE(s->eventsPerSecond, 0.0);
    }
};

QTEST_MAIN(TestFeedMonitor)
#include "tst_feed_monitor.moc"
