#include "../support/ui_test_events.h"
#include "../support/window_fixture.h"
#include "desk/main_window.h"
#include "dialogs/about_dialog.h"
#include "dialogs/keyboard_shortcuts_dialog.h"
#include "panes/mrn/blotter_model.h"
#include "panes/mrn/blotter_pane.h"
#include "panes/pubsub/message_composer.h"
#include "panes/story/story_viewer.h"
#include "pipeline/feed_state.h"

#include <QApplication>
#include <QDockWidget>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

class TestMainWindowLayout
    : public QObject
    , protected WindowFixture
{
    Q_OBJECT
private:
    static QDockWidget *dock(MainWindow &w, const QString &name) { return w.findChild<QDockWidget *>(name); }
    static QAction *menuAction(MainWindow &w, const QString &text)
    {
        for (QAction *a : w.menuBar()->findChildren<QAction *>())
            if (QString(a->text()).remove(QLatin1Char('&')) == text)
                return a;
        return nullptr;
    }
    // Runs `answer` on the modal dialog the next action opens, from inside that dialog's own event loop.
    static void whenModal(std::function<void(QWidget *)> answer)
    {
        auto *timer = new QTimer;
        timer->setInterval(0);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                timer->stop();
                timer->deleteLater();
                answer(modal);
            }
        });
        timer->start();
    }
    static bool sideBySide(QDockWidget *a, QDockWidget *b)
    {
        return a->isVisible() && b->isVisible() && !a->visibleRegion().isEmpty() && !b->visibleRegion().isEmpty()
            && !a->geometry().intersects(b->geometry());
    }

private Q_SLOTS:
    void fitsA1280By800ScreenAndNeverGrows()
    {
        TestFeedSource source(allFeeds());
        MainWindow w(&source, nullptr, options());
        QVERIFY(showAt1280By800(w));
        settle();
        QVERIFY2(w.minimumSizeHint().width() <= 1024, qPrintable(QString::number(w.minimumSizeHint().width())));
        QVERIFY(w.minimumSize().width() <= 1024);
        QCOMPARE(w.size(), QSize(1280, 800));

        // Long headlines, state texts, errors and status messages: none of them may widen a pane or the window.
        const QString longText = QStringLiteral("A text far longer than any pane is wide, ").repeated(8);
        for (const FeedInfo &feed : allFeeds()) {
            EventBatch batch = numbered(0, 20, feed.name);
            for (Event &e : batch)
                e.title = longText.toUtf8();
            source.push(batch);
            source.state(feed.name, FeedState::Reconnecting, longText);
            FeedError error;
            error.feed = feed.name;
            error.message = longText;
            error.code = QStringLiteral("a_rather_long_error_code_from_the_service");
            source.error(error);
        }
        w.statusBar()->showMessage(longText);
        w.showDiagnostics(QStringLiteral("alerts"));
        settle();
        QCOMPARE(w.size(), QSize(1280, 800));
        QVERIFY2(w.minimumSizeHint().width() <= 1024, qPrintable(QString::number(w.minimumSizeHint().width())));
        QVERIFY2(w.statusBar()->minimumSizeHint().width() <= 1024,
            qPrintable(QString::number(w.statusBar()->minimumSizeHint().width())));
        w.close();
    }

    void switchingWorkspacesAndResettingKeepTheWindowsSize()
    {
        TestFeedSource source(allFeeds());
        MainWindow w(&source, nullptr, options());
        QVERIFY(showAt1280By800(w));
        settle();
        for (const QString &name : {QStringLiteral("Default"), QStringLiteral("News"), QStringLiteral("Operations"),
                 QStringLiteral("Default")}) {
            QVERIFY(w.switchWorkspace(name));
            settle();
            QCOMPARE(w.size(), QSize(1280, 800));
        }
        w.resetLayout();
        settle();
        QCOMPARE(w.size(), QSize(1280, 800));
        w.close();
    }

    void detailsFollowsThePaneInFrontNotATabBehindIt()
    {
        TestFeedSource source(
            {{QStringLiteral("mrn"), QStringLiteral("mrn")}, {QStringLiteral("alerts"), QStringLiteral("alerts")}});
        MainWindow w(&source, nullptr, options());
        QVERIFY(showAt1280By800(w));
        settle();
        QVERIFY(!dock(w, QStringLiteral("pane/mrn"))->visibleRegion().isEmpty());
        QVERIFY(dock(w, QStringLiteral("pane/alerts"))->visibleRegion().isEmpty());

        // The alerts pane, in a tab behind the news, starts on its newest alert without taking Details.
        source.push(numbered(0, 3, QStringLiteral("alerts")));
        auto *alertRows = w.pane(QStringLiteral("alerts"))->findChild<QTableView *>();
        QVERIFY(alertRows);
        QTRY_COMPARE(alertRows->model()->rowCount(), 3);
        QTRY_VERIFY(alertRows->currentIndex().isValid());
        QVERIFY(!w.storyViewer()->hasStory());
        source.push(numbered(10, 3, QStringLiteral("mrn")));
        QTRY_COMPARE(w.storyViewer()->story().feed, QStringLiteral("mrn"));
        QCOMPARE(w.storyViewer()->story().key, QStringLiteral("k12"));
        w.close();
    }

    void theTopicInspectorsSendButtonIsOnScreenAt1280By800()
    {
        TestFeedSource source(allFeeds());
        MainWindow w(&source, nullptr, options());
        QVERIFY(showAt1280By800(w));
        QDockWidget *pubsub = dock(w, QStringLiteral("pane/pubsub"));
        pubsub->raise();
        settle();
        auto *composer = w.pane(QStringLiteral("pubsub"))->findChild<MessageComposer *>();
        QVERIFY(composer);
        QPushButton *send = composer->sendButton();
        QVERIFY(send->isVisible());
        const QRect inPane(send->mapTo(pubsub, QPoint(0, 0)), send->size());
        QVERIFY2(pubsub->rect().contains(inPane),
            qPrintable(QStringLiteral("%1,%2 %3x%4 in %5x%6")
                           .arg(inPane.x())
                           .arg(inPane.y())
                           .arg(inPane.width())
                           .arg(inPane.height())
                           .arg(pubsub->width())
                           .arg(pubsub->height())));
        const QRect inWindow(send->mapTo(&w, QPoint(0, 0)), send->size());
        QVERIFY(!inWindow.intersects(dock(w, QStringLiteral("storyViewer"))->geometry()));
        QVERIFY(w.rect().contains(inWindow));
        w.close();
    }

    void resetLayoutDocksAFloatingPaneAgain()
    {
        TestFeedSource source(allFeeds());
        MainWindow w(&source, nullptr, options());
        QVERIFY(showActiveAt1280By800(w));
        QDockWidget *mrn = dock(w, QStringLiteral("pane/mrn"));
        QDockWidget *viewer = dock(w, QStringLiteral("storyViewer"));
        mrn->setFloating(true);
        viewer->setFloating(true);
        QVERIFY(mrn->isFloating());
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!mrn->isFloating());
        QVERIFY(!viewer->isFloating());
        QCOMPARE(w.dockWidgetArea(mrn), Qt::LeftDockWidgetArea);
        QCOMPARE(w.dockWidgetArea(viewer), Qt::RightDockWidgetArea);
        QVERIFY(mrn->isVisible());
        QVERIFY(viewer->isVisible());
        w.close();
    }

    void resetLayoutKeepsTheStoryBeingRead()
    {
        TestFeedSource source(allFeeds());
        MainWindow w(&source, nullptr, options());
        QVERIFY(showActiveAt1280By800(w));
        for (const FeedInfo &feed : allFeeds())
            source.push(numbered(0, 10, feed.name));
        auto *pane = qobject_cast<BlotterPane *>(w.pane(QStringLiteral("mrn")));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(pane->view()));
        // Sorted by headline, so that Reset layout (which drops the sort) moves the rows under the selection.
        pane->view()->sortByColumn(BlotterModel::Headline, Qt::AscendingOrder);
        pane->view()->setCurrentIndex(pane->view()->model()->index(0, 0));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
        const QString reading = w.storyViewer()->headlineText();
        QVERIFY(!reading.isEmpty());
        QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w.storyViewer()->headlineText(), reading);
        QVERIFY(dock(w, QStringLiteral("storyViewer"))->isVisible());
        w.close();
    }

    void theOperationsWorkspacePutsDoorsBesideHotelEvents()
    {
        TestFeedSource source(allFeeds());
        MainWindow w(&source, nullptr, options());
        QVERIFY(showAt1280By800(w));
        QAction *operations = menuAction(w, QStringLiteral("Operations"));
        QVERIFY(operations);
        operations->trigger();
        settle();
        QCOMPARE(w.currentWorkspace(), QStringLiteral("Operations"));
        QDockWidget *doors = dock(w, QStringLiteral("pane/salto"));
        QDockWidget *hotel = dock(w, QStringLiteral("pane/opera"));
        QDockWidget *details = dock(w, QStringLiteral("storyViewer"));
        QVERIFY(!w.tabifiedDockWidgets(doors).contains(hotel));
        QVERIFY(sideBySide(doors, hotel));
        QVERIFY(sideBySide(doors, details));
        QVERIFY(sideBySide(hotel, details));
        // One row: hotel events to the right of the incidents, Details below both.
        QVERIFY(hotel->geometry().left() > doors->geometry().right());
        QVERIFY(hotel->geometry().top() < doors->geometry().bottom());
        QVERIFY(details->geometry().top() > doors->geometry().bottom());
        QVERIFY(w.minimumSizeHint().width() <= 1024);
        QCOMPARE(w.size(), QSize(1280, 800));

        QAction *news = menuAction(w, QStringLiteral("News"));
        QVERIFY(news);
        news->trigger();
        settle();
        QDockWidget *mrn = dock(w, QStringLiteral("pane/mrn"));
        QDockWidget *alerts = dock(w, QStringLiteral("pane/alerts"));
        QVERIFY(sideBySide(mrn, alerts));
        QVERIFY(sideBySide(mrn, details));
        QVERIFY(sideBySide(alerts, details));
        QVERIFY(details->geometry().x() > mrn->geometry().right());
        QVERIFY(w.minimumSizeHint().width() <= 1024);
        w.close();
    }

    void workspacesKeepDefaultAndCanBeRenamedAndDeleted()
    {
        TestFeedSource source(allFeeds());
        MainWindow w(&source, nullptr, options());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *rename = w.findChild<QAction *>(QStringLiteral("renameWorkspaceAction"));
        QAction *remove = w.findChild<QAction *>(QStringLiteral("deleteWorkspaceAction"));
        QVERIFY(rename && remove);
        QVERIFY(!rename->isEnabled());
        QVERIFY(!remove->isEnabled());

        w.saveWorkspaceAs(QStringLiteral("Morning"));
        QCOMPARE(w.currentWorkspace(), QStringLiteral("Morning"));
        QVERIFY(menuAction(w, QStringLiteral("Default")));
        QVERIFY(menuAction(w, QStringLiteral("Morning")));
        QVERIFY(w.workspaces().contains(QStringLiteral("Default")));

        rename = w.findChild<QAction *>(QStringLiteral("renameWorkspaceAction"));
        QVERIFY(rename->isEnabled());
        whenModal([](QWidget *modal) {
            auto *input = qobject_cast<QInputDialog *>(modal);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("Asia open"));
            input->accept();
        });
        rename->trigger();
        QCOMPARE(w.currentWorkspace(), QStringLiteral("Asia open"));
        QVERIFY(menuAction(w, QStringLiteral("Asia open")));
        QVERIFY(!menuAction(w, QStringLiteral("Morning")));

        remove = w.findChild<QAction *>(QStringLiteral("deleteWorkspaceAction"));
        whenModal([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        remove->trigger();
        QCOMPARE(w.currentWorkspace(), QStringLiteral("Default"));
        QVERIFY(!w.workspaces().contains(QStringLiteral("Asia open")));
        QVERIFY(!menuAction(w, QStringLiteral("Asia open")));
        QVERIFY(!w.deleteWorkspace(QStringLiteral("Default")));
        QVERIFY(!w.deleteWorkspace(QStringLiteral("Operations")));
        QVERIFY(!w.renameWorkspace(QStringLiteral("News"), QStringLiteral("Mine")));
        QVERIFY(w.workspaces().contains(QStringLiteral("Default")));
        w.close();
    }

    void helpListsTheShortcutsAndThePaths()
    {
        TestFeedSource source(allFeeds());
        MainWindowOptions o = options();
        o.historyPath = filePath(QStringLiteral("history.sqlite"));
        o.configPath = filePath(QStringLiteral("desk.json"));
        MainWindow w(&source, nullptr, o);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        QAction *shortcuts = w.findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"));
        QVERIFY(shortcuts);
        shortcuts->trigger();
        auto *keys = w.findChild<KeyboardShortcutsDialog *>();
        QVERIFY(keys);
        QTRY_VERIFY(keys->isVisible());
        const QStringList rows = keys->rows();
        QVERIFY2(rows.contains(QStringLiteral("J\tNext story")), qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(rows.contains(QStringLiteral("K\tPrevious story")));
        QVERIFY(rows.contains(QStringLiteral("Enter\tOpen story")));
        QVERIFY(rows.contains(QStringLiteral("P\tPause")));
        QVERIFY(rows.contains(QStringLiteral("Ctrl+Shift+R\tReset layout")));
        QVERIFY(rows.contains(QStringLiteral("Ctrl+F\tFilter")));
        bool escape = false;
        for (const QString &row : rows)
            escape = escape || row.startsWith(QStringLiteral("Esc\t"));
        QVERIFY(escape);
        keys->close();

        QAction *about = w.findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        about->trigger();
        auto *dialog = w.findChild<AboutDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QString text = dialog->text();
        QVERIFY2(text.contains(o.historyPath), qPrintable(text));
        QVERIFY(text.contains(o.configPath));
        QVERIFY(text.contains(w.settings()->fileName()));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral("OpenSSL")));
        QVERIFY(text.contains(QStringLiteral("SQLite")));
        // The licences of what the installers bundle, as packaging/LICENSE.txt lists them.
        for (const char *licence :
            {"GNU LGPL v3", "Apache License 2.0", "zlib licence", "MIT licence", "BSD 3-Clause licence"})
            QVERIFY2(text.contains(QLatin1String(licence)), licence);
        dialog->close();
        w.close();
    }
};

QTEST_MAIN(TestMainWindowLayout)
#include "tst_main_window_layout.moc"
