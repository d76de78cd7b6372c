// The live panes from the reader's side, driven through the real window: pause and resume with the status saying
// so, the "new above" cue, the selected row kept in place while rows arrive, Clear and Undo, and tooltips that follow
// the row under the pointer.
#include "../support/ui_test_events.h"
#include "../support/window_fixture.h"
#include "desk/main_window.h"
#include "panes/event_table_pane.h"
#include "panes/mrn/blotter_model.h"
#include "panes/mrn/blotter_pane.h"
#include "panes/story/story_viewer.h"
#include "widgets/feed_indicator.h"
#include "widgets/new_rows_cue.h"

#include <QApplication>
#include <QHelpEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

namespace {

Event doorEntry(int n)
{
    QJsonObject attrs;
    attrs.insert(QStringLiteral("id"), QStringLiteral("ev-%1").arg(n));
    attrs.insert(QStringLiteral("site_name"), QStringLiteral("Amsterdam HQ"));
    attrs.insert(QStringLiteral("lock_name"), QStringLiteral("Door %1").arg(n));
    attrs.insert(QStringLiteral("user_name"), QStringLiteral("Anna de Vries"));
    attrs.insert(QStringLiteral("action"), QStringLiteral("entry"));
    Event e;
    e.feed = QStringLiteral("salto");
    e.kind = QStringLiteral("door.entry");
    e.key = QStringLiteral("ev-%1").arg(n);
    e.timeMs = 1795348800000 + n * 1000;
    e.receivedMs = e.timeMs;
    e.title = QStringLiteral("entry · Door %1 · Anna de Vries").arg(n).toUtf8();
    e.source = QStringLiteral("Amsterdam HQ");
    e.tags << QStringLiteral("entry") << QStringLiteral("event:entry") << QStringLiteral("door:Door %1").arg(n)
           << QStringLiteral("user:Anna de Vries");
    e.attrs = QJsonDocument(attrs).toJson(QJsonDocument::Compact);
    return e;
}

EventBatch doorEntries(int from, int count)
{
    EventBatch out;
    for (int i = from; i < from + count; ++i)
        out.append(doorEntry(i));
    return out;
}

QString headlineAt(QTableView *view, int row)
{
    return view->model()->index(row, BlotterModel::Headline).data().toString();
}

bool rowInViewport(QTableView *view, const QModelIndex &index)
{
    const QRect rect = view->visualRect(index);
    return rect.isValid() && view->viewport()->rect().contains(rect);
}

} // namespace

class TestMainWindowFollow
    : public QObject
    , protected WindowFixture
{
    Q_OBJECT
private:
    static QString counts(BlotterPane *pane) { return pane->findChild<QLabel *>(QStringLiteral("counts"))->text(); }
    static QToolButton *button(QWidget *pane, const char *name)
    {
        return pane->findChild<QToolButton *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void pauseSaysPausedAndResumeShowsTheHeldRowsWithACue()
    {
        TestFeedSource source(mrnFeed());
        MainWindow w(&source, nullptr, options());
        showActive(w);
        source.state(QStringLiteral("mrn"), FeedState::Live);
        source.push(numbered(0, 100));
        BlotterPane *pane = blotter(w);
        QTableView *view = pane->view();
        FeedIndicator *indicator = w.indicator(QStringLiteral("mrn"));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
        QVERIFY(indicator->text().contains(QStringLiteral("Live")));

        QTest::keyClick(view, Qt::Key_P);
        QVERIFY(pane->isPaused());
        QVERIFY2(indicator->text().contains(QStringLiteral("Paused")), qPrintable(indicator->text()));
        QVERIFY(!indicator->text().contains(QStringLiteral("Live")));
        QVERIFY(counts(pane).startsWith(QStringLiteral("Paused")));

        // The reader goes down to older rows while the feed is held back.
        QTest::keyClick(view, Qt::Key_PageDown);
        QTest::keyClick(view, Qt::Key_PageDown);
        QTRY_VERIFY(view->verticalScrollBar()->value() > 0);
        const QModelIndex reading = view->currentIndex();
        const QString readingHeadline = headlineAt(view, reading.row());
        const int readingTop = view->visualRect(reading).top();
        source.push(numbered(100, 50));
        QCOMPARE(pane->eventCount(), 100);
        NewRowsCue *cue = pane->cue();
        QVERIFY(!cue->isVisible());

        QTest::keyClick(view, Qt::Key_P);
        QVERIFY(!pane->isPaused());
        QVERIFY2(indicator->text().contains(QStringLiteral("Live")), qPrintable(indicator->text()));
        QCOMPARE(pane->eventCount(), 150);
        QCOMPARE(headlineAt(view, 0), QStringLiteral("Story 149")); // the newest is on top
        QCOMPARE(counts(pane), QStringLiteral("150 stories"));
        // The rows the reader was on stay put; the cue says how many arrived above.
        QTRY_COMPARE(view->visualRect(view->currentIndex()).top(), readingTop);
        QCOMPARE(headlineAt(view, view->currentIndex().row()), readingHeadline);
        QTRY_VERIFY(cue->isVisible());
        QCOMPARE(cue->text(), QStringLiteral("50 new above — jump"));

        QToolButton *jump = button(pane, "jumpToNewest");
        QTest::mouseClick(jump, Qt::LeftButton);
        QTRY_COMPARE(view->verticalScrollBar()->value(), 0);
        QTRY_VERIFY(!cue->isVisible());
        QVERIFY(rowInViewport(view, view->model()->index(0, 0)));
        w.close();
    }

    void theSelectedRowStaysInPlaceWhileRowsArrive()
    {
        TestFeedSource source(mrnFeed());
        MainWindow w(&source, nullptr, options(1000));
        showActive(w);
        source.push(numbered(0, 300));
        BlotterPane *pane = blotter(w);
        QTableView *view = pane->view();
        view->verticalScrollBar()->setValue(40);
        QTRY_COMPARE(view->verticalScrollBar()->value(), 40);

        const QModelIndex picked = view->model()->index(45, BlotterModel::Headline);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(picked).center());
        QCOMPARE(view->currentIndex().row(), 45);
        const QString headline = headlineAt(view, 45);
        QCOMPARE(w.storyViewer()->headlineText(), headline);
        const int top = view->visualRect(picked).top();

        for (int batch = 0; batch < 5; ++batch)
            source.push(numbered(300 + batch * 100, 100));
        QCOMPARE(pane->eventCount(), 800);
        const QModelIndex current = view->currentIndex();
        QCOMPARE(current.row(), 545);
        QCOMPARE(headlineAt(view, current.row()), headline);
        QTRY_VERIFY(rowInViewport(view, view->currentIndex()));
        QCOMPARE(view->visualRect(view->currentIndex()).top(), top);
        QCOMPARE(w.storyViewer()->headlineText(), headline); // the viewer did not change under the reader
        QTRY_COMPARE(pane->cue()->text(), QStringLiteral("500 new above — jump"));

        // When the ring drops the row, the cue says so and the viewer keeps the story.
        source.push(numbered(800, 500));
        QVERIFY(view->currentIndex().row() != 545 || headlineAt(view, view->currentIndex().row()) != headline);
        QCOMPARE(w.storyViewer()->headlineText(), headline);
        QTRY_VERIFY(pane->cue()->text().contains(QStringLiteral("left the table")));
        w.close();
    }

    void atTheTopTheNewestRowsShow()
    {
        TestFeedSource source(mrnFeed());
        MainWindow w(&source, nullptr, options());
        showActive(w);
        source.push(numbered(0, 50));
        BlotterPane *pane = blotter(w);
        QTableView *view = pane->view();
        QCOMPARE(view->currentIndex().row(), 0);
        source.push(numbered(50, 2));
        QCOMPARE(view->verticalScrollBar()->value(), 0);
        QCOMPARE(view->currentIndex().row(), 2); // still the story the reader was on, still in sight
        QVERIFY(rowInViewport(view, view->currentIndex()));
        QVERIFY(!pane->cue()->isVisible());
        w.close();
    }

    void theRowChosenAtStartDoesNotHoldTheViewUntilTheReaderActs()
    {
        TestFeedSource source(mrnFeed());
        MainWindow w(&source, nullptr, options());
        showActive(w);
        source.push(numbered(0, 1));
        BlotterPane *pane = blotter(w);
        QTableView *view = pane->view();
        QCOMPARE(view->currentIndex().row(), 0); // the pane's own choice, so that J/K work at once
        const QString first = headlineAt(view, 0);

        // Nobody has touched the pane: page after page of news arrives and the newest rows stay in sight.
        for (int i = 1; i < 200; i += 20)
            source.push(numbered(i, 20));
        QCOMPARE(view->verticalScrollBar()->value(), 0);
        QCOMPARE(headlineAt(view, 0), QStringLiteral("Story 200"));
        QVERIFY(!pane->cue()->isVisible());
        QCOMPARE(headlineAt(view, view->currentIndex().row()), first); // still selected, scrolled off below

        // The reader's first key makes the row theirs: from then on it keeps its place.
        QTest::keyClick(view, Qt::Key_Home);
        QTest::keyClick(view, Qt::Key_J);
        const QModelIndex reading = view->currentIndex();
        const QString readingHeadline = headlineAt(view, reading.row());
        const int readingTop = view->visualRect(reading).top();
        source.push(numbered(200, 100));
        QTRY_COMPARE(view->visualRect(view->currentIndex()).top(), readingTop);
        QCOMPARE(headlineAt(view, view->currentIndex().row()), readingHeadline);
        QVERIFY(pane->cue()->isVisible());
        w.close();
    }

    void clearHidesTheRowsUntilUndo()
    {
        TestFeedSource source(mrnFeed());
        MainWindow w(&source, nullptr, options(5000));
        showActive(w);
        source.push(numbered(0, 2000));
        BlotterPane *pane = blotter(w);
        QTableView *view = pane->view();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));

        QTest::keyClick(view, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(pane->eventCount(), 0);
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(counts(pane), QStringLiteral("0 stories"));
        QTRY_VERIFY(pane->cue()->isVisible());
        QVERIFY(pane->cue()->text().contains(QStringLiteral("Cleared 2,000 rows")));
        QVERIFY(button(pane, "undoClear")->isVisible());

        // New rows count from zero, and the count agrees with the rows as soon as they are in (it used to lag a timer
        // tick behind: "3 stories" over 4 rows).
        QStringList lagging;
        const QMetaObject::Connection watch
            = connect(view->model(), &QAbstractItemModel::rowsInserted, this, [&lagging, pane, view] {
                  QMetaObject::invokeMethod(
                      pane,
                      [&lagging, pane, view] {
                          const QString expected = QStringLiteral("%1 stories").arg(view->model()->rowCount());
                          if (counts(pane) != expected)
                              lagging << counts(pane) + QStringLiteral(" over ") + expected;
                      },
                      Qt::QueuedConnection);
              });
        source.push(numbered(2000, 3));
        source.push(numbered(2003, 1));
        QTRY_COMPARE(view->model()->rowCount(), 4); // a burst goes in on the next insertion tick
        QCOMPARE(counts(pane), QStringLiteral("4 stories"));
        QCoreApplication::processEvents();
        disconnect(watch);
        QCOMPARE(lagging, QStringList());

        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(pane->eventCount(), 2004);
        QCOMPARE(view->model()->rowCount(), 2004);
        QCOMPARE(counts(pane), QStringLiteral("2,004 stories"));
        QCOMPARE(headlineAt(view, 0), QStringLiteral("Story 2003"));
        QCOMPARE(headlineAt(view, 2003), QStringLiteral("Story 0"));
        QTRY_VERIFY(!pane->cue()->isVisible());

        // The cue's Undo button does the same.
        QTest::keyClick(view, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(counts(pane), QStringLiteral("0 stories"));
        QTRY_VERIFY(button(pane, "undoClear")->isVisible());
        QTest::mouseClick(button(pane, "undoClear"), Qt::LeftButton);
        QCOMPARE(pane->eventCount(), 2004);
        QCOMPARE(counts(pane), QStringLiteral("2,004 stories"));

        // Ctrl+Z in the filter box is the box's own undo, not Undo clear.
        QTest::keyClick(view, Qt::Key_L, Qt::ControlModifier);
        pane->filterEdit()->setFocus();
        QTest::keyClicks(pane->filterEdit(), QStringLiteral("x"));
        QTest::keyClick(pane->filterEdit(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(pane->filterEdit()->text(), QString());
        QCOMPARE(pane->eventCount(), 0);
        w.close();
    }

    void tooltipsFollowTheRowUnderThePointer()
    {
        TestFeedSource source(mrnFeed());
        MainWindow w(&source, nullptr, options());
        showActive(w);
        source.push({story(QStringLiteral("ru"), QStringLiteral("Газпром увеличил добычу"), {}, QStringLiteral("ru")),
            story(QStringLiteral("en"), QStringLiteral("Vodafone cuts outlook"))});
        BlotterPane *pane = blotter(w);
        QTableView *view = pane->view();
        const QPoint at = view->visualRect(view->model()->index(1, BlotterModel::Headline)).center();
        QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), QStringLiteral("Газпром увеличил добычу"));

        // Rows arrive on top: the row under the pointer is now another story, and so is its tooltip.
        source.push(
            {story(QStringLiteral("de"), QStringLiteral("Siemens hebt Prognose an"), {}, QStringLiteral("de"))});
        const QModelIndex under = view->indexAt(at);
        QCOMPARE(headlineAt(view, under.row()), QStringLiteral("Vodafone cuts outlook"));
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("Vodafone cuts outlook"));

        // Asked afresh, the tooltip is the row's own.
        QToolTip::hideText();
        QHelpEvent again(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &again);
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("Vodafone cuts outlook"));
        QToolTip::hideText();
        w.close();
    }

    void tablePanesPauseCueClearAndUndo()
    {
        TestFeedSource source({{QStringLiteral("salto"), QStringLiteral("salto")}});
        source.state(QStringLiteral("salto"), FeedState::Live);
        MainWindow w(&source, nullptr, options());
        showActive(w);
        source.state(QStringLiteral("salto"), FeedState::Live);
        source.push(doorEntries(0, 100));
        auto *pane = qobject_cast<EventTablePane *>(w.pane(QStringLiteral("salto")));
        QVERIFY(pane);
        QTableView *view = pane->view();
        FeedIndicator *indicator = w.indicator(QStringLiteral("salto"));
        pane->focusRows();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));

        QTest::keyClick(view, Qt::Key_P);
        QVERIFY(pane->isPaused());
        QVERIFY2(indicator->text().contains(QStringLiteral("Paused")), qPrintable(indicator->text()));
        QTRY_VERIFY(view->verticalScrollBar()->maximum() > 30);
        view->verticalScrollBar()->setValue(30);
        QTRY_COMPARE(view->verticalScrollBar()->value(), 30);
        const QModelIndex top = view->model()->index(30, 0);
        const QString topText = top.data().toString();
        source.push(doorEntries(100, 20));
        QCOMPARE(pane->eventCount(), 100);
        QTest::keyClick(view, Qt::Key_P);
        QVERIFY(!pane->isPaused());
        QVERIFY(!indicator->text().contains(QStringLiteral("Paused")));
        QCOMPARE(pane->eventCount(), 120);
        QTRY_COMPARE(view->verticalScrollBar()->value(), 50);
        QCOMPARE(view->model()->index(50, 0).data().toString(), topText);
        QTRY_COMPARE(pane->cue()->text(), QStringLiteral("20 new above — jump"));
        QTest::mouseClick(button(pane, "jumpToNewest"), Qt::LeftButton);
        QTRY_VERIFY(!pane->cue()->isVisible());

        QTest::keyClick(view, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(pane->eventCount(), 0);
        QVERIFY(pane->canUndoClear());
        source.push(doorEntries(120, 2));
        QCOMPARE(pane->eventCount(), 2);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(pane->eventCount(), 122);
        QCOMPARE(view->model()->rowCount(), 122);
        w.close();
    }
};

QTEST_MAIN(TestMainWindowFollow)
#include "tst_main_window_follow.moc"
