// The startup benchmark's finish line: reported once, after a paint of the blotter with a row in it, and for no
// other table.
#include "first_row_report.h"

#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace sb::gui;

class TstFirstRowReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportsTheFirstPaintedBlotterRowOnce()
    {
        QElapsedTimer since;
        since.start();
        QList<qint64> reports;
        FirstRowReport report(since, [&](qint64 ms) { reports << ms; });
        report.start();

        QStandardItemModel blotterModel(0, 2), otherModel(0, 2);
        QTableView blotter, other;
        blotter.setObjectName(QStringLiteral("blotter"));
        blotter.setModel(&blotterModel);
        other.setModel(&otherModel);
        blotter.show();
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&blotter));
        QVERIFY(QTest::qWaitForWindowExposed(&other));

        // Rows in another table, and an empty blotter, are not the finish line.
        otherModel.appendRow({new QStandardItem(QStringLiteral("a")), new QStandardItem(QStringLiteral("b"))});
        other.viewport()->repaint();
        blotter.viewport()->repaint();
        QCoreApplication::processEvents();
        QVERIFY(reports.isEmpty());

        blotterModel.appendRow({new QStandardItem(QStringLiteral("a")), new QStandardItem(QStringLiteral("b"))});
        blotter.viewport()->repaint();
        QTRY_COMPARE(reports.size(), 1);
        QVERIFY(reports.first() >= 0);

        blotterModel.appendRow({new QStandardItem(QStringLiteral("c")), new QStandardItem(QStringLiteral("d"))});
        blotter.viewport()->repaint();
        QCoreApplication::processEvents();
        QCOMPARE(reports.size(), 1);
    }
};

QTEST_MAIN(TstFirstRowReport)
#include "tst_first_row_report.moc"
