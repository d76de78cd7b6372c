#include "../support/ui_test_events.h"
#include "../support/window_fixture.h"
#include "desk/feed_monitor.h"
#include "desk/main_window.h"
#include "panes/diagnostics/diagnostics_pane.h"
#include "panes/mrn/blotter_filter_model.h"
#include "panes/mrn/blotter_model.h"
#include "panes/mrn/blotter_pane.h"
#include "panes/story/story_viewer.h"
#include "store/event_store.h"
#include "widgets/feed_indicator.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

class TestMainWindow
    : public QObject
    , protected WindowFixture
{
    Q_OBJECT
private:
    static EventBatch mixedStories()
    {
        return {
            story(QStringLiteral("a"), QStringLiteral("Vodafone cuts outlook"),
                {QStringLiteral("R:VOD.L"), QStringLiteral("N2:COM")}, QStringLiteral("en"), 1),
            story(QStringLiteral("b"), QStringLiteral("Barclays beats estimates"),
                {QStringLiteral("R:BARC.L"), QStringLiteral("N2:BACT")}, QStringLiteral("en"), 3),
            story(QStringLiteral("c"), QStringLiteral("トヨタ、通期予想を上方修正"), {QStringLiteral("R:7203.T")},
                QStringLiteral("ja"), 3),
            story(QStringLiteral("d"), QStringLiteral("أرامكو تعلن عن أرباح فصلية"), {QStringLiteral("R:2222.SE")},
                QStringLiteral("ar"), 3),
        };
    }

private Q_SLOTS:
    void opensWithItsPanes()
    {
        TestFeedSource source(mrnFeed());
        MainWindow w(&source, nullptr, options());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.panes().size(), 1);
        QVERIFY(blotter(w));
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("pane/mrn")));
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("storyViewer")));
        QCOMPARE(w.findChild<QDockWidget *>(QStringLiteral("storyViewer"))->windowTitle(), QStringLiteral("Details"));
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("diagnostics")));
        QVERIFY(w.dockFor(w.pane(QStringLiteral("mrn")))->isVisible());
        QVERIFY(w.indicator(QStringLiteral("mrn")));
        QVERIFY(w.dockOptions().testFlag(QMainWindow::AllowTabbedDocks));
        w.close();
    }

    void aFreshStartWorksFromTheKeyboard()
    {
        TestFeedSource source(mrnFeed());
        MainWindowOptions o = options();
        o.subtitle = QStringLiteral("demo");
        MainWindow w(&source, nullptr, o);
        QCOMPARE(w.windowTitle(), QStringLiteral("demo — Switchboard"));
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        source.push(mixedStories());
        BlotterPane *pane = blotter(w);
        QTableView *view = pane->view();
        // The keyboard starts in the rows, on the newest story: J and K move, they do not type into the filter.
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
        QCOMPARE(view->currentIndex().row(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
        QCOMPARE(view->currentIndex().row(), 2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_K);
        QCOMPARE(view->currentIndex().row(), 1);
        QCOMPARE(pane->filterEdit()->text(), QString());
        QCOMPARE(pane->visibleCount(), 4);
        StoryViewer *viewer = w.storyViewer();
        QCOMPARE(viewer->headlineText(), QStringLiteral("トヨタ、通期予想を上方修正"));

        // Ctrl+F goes to the filter; Escape clears it and gives the keyboard back to the rows.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(pane->filterEdit()));
        QTest::keyClicks(pane->filterEdit(), QStringLiteral("jj"));
        QTRY_COMPARE(pane->visibleCount(), 0);
        QTest::keyClick(pane->filterEdit(), Qt::Key_Escape);
        QCOMPARE(pane->filterEdit()->text(), QString());
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
        QTRY_COMPARE(pane->visibleCount(), 4);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
        QVERIFY(view->currentIndex().isValid());
        w.close();
    }

    void storiesAppearAndTheFilterNarrowsThem()
    {
        TestFeedSource source(mrnFeed());
        MainWindow w(&source, nullptr, options());
        w.show();
        source.push(mixedStories());
        BlotterPane *pane = blotter(w);
        QCOMPARE(pane->eventCount(), 4);
        QCOMPARE(pane->view()->model()->index(0, BlotterModel::Headline).data().toString(),
            QStringLiteral("أرامكو تعلن عن أرباح فصلية"));
        pane->setFilterText(QStringLiteral("lang:en"));
        QCOMPARE(pane->visibleCount(), 2);
        pane->setFilterText(QStringLiteral("lang:en urgency:1"));
        QCOMPARE(pane->visibleCount(), 1);
        // Arriving rows are filtered too.
        source.push({story(QStringLiteral("e"), QStringLiteral("Shell alert"), {}, QStringLiteral("en"), 1)});
        QCOMPARE(pane->visibleCount(), 2);
        QCOMPARE(pane->eventCount(), 5);
        // Typing in the box applies after a short debounce.
        pane->filterEdit()->setText(QStringLiteral("R:BARC.L"));
        QTRY_COMPARE(pane->visibleCount(), 1);
        const FeedStatus *status = w.monitor()->status(QStringLiteral("mrn"));
        QCOMPARE(status->eventsShown, quint64(5));
        QVERIFY(status->latencyPercentile(0.5) >= 0);
        w.close();
    }

    void selectingARowShowsTheStory()
    {
        TestFeedSource source(mrnFeed());
        MainWindow w(&source, nullptr, options());
        w.show();
        source.push(mixedStories());
        BlotterPane *pane = blotter(w);
        QTableView *view = pane->view();
        view->selectionModel()->setCurrentIndex(
            view->model()->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        StoryViewer *viewer = w.storyViewer();
        QCOMPARE(viewer->headlineText(), QStringLiteral("トヨタ、通期予想を上方修正"));
        QCOMPARE(viewer->subjectChips(), QStringList {QStringLiteral("R:7203.T")});
        QTRY_VERIFY(!viewer->detailsPending());
        QCOMPARE(viewer->audienceChips(), QStringList {QStringLiteral("NP:RNP")});
        QVERIFY(viewer->rawJson().contains(QStringLiteral("\"key\": \"c\"")));

        // J and K walk the blotter.
        w.activateWindow();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_K);
        QCOMPARE(viewer->headlineText(), QStringLiteral("أرامكو تعلن عن أرباح فصلية"));
        QCOMPARE(viewer->headlineDirection(), Qt::RightToLeft);
        pane->moveSelection(2);
        QCOMPARE(viewer->headlineText(), QStringLiteral("Barclays beats estimates"));
        QCOMPARE(viewer->headlineDirection(), Qt::LeftToRight);

        // Copy puts the row on the clipboard as tab-separated text.
        w.copySelection();
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("Barclays beats estimates\tBARC.L")));

        // Export writes the selection off the GUI thread.
        const QString path = filePath(QStringLiteral("export.jsonl"));
        QFuture<QString> future = w.exportSelection(path, EventExporter::Format::JsonLines);
        QTRY_VERIFY(future.isFinished());
        QCOMPARE(future.result(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QCOMPARE(written.count('\n'), 1);
        QVERIFY(written.contains("\"key\":\"b\""));
        w.close();
    }

    void pauseHoldsEventsBack()
    {
        TestFeedSource source(mrnFeed());
        MainWindow w(&source, nullptr, options());
        BlotterPane *pane = blotter(w);
        source.push(numbered(0, 3));
        pane->setPaused(true);
        source.push(numbered(3, 4));
        QCOMPARE(pane->eventCount(), 3);
        pane->setPaused(false);
        QCOMPARE(pane->eventCount(), 7);
        pane->clear();
        QCOMPARE(pane->eventCount(), 0);
    }

    void statusIndicatorOpensDiagnostics()
    {
        TestFeedSource source(mrnFeed());
        MainWindow w(&source, nullptr, options());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        source.state(QStringLiteral("mrn"), FeedState::Connecting);
        source.state(QStringLiteral("mrn"), FeedState::Live, QStringLiteral("2 items"));
        FeedError error;
        error.feed = QStringLiteral("mrn");
        error.stage = FeedError::Stage::Decode;
        error.code = QStringLiteral("mrn_gzip");
        error.message = QStringLiteral("bad gzip");
        source.error(error);
        source.snapshot.frames = 1234;
        source.push(numbered(0, 10));
        w.monitor()->tick();
        FeedIndicator *indicator = w.indicator(QStringLiteral("mrn"));
        QVERIFY(indicator->text().contains(QStringLiteral("Live")));
        QVERIFY(indicator->text().contains(QStringLiteral("1 error")));
        QDockWidget *diagnosticsDock = w.findChild<QDockWidget *>(QStringLiteral("diagnostics"));
        w.storyViewer()->parentWidget()->raise();
        QTest::mouseClick(indicator, Qt::LeftButton);
        QVERIFY(diagnosticsDock->isVisible());
        DiagnosticsPane *diagnostics = w.diagnostics();
        QCOMPARE(diagnostics->currentFeed(), QStringLiteral("mrn"));
        QCOMPARE(diagnostics->historyRows(), 2);
        QCOMPARE(diagnostics->errorRows(), 1);
        QCOMPARE(diagnostics->counterText(QStringLiteral("frames")), QLocale().toString(1234));
        QCOMPARE(diagnostics->counterText(QStringLiteral("shown")), QStringLiteral("10"));
        QVERIFY(diagnostics->counterText(QStringLiteral("p99")).contains(QStringLiteral("ms")));
        w.close();
    }

    void layoutSurvivesARestart()
    {
        const QString settings = freshSettings();
        TestFeedSource source(mrnFeed());
        {
            MainWindow w(&source, nullptr, options(settings));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QHeaderView *header = blotter(w)->view()->horizontalHeader();
            header->resizeSection(BlotterModel::Subjects, 333);
            blotter(w)->view()->sortByColumn(BlotterModel::Urgency, Qt::AscendingOrder);
            blotter(w)->setFilterText(QStringLiteral("lang:en"));
            w.findChild<QDockWidget *>(QStringLiteral("diagnostics"))->close();
            w.resize(1100, 700);
            w.close();
        }
        {
            MainWindow w(&source, nullptr, options(settings));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QHeaderView *header = blotter(w)->view()->horizontalHeader();
            QCOMPARE(header->sectionSize(BlotterModel::Subjects), 333);
            QCOMPARE(header->sortIndicatorSection(), int(BlotterModel::Urgency));
            QCOMPARE(blotter(w)->filterModel()->sortColumn(), int(BlotterModel::Urgency));
            QCOMPARE(blotter(w)->filterEdit()->text(), QStringLiteral("lang:en"));
            QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("diagnostics"))->isVisible());
            QCOMPARE(w.size(), QSize(1100, 700));

            w.resetLayout();
            QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("diagnostics"))->isVisibleTo(&w));
            QVERIFY(header->sectionSize(BlotterModel::Subjects) != 333);
            QCOMPARE(blotter(w)->filterModel()->sortColumn(), -1);
            w.close();
        }
    }

    void workspacesAreNamedLayouts()
    {
        TestFeedSource source(mrnFeed());
        MainWindow w(&source, nullptr, options());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QHeaderView *header = blotter(w)->view()->horizontalHeader();
        header->resizeSection(BlotterModel::Subjects, 250);
        w.saveLayout();
        w.saveWorkspaceAs(QStringLiteral("Wide"));
        QCOMPARE(w.currentWorkspace(), QStringLiteral("Wide"));
        header->resizeSection(BlotterModel::Subjects, 500);
        QVERIFY(w.switchWorkspace(QStringLiteral("Default")));
        QCOMPARE(header->sectionSize(BlotterModel::Subjects), 250);
        QVERIFY(w.switchWorkspace(QStringLiteral("Wide")));
        QCOMPARE(header->sectionSize(BlotterModel::Subjects), 500); // switching away saved it
        QCOMPARE(w.workspaces(),
            (QStringList {QStringLiteral("Default"), QStringLiteral("News"), QStringLiteral("Operations"),
                QStringLiteral("Wide")}));
        QVERIFY(!w.switchWorkspace(QStringLiteral("Missing")));
        w.close();
    }

    void noLabelRendersServerTextAsRichText()
    {
        // State texts, close reasons and welcome fields come from peers: no label of any pane may render them as HTML.
        TestFeedSource source({{QStringLiteral("mrn"), QStringLiteral("mrn")},
            {QStringLiteral("alerts"), QStringLiteral("alerts")}, {QStringLiteral("opera"), QStringLiteral("opera")},
            {QStringLiteral("pubsub"), QStringLiteral("pubsub")}, {QStringLiteral("salto"), QStringLiteral("salto")}});
        MainWindow w(&source, nullptr, options());
        const QList<QLabel *> labels = w.findChildren<QLabel *>();
        QVERIFY(labels.size() > 20);
        for (const QLabel *label : labels)
            QVERIFY2(label->textFormat() == Qt::PlainText,
                qPrintable(QString::fromLatin1(label->parentWidget()->metaObject()->className()) + QStringLiteral(": ")
                    + label->text()));
    }

    void historyIsStoredSearchedAndBackfilled()
    {
        const QString settings = freshSettings();
        const StoreOptions storeOptions = historyOptions(QStringLiteral("history.sqlite"));
        TestFeedSource source(mrnFeed());
        {
            EventStore store;
            store.open(storeOptions);
            MainWindow w(&source, &store, options(settings));
            // The window only shows what it is given; the host's sink has stored it before (commit, then show).
            source.push(mixedStories());
            store.flush();
            qint64 stored = -1;
            store.count(&w, [&stored](qint64 n) { stored = n; });
            QTRY_COMPARE(stored, qint64(0));
            for (const EventBatch &batch : {mixedStories(), numbered(0, 20)}) {
                store.append(batch);
                source.push(batch);
            }
            store.flush();
            stored = -1;
            store.count(&w, [&stored](qint64 n) { stored = n; });
            QTRY_COMPARE(stored, qint64(24));

            BlotterPane *pane = blotter(w);
            QSignalSpy finished(pane, &BlotterPane::searchFinished);
            pane->search(QStringLiteral("Vodafone"));
            QTRY_COMPARE(finished.count(), 1);
            QCOMPARE(finished.at(0).at(0).toInt(), 1);
            pane->activateSearchResult(0);
            QCOMPARE(w.storyViewer()->headlineText(), QStringLiteral("Vodafone cuts outlook"));
            w.close();
        }
        {
            EventStore store;
            store.open(storeOptions);
            MainWindowOptions o = options(settings);
            o.backfillCount = 10;
            MainWindow w(&source, &store, o);
            BlotterPane *pane = blotter(w);
            QSignalSpy backfilled(pane, &BlotterPane::backfilled);
            QVERIFY(pane->isBackfilling());
            // A live event during the backfill waits, then lands on top of the history.
            source.push({story(QStringLiteral("live"), QStringLiteral("Live after restart"))});
            QTRY_COMPARE(backfilled.count(), 1);
            QCOMPARE(backfilled.at(0).at(0).toInt(), 10);
            QCOMPARE(pane->eventCount(), 11);
            QCOMPARE(pane->model()->eventAt(0).key, QStringLiteral("live"));
            QCOMPARE(pane->model()->eventAt(1).key, QStringLiteral("k19"));
            QCOMPARE(pane->model()->eventAt(10).key, QStringLiteral("k10"));
            w.close();
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
