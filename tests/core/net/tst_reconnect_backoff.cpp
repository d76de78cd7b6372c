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
    // OHIP after 1006: at least 4 s, jitter on top of that, never below it.
    void floorIsTheLeastWaitAndJitterGoesOnTop()
    {
        ReconnectBackoff low(4000, 60000);
        low.setRandom([] { return 0.0; });
        QCOMPARE(low.nextDelayMs(4000), 4000); // the bare backoff would wait 2000
        QCOMPARE(low.nextDelayMs(4000), 4000); // and 4000: the floor wins over the fixed half only when higher
        QCOMPARE(low.nextDelayMs(4000), 8000);
        ReconnectBackoff high(4000, 60000);
        high.setRandom([] { return 1.0; });
        QCOMPARE(high.nextDelayMs(4000), 6000); // floor 4000 + jitter 2000 (the bare backoff: 4000)
        QCOMPARE(high.nextDelayMs(4000), 8000);
        // A tiny base (tests, impatient configs) still gets the whole floor, with its own jitter above it.
        ReconnectBackoff tiny(50, 200);
        tiny.setRandom([] { return 1.0; });
        QCOMPARE(tiny.nextDelayMs(4000), 4025);
        QCOMPARE(tiny.nextDelayMs(4000), 4050);
        QCOMPARE(tiny.nextDelayMs(4000), 4100);
        QCOMPARE(tiny.nextDelayMs(4000), 4100);
        // A floor of 0 is the plain backoff.
        ReconnectBackoff plain(1000, 60000);
        plain.setRandom([] { return 0.5; });
        QCOMPARE(plain.nextDelayMs(0), 750);
        ReconnectBackoff random(4000, 60000);
        for (int i = 0; i < 30; ++i) {
            const int d = random.nextDelayMs(4000);
            QVERIFY2(d >= 4000 && d <= 90000, qPrintable(QString::number(d)));
        }
    }
};

QTEST_APPLESS_MAIN(TestReconnectBackoff)
#include "tst_reconnect_backoff.moc"
