#pragma once

#include "desk/feed_info.h"
#include "desk/main_window.h"
#include "panes/mrn/blotter_pane.h"
#include "store/event_store.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QTemporaryDir>
#include <QTest>

namespace sb::ui::test {

// What every test of the real window starts from: a settings file of its own for each window, so no test restores
// another's layout or workspaces; a blotter small enough to fill; the feeds a desk is usually opened with. A test
// class derives from it next to QObject.
class WindowFixture
{
protected:
    MainWindowOptions options(int capacity = 1000) { return options(freshSettings(), capacity); }
    // Windows given the same settings file share it, as a desk and the desk after a restart do.
    MainWindowOptions options(const QString &settingsName, int capacity = 1000) const
    {
        MainWindowOptions o;
        o.settingsPath = m_dir.filePath(settingsName);
        o.blotterCapacity = capacity;
        return o;
    }
    QString freshSettings() { return QStringLiteral("settings-%1.ini").arg(++m_serial); }
    // A file in the test's own temporary directory.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // A history in the test's own directory, flushed every 5 ms so that what a test stores is soon there to read.
    StoreOptions historyOptions(const QString &name) const
    {
        StoreOptions o;
        o.path = filePath(name);
        o.flushIntervalMs = 5;
        return o;
    }

    static QVector<FeedInfo> mrnFeed() { return {{QStringLiteral("mrn"), QStringLiteral("mrn")}}; }
    static QVector<FeedInfo> allFeeds(const QString &operaName = QStringLiteral("opera"))
    {
        return {{QStringLiteral("mrn"), QStringLiteral("mrn")}, {QStringLiteral("alerts"), QStringLiteral("alerts")},
            {QStringLiteral("salto"), QStringLiteral("salto")}, {operaName, QStringLiteral("opera")},
            {QStringLiteral("pubsub"), QStringLiteral("pubsub")}};
    }
    static QVector<FeedInfo> operationsFeeds()
    {
        return {{QStringLiteral("salto"), QStringLiteral("salto")}, {QStringLiteral("opera"), QStringLiteral("opera")}};
    }

    static BlotterPane *blotter(MainWindow &w) { return qobject_cast<BlotterPane *>(w.pane(QStringLiteral("mrn"))); }

    // Shown and active, so keys go to the focused pane.
    static void showActive(MainWindow &w)
    {
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }
    // At 1280×800, the smallest screen the desk is laid out for; true once on screen (or active, for keys).
    static bool showAt1280By800(MainWindow &w)
    {
        w.resize(1280, 800);
        w.show();
        return QTest::qWaitForWindowExposed(&w);
    }
    static bool showActiveAt1280By800(MainWindow &w)
    {
        w.resize(1280, 800);
        w.show();
        w.activateWindow();
        return QTest::qWaitForWindowActive(&w);
    }
    static void bringForward(MainWindow &w, QWidget *pane)
    {
        QDockWidget *dock = w.dockFor(pane);
        QVERIFY(dock);
        dock->show();
        dock->raise();
        QTRY_VERIFY(pane->isVisible());
    }
    // Layout requests are posted events; the window is measured once they have all run.
    static void settle()
    {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
    }

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
};

} // namespace sb::ui::test
