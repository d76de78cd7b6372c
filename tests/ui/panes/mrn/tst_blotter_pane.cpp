#include "../../support/ui_pane_context.h"
#include "../../support/ui_test_events.h"
#include "panes/mrn/blotter_model.h"
#include "panes/mrn/blotter_pane.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

class TestBlotterPane : public QObject
{
    Q_OBJECT
private:
    static PaneContext context() { return paneContext(QStringLiteral("mrn"), 5000); }

private Q_SLOTS:
    void stateRoundTrips()
    {
        BlotterPane a(context());
        a.view()->horizontalHeader()->resizeSection(BlotterModel::Subjects, 211);
        a.view()->sortByColumn(BlotterModel::Time, Qt::AscendingOrder);
        a.setFilterText(QStringLiteral("urgency:1"));
        const QByteArray state = a.saveState();

        BlotterPane b(context());
        QVERIFY(b.restoreState(state));
        QCOMPARE(b.view()->horizontalHeader()->sectionSize(BlotterModel::Subjects), 211);
        QCOMPARE(b.view()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(b.filterEdit()->text(), QStringLiteral("urgency:1"));
        QVERIFY(!b.restoreState("garbage"));
    }

    void aReaderScrolledDownKeepsHisRows()
    {
        BlotterPane pane(context());
        pane.resize(800, 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.appendEvents(numbered(0, 500));
        QScrollBar *scroll = pane.view()->verticalScrollBar();
        QTRY_VERIFY(scroll->maximum() > 100);
        scroll->setValue(50);
        const QModelIndex topBefore = pane.view()->indexAt(QPoint(5, 5));
        const QString keyBefore = topBefore.data(BlotterModel::KeyRole).toString();
        pane.appendEvents(numbered(500, 30));
        QTRY_COMPARE(scroll->value(), 80);
        QCOMPARE(pane.view()->indexAt(QPoint(5, 5)).data(BlotterModel::KeyRole).toString(), keyBefore);

        // At the top, the view follows the newest rows.
        scroll->setValue(0);
        pane.appendEvents(numbered(530, 10));
        QCOMPARE(scroll->value(), 0);
        QCOMPARE(pane.view()->indexAt(QPoint(5, 5)).data(BlotterModel::KeyRole).toString(), QStringLiteral("k539"));
    }

    void heldEventsGoInSlicesAndKeepTheirOrder()
    {
        BlotterPane pane(context());
        pane.setPaused(true);
        pane.appendEvents(numbered(0, 4500)); // a burst while paused
        QCOMPARE(pane.eventCount(), 0);
        pane.setPaused(false);
        // One slice now, not the whole burst in one go on the GUI thread.
        QVERIFY(pane.eventCount() > 0);
        QVERIFY(pane.eventCount() < 4500);
        pane.appendEvents(numbered(4500, 10)); // live events queue behind the held ones
        QTRY_COMPARE(pane.eventCount(), 4510);
        QCOMPARE(pane.view()->model()->index(0, 0).data(BlotterModel::KeyRole).toString(), QStringLiteral("k4509"));
        QCOMPARE(pane.view()->model()->index(4509, 0).data(BlotterModel::KeyRole).toString(), QStringLiteral("k0"));
    }

    void theHeadlineTakesTheWidthOthersLeave()
    {
        BlotterPane pane(context());
        pane.resize(1000, 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.appendEvents(numbered(0, 50));
        QHeaderView *header = pane.view()->horizontalHeader();
        // The headline's own width follows the viewport (and its scroll bar); the others are what is compared.
        auto widths = [header] {
            QList<int> out;
            for (int column = 0; column < BlotterModel::ColumnCount; ++column)
                out << (column == BlotterModel::Headline ? 0 : header->sectionSize(column));
            return out;
        };
        // All columns fill the table, and the headline is the widest.
        QTRY_COMPARE(header->length(), pane.view()->viewport()->width());
        const QList<int> first = widths();
        const int headline = header->sectionSize(BlotterModel::Headline);
        for (int column = 0; column < BlotterModel::ColumnCount; ++column)
            QVERIFY2(headline > first.at(column), qPrintable(QString::number(column)));
        // A wider pane gives the headline the room.
        pane.resize(1400, 400);
        QTRY_VERIFY(header->sectionSize(BlotterModel::Headline) > headline + 300);
        QTRY_COMPARE(header->length(), pane.view()->viewport()->width());
        QCOMPARE(header->sectionSize(BlotterModel::Type), first.at(BlotterModel::Type));
        // Reset layout gives what the first launch gave.
        header->resizeSection(BlotterModel::Subjects, 300);
        pane.resize(1000, 400);
        pane.resetLayout();
        QTRY_COMPARE(widths(), first);
        QTRY_COMPARE(header->length(), pane.view()->viewport()->width());
    }

    void aFirstClickOnTimeShowsTheNewestFirst()
    {
        BlotterPane pane(context());
        pane.resize(900, 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.appendEvents(numbered(0, 5));
        QHeaderView *header = pane.view()->horizontalHeader();
        const int x = header->sectionViewportPosition(BlotterModel::Time) + header->sectionSize(BlotterModel::Time) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(BlotterModel::Time));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(pane.view()->model()->index(0, 0).data(BlotterModel::KeyRole).toString(), QStringLiteral("k4"));
    }

    void heldEventsAreCappedAndTheDropsCounted()
    {
        BlotterPane pane(context()); // capacity 5,000
        pane.setPaused(true);
        pane.appendEvents(numbered(0, 5200));
        QCOMPARE(pane.heldDropped(), 200);
        auto *counts = pane.findChild<QLabel *>(QStringLiteral("counts"));
        QVERIFY(counts);
        QTRY_VERIFY(
            counts->text().startsWith(QStringLiteral("Paused · %1 held · 200 dropped").arg(QLocale().toString(5000))));
        pane.setPaused(false);
        QCOMPARE(pane.heldDropped(), 0);
        QTRY_COMPARE(pane.eventCount(), 5000);
        // The oldest were dropped; the newest held are shown.
        QCOMPARE(pane.view()->model()->index(0, 0).data(BlotterModel::KeyRole).toString(), QStringLiteral("k5199"));
        QCOMPARE(pane.view()->model()->index(4999, 0).data(BlotterModel::KeyRole).toString(), QStringLiteral("k200"));
    }

    void aBurstIsInsertedInFewerLargerSteps()
    {
        BlotterPane pane(context());
        QSignalSpy inserted(pane.view()->model(), &QAbstractItemModel::rowsInserted);
        // 3,000 events in ten batches, far above the burst threshold: after the first batches the pane coalesces.
        for (int b = 0; b < 10; ++b)
            pane.appendEvents(numbered(b * 300, 300));
        QVERIFY(pane.eventCount() < 3000);
        QTRY_COMPARE(pane.eventCount(), 3000);
        QVERIFY2(inserted.size() < 10, qPrintable(QString::number(inserted.size())));
        QCOMPARE(pane.view()->model()->index(0, 0).data(BlotterModel::KeyRole).toString(), QStringLiteral("k2999"));
        // Paused, what was pending is shown first and the rest is held.
        pane.appendEvents(numbered(3000, 300));
        pane.setPaused(true);
        QCOMPARE(pane.eventCount(), 3300);
    }

    void searchWithoutHistorySaysSo()
    {
        BlotterPane pane(context());
        pane.search(QStringLiteral("anything"));
        QCOMPARE(pane.searchResultCount(), 0);
        pane.startBackfill(100);
        QVERIFY(!pane.isBackfilling());
    }
};

QTEST_MAIN(TestBlotterPane)
#include "tst_blotter_pane.moc"
