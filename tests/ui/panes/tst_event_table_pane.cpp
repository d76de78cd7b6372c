// EventTablePane's pause: events are held while paused, capped like the blotter's (the oldest held drop first),
// counted when dropped, and released in arrival order on resume; the counts reach the subclass's display.
#include "models/newest_first_table_model.h"
#include "panes/event_table_pane.h"

#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace sb;
using namespace sb::ui;

namespace {

struct KeyRow
{
    Event event;
};

// One column: the event's key.
class KeyModel : public NewestFirstTableModel<KeyRow>
{
public:
    using NewestFirstTableModel::NewestFirstTableModel;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override { return parent.isValid() ? 0 : 1; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const KeyRow *row = rowAt(index);
        return row && role == Qt::DisplayRole ? QVariant(row->event.key) : QVariant();
    }
    void append(const EventBatch &events) override
    {
        std::vector<KeyRow> rows;
        for (const Event &e : events)
            rows.push_back({e});
        prepend(std::move(rows));
    }
};

class KeyPane : public EventTablePane
{
public:
    explicit KeyPane(const PaneContext &context)
        : EventTablePane(context, new KeyModel(context.capacity), new QSortFilterProxyModel, nullptr)
    { }

    QString title() const override { return QStringLiteral("keys"); }
    QByteArray saveState() const override { return {}; }
    bool restoreState(const QByteArray &) override { return true; }
    void resetLayout() override { }

    int heldChanges = 0;

protected:
    void heldChanged() override { ++heldChanges; }
};

PaneContext context(int capacity)
{
    PaneContext c;
    c.feedName = QStringLiteral("keys");
    c.feedType = QStringLiteral("test");
    c.capacity = capacity;
    return c;
}

EventBatch events(int from, int count)
{
    EventBatch out;
    for (int i = from; i < from + count; ++i) {
        Event e;
        e.feed = QStringLiteral("keys");
        e.kind = QStringLiteral("test.event");
        e.key = QStringLiteral("k%1").arg(i);
        out << e;
    }
    return out;
}

// The keys in the table, oldest first.
QStringList keys(const KeyPane &pane)
{
    QStringList out;
    for (int row = pane.eventCount() - 1; row >= 0; --row)
        out << pane.view()->model()->index(row, 0).data().toString();
    return out;
}

} // namespace

class TestEventTablePane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void heldEventsAreCappedDroppingTheOldest()
    {
        KeyPane pane(context(100));
        QCOMPARE(pane.heldCap(), 100); // the pane's row capacity by default, as the blotter's
        pane.setHeldCap(5);
        pane.setPaused(true);
        QCOMPARE(pane.pausedText(), QStringLiteral("Paused · 0 held"));
        pane.appendEvents(events(0, 3));
        pane.appendEvents(events(3, 4));
        QCOMPARE(pane.eventCount(), 0);
        QCOMPARE(pane.heldCount(), 5);
        QCOMPARE(pane.heldDroppedCount(), 2);
        QCOMPARE(pane.pausedText(), QStringLiteral("Paused · 5 held · 2 dropped"));
        // One batch larger than the cap keeps only its newest.
        pane.appendEvents(events(7, 6));
        QCOMPARE(pane.heldCount(), 5);
        QCOMPARE(pane.heldDroppedCount(), 8);

        pane.setPaused(false);
        QCOMPARE(keys(pane),
            QStringList({QStringLiteral("k8"), QStringLiteral("k9"), QStringLiteral("k10"), QStringLiteral("k11"),
                QStringLiteral("k12")}));
        QCOMPARE(pane.heldCount(), 0);
        QCOMPARE(pane.heldDroppedCount(), 0); // counted per pause
        QCOMPARE(pane.pausedText(), QString());
    }

    void capDefaultsToThePaneCapacity()
    {
        KeyPane pane(context(4));
        pane.setPaused(true);
        pane.appendEvents(events(0, 10));
        QCOMPARE(pane.heldCount(), 4);
        QCOMPARE(pane.heldDroppedCount(), 6);
        pane.setPaused(false);
        QCOMPARE(keys(pane),
            QStringList({QStringLiteral("k6"), QStringLiteral("k7"), QStringLiteral("k8"), QStringLiteral("k9")}));
    }

    void loweringTheCapDropsAtOnce()
    {
        KeyPane pane(context(100));
        pane.setPaused(true);
        pane.appendEvents(events(0, 10));
        QCOMPARE(pane.heldDroppedCount(), 0);
        const int before = pane.heldChanges;
        pane.setHeldCap(3);
        QCOMPARE(pane.heldCount(), 3);
        QCOMPARE(pane.heldDroppedCount(), 7);
        QVERIFY(pane.heldChanges > before);
    }

    void countsAreLocaleFormattedAndClearResetsThem()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        KeyPane pane(context(2000));
        pane.setHeldCap(1500);
        pane.setPaused(true);
        pane.appendEvents(events(0, 2700));
        QCOMPARE(pane.pausedText(), QStringLiteral("Paused · 1,500 held · 1,200 dropped"));
        const int before = pane.heldChanges;
        pane.clear();
        QVERIFY(pane.heldChanges > before);
        QCOMPARE(pane.heldCount(), 0);
        QCOMPARE(pane.heldDroppedCount(), 0);
        QCOMPARE(pane.pausedText(), QStringLiteral("Paused · 0 held"));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestEventTablePane)
#include "tst_event_table_pane.moc"
