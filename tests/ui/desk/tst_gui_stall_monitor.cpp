#include "desk/gui_stall_monitor.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using sb::ui::GuiStallMonitor;

class TestGuiStallMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aBlockedEventLoopIsMeasured()
    {
        GuiStallMonitor monitor(5);
        monitor.start();
        QTRY_VERIFY(monitor.ticks() >= 3);
        // Keep the event loop from running, as a long model update on the GUI thread would.
        QElapsedTimer busy;
        busy.start();
        while (busy.elapsed() < 120) { }
        const quint64 before = monitor.ticks();
        QTRY_VERIFY(monitor.ticks() > before);
        QVERIFY2(monitor.maxStallMs() >= 100, qPrintable(monitor.summary()));
        QVERIFY(monitor.stallsOver50Ms() >= 1);
        QVERIFY(monitor.summary().contains(QLatin1String("stall(s) over 50 ms")));
        monitor.stop();
    }

    void noTicksBeforeStart()
    {
        GuiStallMonitor monitor(5);
        QCOMPARE(monitor.ticks(), quint64(0));
        QCOMPARE(monitor.maxStallMs(), qint64(0));
        QCOMPARE(monitor.percentileMs(0.5), qint64(-1));
    }
};

QTEST_MAIN(TestGuiStallMonitor)
#include "tst_gui_stall_monitor.moc"
