#include "panes/pubsub/topic_activity.h"

#include <QTest>

using sb::ui::TopicActivity;

class TestTopicActivity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsAndRates()
    {
        TopicActivity a(10);
        const qint64 t0 = 1'800'000'000'000;
        for (int s = 0; s < 10; ++s)
            a.record(QStringLiteral("prices"), t0 + s * 1000, 3);
        a.record(QStringLiteral("chat"), t0 + 9000);
        QCOMPARE(a.count(QStringLiteral("prices")), quint64(30));
        QCOMPARE(a.ratePerSecond(QStringLiteral("prices"), t0 + 9500), 3.0);
        QCOMPARE(a.ratePerSecond(QStringLiteral("chat"), t0 + 9500), 0.1);
        // Five quiet seconds: half the window is empty.
        QCOMPARE(a.ratePerSecond(QStringLiteral("prices"), t0 + 14500), 1.5);
        // Long quiet: no rate, the count stays.
        QCOMPARE(a.ratePerSecond(QStringLiteral("prices"), t0 + 60000), 0.0);
        QCOMPARE(a.count(QStringLiteral("prices")), quint64(30));
        a.record(QStringLiteral("prices"), t0 + 60000, 2);
        QCOMPARE(a.ratePerSecond(QStringLiteral("prices"), t0 + 60000), 0.2);
        QCOMPARE(a.ratePerSecond(QStringLiteral("unknown"), t0), 0.0);
        QCOMPARE(a.topics().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTopicActivity)
#include "tst_topic_activity.moc"
