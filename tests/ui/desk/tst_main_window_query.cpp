#include "../support/ui_test_events.h"
#include "../support/window_fixture.h"
#include "desk/main_window.h"
#include "dialogs/filter_syntax_dialog.h"
#include "panes/event_table_pane.h"
#include "panes/mrn/blotter_filter_model.h"
#include "panes/mrn/blotter_model.h"
#include "panes/mrn/blotter_pane.h"
#include "store/event_store.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

// The desk's query language and its errors, driven through the real window: one syntax in the filter and in history
// search, problems shown under the box, and Help → Filter syntax.
class TestMainWindowQuery
    : public QObject
    , protected WindowFixture
{
    Q_OBJECT
private:
    static EventBatch stories()
    {
        return {
            story(QStringLiteral("m1"), QStringLiteral("Software maker beats estimates"),
                {QStringLiteral("R:MSFT.O"), QStringLiteral("N2:TEC")}),
            story(QStringLiteral("v1"), QStringLiteral("Telecoms group sells towers"), {QStringLiteral("R:VOD.L")}),
            story(QStringLiteral("m2"), QStringLiteral("Cloud revenue up"), {QStringLiteral("R:MSFT.O")}),
            story(QStringLiteral("b1"), QStringLiteral("Bank names chief"), {QStringLiteral("R:BARC.L")}),
        };
    }
    static QStringList shownKeys(BlotterPane *pane)
    {
        QStringList keys;
        for (int row = 0; row < pane->visibleCount(); ++row)
            keys << pane->model()
                        ->eventAt(pane->filterModel()->mapToSource(pane->filterModel()->index(row, 0)).row())
                        .key;
        keys.sort();
        return keys;
    }
    static QAction *helpAction(MainWindow &w, const QString &text)
    {
        for (QAction *menu : w.menuBar()->actions())
            if (menu->menu() && menu->text().remove(QLatin1Char('&')) == QLatin1String("Help"))
                for (QAction *a : menu->menu()->actions())
                    if (a->text().remove(QLatin1Char('&')) == text)
                        return a;
        return nullptr;
    }

private Q_SLOTS:
    void aBareCodeFiltersAndACodeFindsHistory()
    {
        EventStore store;
        store.open(historyOptions(QStringLiteral("history.sqlite")));
        TestFeedSource source({{QStringLiteral("mrn"), QStringLiteral("mrn")}});
        MainWindow w(&source, &store, options());
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        store.append(stories());
        source.push(stories());
        store.flush();
        BlotterPane *pane = blotter(w);
        QTRY_COMPARE(pane->visibleCount(), 4);

        // A RIC typed as a word shows the rows with that RIC, in any case.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(pane->filterEdit()));
        QTest::keyClicks(pane->filterEdit(), QStringLiteral("msft.o"));
        QTRY_COMPARE(shownKeys(pane), (QStringList {QStringLiteral("m1"), QStringLiteral("m2")}));
        QTest::keyClick(pane->filterEdit(), Qt::Key_Escape);
        QTRY_COMPARE(pane->visibleCount(), 4);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(pane->filterEdit(), QStringLiteral("R:VOD*"));
        QTRY_COMPARE(shownKeys(pane), QStringList {QStringLiteral("v1")});
        QTest::keyClick(pane->filterEdit(), Qt::Key_Escape);
        QTRY_COMPARE(pane->visibleCount(), 4);

        // History search takes the same forms: the code with its prefix, and bare.
        auto *search = pane->findChild<QLineEdit *>(QStringLiteral("search"));
        QVERIFY(search);
        QSignalSpy finished(pane, &BlotterPane::searchFinished);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search));
        QTest::keyClicks(search, QStringLiteral("R:MSFT.O"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), 2);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("MSFT.O"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1).at(0).toInt(), 2);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("r:vod.l"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(finished.count(), 3);
        QCOMPARE(finished.at(2).at(0).toInt(), 1);
        // The language's other forms mean the same in history: negation, alternatives, the title's words.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("R:MSFT.O R:BARC.L -cloud"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(finished.count(), 4);
        QCOMPARE(finished.at(3).at(0).toInt(), 2);
        w.close();
    }

    void aFilterErrorIsShownUnderTheBox()
    {
        TestFeedSource source(
            {{QStringLiteral("mrn"), QStringLiteral("mrn")}, {QStringLiteral("salto"), QStringLiteral("salto")}});
        MainWindow w(&source, nullptr, options());
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        source.push(stories());
        BlotterPane *pane = blotter(w);
        auto *problem = pane->findChild<QLabel *>(QStringLiteral("filterProblem"));
        QVERIFY(problem);
        QVERIFY(problem->isHidden());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(pane->filterEdit(), QStringLiteral("urgency:x"));
        QTRY_VERIFY(!problem->isHidden());
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("urgency:x")), qPrintable(problem->text()));
        // The label sits under the box, not beside or over it.
        const QPoint editBottom = pane->filterEdit()->mapTo(pane, QPoint(0, pane->filterEdit()->height()));
        QVERIFY(problem->mapTo(pane, QPoint(0, 0)).y() >= editBottom.y());
        QTest::keyClick(pane->filterEdit(), Qt::Key_Escape);
        QTRY_VERIFY(problem->isHidden());

        // The table panes show theirs the same way.
        auto *doors = qobject_cast<EventTablePane *>(w.pane(QStringLiteral("salto")));
        QVERIFY(doors);
        QLabel *doorProblem = doors->filterBox()->problemLabel();
        QVERIFY(doorProblem->isHidden());
        doors->focusFilter();
        QTest::keyClicks(doors->filterEdit(), QStringLiteral("door:\"Main urgency:high"));
        QTRY_VERIFY(!doorProblem->isHidden());
        QVERIFY2(doorProblem->text().contains(QLatin1String("door:\"Main")), qPrintable(doorProblem->text()));
        QVERIFY2(doorProblem->text().contains(QLatin1String("quote")), qPrintable(doorProblem->text()));
        QTest::keyClick(doors->filterEdit(), Qt::Key_Escape);
        QTRY_VERIFY(doorProblem->isHidden());
        w.close();
    }

    void helpExplainsTheFilterSyntax()
    {
        TestFeedSource source({{QStringLiteral("mrn"), QStringLiteral("mrn")}});
        MainWindow w(&source, nullptr, options());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *action = helpAction(w, QStringLiteral("Filter syntax"));
        QVERIFY(action);
        action->trigger();
        auto *dialog = w.findChild<FilterSyntaxDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QString text = dialog->text();
        for (const char *example : {"MSFT.O", "R:VOD.L", "R:VOD*", "urgency:1", "lang:en", "\"rate cut\"",
                 "severity:critical severity:high", "kind:news.story", "-R:VOD*", "urgency:1-2",
                 "door:", "module:", "dir:in", "Rules use the strict language"})
            QVERIFY2(text.contains(QLatin1String(example)), example);
        for (const char *section : {"News", "Door incidents", "Hotel events", "Topic inspector"})
            QVERIFY2(text.contains(QLatin1String(section)), section);
        // A second use raises the same dialog rather than stacking another.
        action->trigger();
        QCOMPARE(w.findChildren<FilterSyntaxDialog *>().size(), 1);
        dialog->close();
        w.close();
    }
};

QTEST_MAIN(TestMainWindowQuery)
#include "tst_main_window_query.moc"
