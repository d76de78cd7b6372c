// The query filter the event tables share: the language of core/query on each row's Event, the pane's columns and
// roles counted as tags, a malformed token named once and filtering nothing, and a subclass condition first.
#include "../support/model_checks.h"
#include "models/field_filter_model.h"
#include "models/newest_first_table_model.h"

#include <QSignalSpy>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

namespace {

constexpr int kDirectionRole = Qt::UserRole + 2;

struct SiteRow
{
    Event event;
};

// Column 0 the site (the Event's source), column 1 the event's name with its code in CodeRole.
class SiteTable : public NewestFirstTableModel<SiteRow>
{
public:
    explicit SiteTable(QObject *parent)
        : NewestFirstTableModel<SiteRow>(10, parent)
    { }
    void append(const EventBatch &events) override
    {
        std::vector<SiteRow> rows;
        for (const Event &e : events)
            rows.push_back({e});
        prepend(std::move(rows));
    }
    int columnCount(const QModelIndex & = QModelIndex()) const override { return 2; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const SiteRow *r = rowAt(index);
        if (!r)
            return {};
        if (role == Qt::DisplayRole)
            return index.column() == 0 ? r->event.source : r->event.titleText();
        if (role == FieldFilterModel::CodeRole && index.column() == 1)
            return r->event.titleText().replace(QLatin1Char(' '), QLatin1Char('_'));
        if (role == kDirectionRole && index.column() == 0)
            return r->event.urgency > 1 ? QStringLiteral("in") : QStringLiteral("out");
        return {};
    }
};

Event row(const char *site, const char *event, int urgency, QStringList tags = {})
{
    Event e;
    e.feed = QStringLiteral("doors");
    e.kind = QStringLiteral("door.incident");
    e.key = QString::fromLatin1(site);
    e.source = QString::fromLatin1(site);
    e.title = QByteArray(event);
    e.urgency = urgency;
    e.tags = std::move(tags);
    return e;
}

// Oldest first: "north" ends up on top.
EventBatch sample()
{
    return {row("east", "entry", -1), row("south", "door open", 2, {QStringLiteral("user:Ana")}),
        row("north", "forced door", 1)};
}

QHash<QString, int> columns()
{
    return {{QStringLiteral("site"), 0}, {QStringLiteral("event"), 1}};
}

class OddRowsOnly : public FieldFilterModel
{
public:
    explicit OddRowsOnly(QObject *parent)
        : FieldFilterModel({{QStringLiteral("site"), 0}}, parent)
    { }

protected:
    bool acceptsRow(int sourceRow, const QModelIndex &) const override { return sourceRow % 2 == 0; }
};

} // namespace

class TestFieldFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aMalformedTokenIsNamedAndFiltersNothing()
    {
        FieldFilterModel f(columns(), this);
        auto *source = new SiteTable(&f);
        source->append(sample());
        f.setSourceModel(source);
        QSignalSpy changed(&f, &FieldFilterModel::problemsChanged);
        f.setFilterText(QStringLiteral("north urgency:x"));
        QCOMPARE(f.problems().size(), 1);
        QVERIFY2(f.problems().first().startsWith(QLatin1String("\"urgency:x\": ")), qPrintable(f.problems().first()));
        QCOMPARE(f.rowCount(), 3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toStringList(), f.problems());
        f.setFilterText(QStringLiteral("south urgency:x")); // same problem: no new signal
        QCOMPARE(changed.count(), 1);
        f.setFilterText(QStringLiteral("site:north 10:30 colour:red"));
        QVERIFY(f.problems().isEmpty()); // any prefix is a tag
        QCOMPARE(f.rowCount(), 0);
        QCOMPARE(changed.count(), 2);
    }

    void wordsMatchTheTitleOrATagsValue()
    {
        FieldFilterModel f(columns(), this);
        auto *source = new SiteTable(&f);
        source->append(sample());
        f.setSourceModel(source);
        f.setFilterText(QStringLiteral("DOOR"));
        QCOMPARE(f.rowCount(), 2);
        f.setFilterText(QStringLiteral("door north")); // north: the site column's value
        QCOMPARE(f.rowCount(), 1);
        f.setFilterText(QStringLiteral("nor"));
        QCOMPARE(f.rowCount(), 0); // a value is matched whole
        f.setFilterText(QStringLiteral("ana"));
        QCOMPARE(f.rowCount(), 1); // the Event's own tag
        f.setFilterText(QString());
        QCOMPARE(f.rowCount(), 3);
        QCOMPARE(f.filterText(), QString());
    }

    void columnsAndRolesAreTags()
    {
        FieldFilterModel f(columns(), this);
        f.addTagRole(QStringLiteral("dir"), kDirectionRole);
        auto *source = new SiteTable(&f);
        source->append(sample());
        f.setSourceModel(source);
        f.setFilterText(QStringLiteral("site:SOUTH"));
        QCOMPARE(f.rowCount(), 1);
        f.setFilterText(QStringLiteral("site:north site:south"));
        QCOMPARE(f.rowCount(), 2);
        f.setFilterText(QStringLiteral("event:forced_door")); // the code
        QCOMPARE(f.rowCount(), 1);
        f.setFilterText(QStringLiteral("event:\"Forced door\"")); // the words
        QCOMPARE(f.rowCount(), 1);
        f.setFilterText(QStringLiteral("event:door*"));
        QCOMPARE(f.rowCount(), 1);
        f.setFilterText(QStringLiteral("dir:out -site:east"));
        QCOMPARE(f.rowCount(), 1);
        f.setFilterText(QStringLiteral("urgency:1-2 kind:door"));
        QCOMPARE(f.rowCount(), 2);
        f.setFilterText(QStringLiteral("-urgency:1-2"));
        QCOMPARE(f.rowCount(), 1);
        f.setFilterText(QStringLiteral("user:ana"));
        QCOMPARE(f.rowCount(), 1);
    }

    void subclassConditionComesFirst()
    {
        OddRowsOnly f(this);
        auto *source = new SiteTable(&f);
        source->append(sample());
        f.setSourceModel(source);
        QCOMPARE(f.rowCount(), 2);
        f.setFilterText(QStringLiteral("site:south"));
        QCOMPARE(f.rowCount(), 0);
    }

    void staysAValidModelThroughFilterSortAndSourceChanges()
    {
        auto *source = new SiteTable(this);
        source->append(sample());
        FieldFilterModel f(columns(), this);
        const auto checks = checkFilteredModel(source, &f);
        f.sort(0, Qt::DescendingOrder);
        QCOMPARE(f.index(0, 0).data().toString(), QStringLiteral("south"));
        f.setFilterText(QStringLiteral("door"));
        QCOMPARE(f.rowCount(), 2);
        f.setFilterText(QStringLiteral("event:forced_door"));
        QCOMPARE(f.rowCount(), 1);

        // Rows arriving and leaving under a filter and a sort.
        source->append({row("west", "forced door", 1)});
        QCOMPARE(f.rowCount(), 2);
        QCOMPARE(f.index(0, 0).data().toString(), QStringLiteral("west"));
        source->clear();
        QCOMPARE(f.rowCount(), 0);
        source->undoClear();
        QCOMPARE(f.rowCount(), 2);
        f.setFilterText(QString());
        QCOMPARE(f.rowCount(), 4);
        f.sort(-1);
        QCOMPARE(f.index(0, 0).data().toString(), QStringLiteral("west"));
    }
};

QTEST_GUILESS_MAIN(TestFieldFilterModel)
#include "tst_field_filter_model.moc"
