// The word filter the event tables share: every word must match somewhere, "field:word" only in its column, an
// unknown field is an ordinary word, "_" may stand for a space, and a subclass condition applies before the words.
#include "../support/model_checks.h"
#include "models/field_filter_model.h"

#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace sb::ui;
using namespace sb::ui::test;

namespace {

constexpr int kSearchRole = Qt::UserRole + 1;
constexpr int kRankRole = Qt::UserRole + 2;

QStandardItemModel *table(QObject *parent)
{
    auto *m = new QStandardItemModel(0, 2, parent);
    const QList<QStringList> rows {{QStringLiteral("north"), QStringLiteral("forced door")},
        {QStringLiteral("south"), QStringLiteral("door open")}, {QStringLiteral("east"), QStringLiteral("entry")}};
    for (const QStringList &r : rows) {
        auto *site = new QStandardItem(r.at(0));
        site->setData(r.join(QLatin1Char('\n')), kSearchRole);
        m->appendRow({site, new QStandardItem(r.at(1))});
    }
    return m;
}

class OddRowsOnly : public FieldFilterModel
{
public:
    explicit OddRowsOnly(QObject *parent)
        : FieldFilterModel({{QStringLiteral("site"), 0}}, kSearchRole, false, parent)
    { }

protected:
    bool acceptsRow(int sourceRow, const QModelIndex &) const override { return sourceRow % 2 == 0; }
};

} // namespace

class TestFieldFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anUnknownFieldIsReportedByName()
    {
        FieldFilterModel f({{QStringLiteral("site"), 0}, {QStringLiteral("event"), 1}}, kSearchRole, false, this);
        f.setSourceModel(table(&f));
        QSignalSpy changed(&f, &FieldFilterModel::problemsChanged);
        f.setFilterText(QStringLiteral("colour:red north"));
        QCOMPARE(f.problems().size(), 1);
        QVERIFY(f.problems().first().contains(QLatin1String("colour:red")));
        QVERIFY(f.problems().first().contains(QLatin1String("event, site"))); // names what there is
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toStringList(), f.problems());
        f.setFilterText(QStringLiteral("colour:red south")); // same problem: no new signal
        QCOMPARE(changed.count(), 1);
        f.setFilterText(QStringLiteral("site:north 10:30 http://x"));
        QVERIFY(f.problems().isEmpty()); // a known field, a time, an address
        QCOMPARE(changed.count(), 2);
    }

    void everyWordMustMatch()
    {
        FieldFilterModel f({{QStringLiteral("site"), 0}, {QStringLiteral("event"), 1}}, kSearchRole, false, this);
        f.setSourceModel(table(&f));
        f.setFilterText(QStringLiteral("DOOR"));
        QCOMPARE(f.rowCount(), 2);
        f.setFilterText(QStringLiteral("door north"));
        QCOMPARE(f.rowCount(), 1);
        f.setFilterText(QString());
        QCOMPARE(f.rowCount(), 3);
        QCOMPARE(f.filterText(), QString());
    }

    void fieldRestrictsToItsColumn()
    {
        FieldFilterModel f({{QStringLiteral("site"), 0}, {QStringLiteral("event"), 1}}, kSearchRole, false, this);
        f.setSourceModel(table(&f));
        f.setFilterText(QStringLiteral("site:door"));
        QCOMPARE(f.rowCount(), 0);
        f.setFilterText(QStringLiteral("Event:open"));
        QCOMPARE(f.rowCount(), 1);
        QCOMPARE(f.index(0, 0).data().toString(), QStringLiteral("south"));
    }

    void unknownFieldIsAWord()
    {
        FieldFilterModel f({{QStringLiteral("site"), 0}}, kSearchRole, false, this);
        f.setSourceModel(table(&f));
        f.setFilterText(QStringLiteral("room:12"));
        QCOMPARE(f.rowCount(), 0); // searched as the word "room:12"
    }

    void underscoresStandForSpaces()
    {
        FieldFilterModel plain({{QStringLiteral("event"), 1}}, kSearchRole, false, this);
        plain.setSourceModel(table(&plain));
        plain.setFilterText(QStringLiteral("event:forced_door"));
        QCOMPARE(plain.rowCount(), 0);
        FieldFilterModel spaced({{QStringLiteral("event"), 1}}, kSearchRole, true, this);
        spaced.setSourceModel(table(&spaced));
        spaced.setFilterText(QStringLiteral("event:forced_door"));
        QCOMPARE(spaced.rowCount(), 1);
    }

    void commaSeparatesAlternatives()
    {
        FieldFilterModel f({{QStringLiteral("site"), 0}}, kSearchRole, false, this);
        f.setSourceModel(table(&f));
        f.setFilterText(QStringLiteral("site:north,east"));
        QCOMPARE(f.rowCount(), 2);
    }

    void rankedFieldsCompareRanks()
    {
        auto *m = table(this);
        const int ranks[] = {1, 3, -1}; // north critical, south medium, east unranked
        for (int row = 0; row < 3; ++row)
            m->setData(m->index(row, 0), ranks[row], kRankRole);
        FieldFilterModel f({{QStringLiteral("site"), 0}}, kSearchRole, false, this);
        f.addRankedField(QStringLiteral("severity"), kRankRole,
            {{QStringLiteral("critical"), 1}, {QStringLiteral("high"), 2}, {QStringLiteral("medium"), 3}});
        f.addRankedField(QStringLiteral("urgency"), kRankRole);
        f.setSourceModel(m);
        QSignalSpy problems(&f, &FieldFilterModel::problemsChanged);
        f.setFilterText(QStringLiteral("severity:high+"));
        QCOMPARE(f.rowCount(), 1);
        f.setFilterText(QStringLiteral("Severity:CRITICAL,medium"));
        QCOMPARE(f.rowCount(), 2);
        f.setFilterText(QStringLiteral("severity:medium+"));
        QCOMPARE(f.rowCount(), 2);
        f.setFilterText(QStringLiteral("urgency:2-3"));
        QCOMPARE(f.rowCount(), 1);
        f.setFilterText(QStringLiteral("urgency:3-1"));
        QCOMPARE(f.rowCount(), 2);
        f.setFilterText(QStringLiteral("urgency:1,3 site:south"));
        QCOMPARE(f.rowCount(), 1);
        QCOMPARE(problems.count(), 0);
        f.setFilterText(QStringLiteral("urgency:x severity:high- site:east"));
        QCOMPARE(f.rowCount(), 1); // only site:east applies
        QCOMPARE(f.problems().size(), 2);
        QVERIFY(f.problems().at(0).startsWith(QLatin1String("urgency:x: ")));
        QVERIFY(f.problems().at(1).startsWith(QLatin1String("severity:high-: ")));
        QCOMPARE(problems.count(), 1);
        f.setFilterText(QString());
        QVERIFY(f.problems().isEmpty());
        QCOMPARE(problems.count(), 2);
    }

    void subclassConditionComesFirst()
    {
        OddRowsOnly f(this);
        f.setSourceModel(table(&f));
        QCOMPARE(f.rowCount(), 2);
        f.setFilterText(QStringLiteral("site:south"));
        QCOMPARE(f.rowCount(), 0);
    }

    void staysAValidModelThroughFilterSortAndSourceChanges()
    {
        QStandardItemModel *source = table(this);
        for (int row = 0; row < source->rowCount(); ++row)
            source->item(row, 0)->setData(row + 1, kRankRole);
        FieldFilterModel f({{QStringLiteral("site"), 0}, {QStringLiteral("event"), 1}}, kSearchRole, true, this);
        f.addRankedField(QStringLiteral("rank"), kRankRole);
        f.setSourceModel(source);
        const auto sourceChecks = checkModel(source);
        const auto filterChecks = checkModel(&f);
        f.sort(0, Qt::DescendingOrder);
        QCOMPARE(f.index(0, 0).data().toString(), QStringLiteral("south"));
        f.setFilterText(QStringLiteral("door"));
        QCOMPARE(f.rowCount(), 2);
        f.setFilterText(QStringLiteral("rank:2+"));
        QCOMPARE(f.rowCount(), 2);
        f.setFilterText(QStringLiteral("event:forced_door"));
        QCOMPARE(f.rowCount(), 1);

        // Rows arriving and leaving under a filter and a sort.
        auto *west = new QStandardItem(QStringLiteral("west"));
        west->setData(QStringLiteral("west\nforced door"), kSearchRole);
        west->setData(4, kRankRole);
        source->insertRow(0, {west, new QStandardItem(QStringLiteral("forced door"))});
        QCOMPARE(f.rowCount(), 2);
        QCOMPARE(f.index(0, 0).data().toString(), QStringLiteral("west"));
        source->removeRow(1); // north
        QCOMPARE(f.rowCount(), 1);
        source->item(0, 1)->setText(QStringLiteral("entry"));
        f.setFilterText(QString());
        QCOMPARE(f.rowCount(), 3);
        f.sort(-1);
        QCOMPARE(f.index(0, 0).data().toString(), QStringLiteral("west"));
        source->clear();
        QCOMPARE(f.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFieldFilterModel)
#include "tst_field_filter_model.moc"
