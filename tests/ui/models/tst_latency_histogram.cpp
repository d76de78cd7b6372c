#include "models/latency_histogram.h"

#include <QTest>

using namespace sb::ui;

class TestLatencyHistogram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void percentiles()
    {
        LatencyHistogram h;
        QCOMPARE(h.percentile(0.5), qint64(-1));
        for (int i = 1; i <= 100; ++i)
            h.add(i);
        QCOMPARE(h.count(), quint64(100));
        QCOMPARE(h.percentile(0.5), qint64(51)); // bucket [50, 51)
        QCOMPARE(h.percentile(0.99), qint64(100));
        h.add(5000);
        h.add(-3); // clock skew counts as zero
        QCOMPARE(h.percentile(1.0), qint64(5050)); // 50 ms buckets above one second
        QCOMPARE(h.percentile(0.0), qint64(1));
        LatencyHistogram other;
        other.add(70000);
        h.merge(other);
        QCOMPARE(h.percentile(1.0), qint64(60000));
        h.clear();
        QCOMPARE(h.count(), quint64(0));
    }
};

QTEST_MAIN(TestLatencyHistogram)
#include "tst_latency_histogram.moc"
