// ScrollAnchor on a plain table: the current row keeps its place through insertions that come faster than the
// view's layout, rows above the viewport are counted until the top, and a removal of the current row is flagged
// before the selection model moves it.
#include "widgets/scroll_anchor.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace sb::ui;

namespace {

void prepend(QStandardItemModel &model, int from, int count)
{
    for (int i = from; i < from + count; ++i)
        model.insertRow(0, new QStandardItem(QStringLiteral("row %1").arg(i)));
}

} // namespace

class TestScrollAnchor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsTheCurrentRowThroughQuickInsertions()
    {
        QStandardItemModel model;
        QTableView view;
        ScrollAnchor *anchor = ScrollAnchor::attach(&view, &model);
        view.resize(300, 200);
        prepend(model, 0, 100);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.verticalScrollBar()->maximum() > 20);
        view.verticalScrollBar()->setValue(20);
        view.setCurrentIndex(model.index(22, 0));
        const QString reading = model.index(22, 0).data().toString();
        const int top = view.visualRect(view.currentIndex()).top();

        QSignalSpy counted(anchor, &ScrollAnchor::newAboveChanged);
        // Three batches in one turn of the event loop: the view lays out once, after all of them.
        prepend(model, 100, 1);
        prepend(model, 101, 1);
        prepend(model, 102, 1);
        QCOMPARE(view.currentIndex().data().toString(), reading);
        QTRY_COMPARE(view.verticalScrollBar()->value(), 23);
        QCOMPARE(view.visualRect(view.currentIndex()).top(), top);
        QCOMPARE(anchor->newAbove(), 3);
        QVERIFY(counted.count() >= 1);

        view.scrollToTop();
        QCOMPARE(anchor->newAbove(), 0);
    }

    void flagsTheRemovalOfTheCurrentRowBeforeTheSelectionMoves()
    {
        QStandardItemModel model;
        QTableView view;
        ScrollAnchor *anchor = ScrollAnchor::attach(&view, &model);
        prepend(model, 0, 10);
        view.setCurrentIndex(model.index(9, 0));
        bool flaggedWhenMoved = false;
        connect(view.selectionModel(), &QItemSelectionModel::currentChanged, this,
            [&] { flaggedWhenMoved = anchor->isDroppingCurrent(); });
        QSignalSpy dropped(anchor, &ScrollAnchor::currentDropped);
        model.removeRows(8, 2);
        QVERIFY(flaggedWhenMoved);
        QVERIFY(!anchor->isDroppingCurrent());
        QCOMPARE(dropped.count(), 1);

        // Removing another row leaves the current one alone and says nothing.
        model.removeRows(0, 1);
        QCOMPARE(dropped.count(), 1);
    }
};

QTEST_MAIN(TestScrollAnchor)
#include "tst_scroll_anchor.moc"
