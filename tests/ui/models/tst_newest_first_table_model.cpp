// The bounded newest-first table the event panes share: a batch is one insertion on top with its last event first,
// the capacity drops the oldest rows in one removal, a batch larger than the capacity keeps its newest events, and
// clear resets.
#include "../support/model_checks.h"
#include "models/newest_first_table_model.h"

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

namespace {

struct KeyRow
{
    Event event;
    QString key;
};

class KeyModel : public NewestFirstTableModel<KeyRow>
{
public:
    explicit KeyModel(int capacity)
        : NewestFirstTableModel(capacity)
    { }
    int columnCount(const QModelIndex & = QModelIndex()) const override { return 1; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const KeyRow *r = rowAt(index);
        return r && role == Qt::DisplayRole ? QVariant(r->key) : QVariant();
    }
    void append(const EventBatch &) override { }
    void appendKeys(const QStringList &keys)
    {
        std::vector<KeyRow> rows;
        for (const QString &k : keys) {
            Event e;
            e.key = k;
            rows.push_back(KeyRow {e, k});
        }
        prepend(std::move(rows));
    }
    QStringList keys() const
    {
        QStringList out;
        for (int i = 0; i < rowCount(); ++i)
            out << eventAt(i).key;
        return out;
    }
};

} // namespace

class TestNewestFirstTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchGoesOnTopNewestFirst()
    {
        KeyModel m(10);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        m.appendKeys({QStringLiteral("a"), QStringLiteral("b")});
        m.appendKeys({QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")});
        QCOMPARE(m.keys().join(QLatin1Char(',')), QStringLiteral("e,d,c,b,a"));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 0);
        QCOMPARE(inserted.at(1).at(2).toInt(), 2);
        QCOMPARE(m.index(0, 0).data().toString(), QStringLiteral("e"));
    }

    void capacityDropsTheOldestInOneRemoval()
    {
        KeyModel m(3);
        m.appendKeys({QStringLiteral("a"), QStringLiteral("b")});
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        m.appendKeys({QStringLiteral("c"), QStringLiteral("d")});
        QCOMPARE(m.keys().join(QLatin1Char(',')), QStringLiteral("d,c,b"));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(removed.first().at(2).toInt(), 1);
    }

    void batchLargerThanCapacityKeepsItsNewest()
    {
        KeyModel m(2);
        m.appendKeys({QStringLiteral("x")});
        m.appendKeys({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        QCOMPARE(m.keys().join(QLatin1Char(',')), QStringLiteral("c,b"));
    }

    void emptyBatchChangesNothing()
    {
        KeyModel m(2);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        m.appendKeys({});
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(inserted.count(), 0);
    }

    void invalidIndexHasNoRow()
    {
        KeyModel m(2);
        m.appendKeys({QStringLiteral("a")});
        QVERIFY(!m.data(QModelIndex(), Qt::DisplayRole).isValid());
        QVERIFY(!m.data(m.index(5, 0), Qt::DisplayRole).isValid());
        QCOMPARE(m.rowCount(m.index(0, 0)), 0); // a table: rows have no children
    }

    void clearResets()
    {
        KeyModel m(5);
        m.appendKeys({QStringLiteral("a"), QStringLiteral("b")});
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        m.clear();
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(reset.count(), 1);
    }

    void clearHidesUntilUndoAndHiddenRowsDropFirst()
    {
        KeyModel m(4);
        const auto tester = checkModel(&m);
        m.appendKeys({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        m.clear();
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.clearedCount(), 3);
        QCOMPARE(m.clearedEvents().size(), 3);
        QCOMPARE(m.clearedEvents().first().key, QStringLiteral("a")); // oldest first
        // Past the capacity, the hidden rows drop first and unseen: no row of the model is removed.
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        m.appendKeys({QStringLiteral("d"), QStringLiteral("e")});
        QCOMPARE(removed.count(), 0);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.clearedCount(), 2);
        m.undoClear();
        QCOMPARE(m.keys(),
            QStringList({QStringLiteral("e"), QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("b")}));
        m.clear();
        m.forgetCleared();
        m.undoClear();
        QCOMPARE(m.rowCount(), 0);
    }

    void staysAValidModelThroughEveryChange()
    {
        KeyModel m(4);
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&m);
        sorted.sort(0, Qt::AscendingOrder);
        const auto modelChecks = checkModel(&m);
        const auto sortedChecks = checkModel(&sorted);
        m.appendKeys({QStringLiteral("c"), QStringLiteral("a")});
        m.appendKeys({QStringLiteral("d"), QStringLiteral("b"), QStringLiteral("e")}); // drops the oldest, "c"
        QCOMPARE(m.keys(),
            QStringList({QStringLiteral("e"), QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("a")}));
        QCOMPARE(sorted.index(0, 0).data().toString(), QStringLiteral("a"));
        m.clear();
        QCOMPARE(sorted.rowCount(), 0);
        m.appendKeys({QStringLiteral("f")});
        m.undoClear();
        QCOMPARE(sorted.rowCount(), 4);
        QCOMPARE(sorted.index(3, 0).data().toString(), QStringLiteral("f"));
        m.appendKeys({QStringLiteral("g"), QStringLiteral("h"), QStringLiteral("i"), QStringLiteral("j"),
            QStringLiteral("k")}); // more than the capacity
        QCOMPARE(m.keys().size(), 4);
        QCOMPARE(sorted.index(0, 0).data().toString(), QStringLiteral("h"));
    }
};

QTEST_GUILESS_MAIN(TestNewestFirstTableModel)
#include "tst_newest_first_table_model.moc"
