// Item 6 of #20: after a config that cannot be used, the desk has no feed panes, and its File menu is the way
// forward (open another configuration, start the demo, edit the feeds).
#include "../support/menu_driver.h"
#include "../support/ui_test_events.h"
#include "../support/ui_write_file.h"
#include "../support/window_fixture.h"
#include "desk/main_window.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

class TestMainWindowRecovery
    : public QObject
    , protected WindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void anEmptyDeskOffersAWayForward()
    {
        TestFeedSource none({});
        MainWindow w(&none, nullptr, options());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.panes().isEmpty());
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("storyViewer")));
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("diagnostics")));

        QSignalSpy demo(&w, &MainWindow::startDemoRequested);
        QVERIFY(clickMenuItem(&w, QStringLiteral("&File"), QStringLiteral("startDemo")));
        QTRY_COMPARE(demo.size(), 1);

        QSignalSpy edit(&w, &MainWindow::editFeedsRequested);
        QVERIFY(clickMenuItem(&w, QStringLiteral("&File"), QStringLiteral("editFeeds")));
        QTRY_COMPARE(edit.size(), 1);
        w.close();
    }

    void openConfigurationAsksForAFileAndPassesItOn()
    {
        const QString path = filePath(QStringLiteral("desk.json"));
        QVERIFY(writeFile(path, "{\"feeds\": []}"));

        TestFeedSource none({});
        MainWindow w(&none, nullptr, options());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy open(&w, &MainWindow::openConfigurationRequested);

        // Cancelling the file dialog changes nothing.
        whenModal<QFileDialog>([](QFileDialog *d) { d->reject(); });
        QVERIFY(clickMenuItem(&w, QStringLiteral("&File"), QStringLiteral("openConfiguration")));
        // The menu triggers its action on release, so the dialog has come and gone by now.
        QCOMPARE(open.size(), 0);

        whenModal<QFileDialog>([path](QFileDialog *d) { answerFileDialog(d, path); });
        QVERIFY(clickMenuItem(&w, QStringLiteral("&File"), QStringLiteral("openConfiguration")));
        QTRY_COMPARE(open.size(), 1);
        QCOMPARE(QFileInfo(open.first().first().toString()).canonicalFilePath(), QFileInfo(path).canonicalFilePath());
        // The next time, the dialog starts where this file was.
        QCOMPARE(w.settings()->value(QStringLiteral("ui/configDir")).toString(), QFileInfo(path).absolutePath());
        w.close();
    }
};

QTEST_MAIN(TestMainWindowRecovery)
#include "tst_main_window_recovery.moc"
