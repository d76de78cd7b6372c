#include "net/reconnect_backoff.h"

#include <QTest>

using sb::ReconnectBackoff;

class TestReconnectBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void growsAndCaps()
    {
        ReconnectBackoff b(1000, 8000);
        b.setRandom([] { return 1.0; });
        QCOMPARE(b.nextDelayMs(), 1000);
        QCOMPARE(b.nextDelayMs(), 2000);
        QCOMPARE(b.nextDelayMs(), 4000);
        QCOMPARE(b.nextDelayMs(), 8000);
        QCOMPARE(b.nextDelayMs(), 8000);
        b.reset();
        QCOMPARE(b.nextDelayMs(), 1000);
    }
    void jitterStaysInTheUpperHalf()
    {
        ReconnectBackoff b(1000, 60000);
        b.setRandom([] { return 0.0; });
        QCOMPARE(b.nextDelayMs(), 500);
        QCOMPARE(b.nextDelayMs(), 1000);
        ReconnectBackoff c(1000, 60000);
        for (int i = 0; i < 30; ++i) {
            const int d = c.nextDelayMs();
            QVERIFY(d >= 500 && d <= 60000);
        }
    }
};

QTEST_APPLESS_MAIN(TestReconnectBackoff)
#include "tst_reconnect_backoff.moc"
