// EventTablePane, the base of every feed pane: events are held while paused, capped (the oldest held drop first),
// counted when dropped, and released in arrival order on resume; the counts reach the subclass's display. Live
// events wait for a backfill and stay on top of the history it brings; the filter's problems reach the filter box.
#include "models/newest_first_table_model.h"
#include "models/text_filter_model.h"
#include "panes/event_table_pane.h"
#include "store/event_store.h"
#include "widgets/filter_box.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
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

// Keeps the rows whose key starts with the text; "?" is a token it cannot read.
class KeyFilter : public TextFilterModel
{
public:
    void setFilterText(const QString &text) override
    {
        m_text = text;
        const QStringList problems
            = text.contains(QLatin1Char('?')) ? QStringList {QStringLiteral("?: not a key")} : QStringList();
        invalidateRowsFilter();
        if (problems != m_problems)
            Q_EMIT problemsChanged(m_problems = problems);
    }
    QStringList problems() const override { return m_problems; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return sourceModel()->index(row, 0, parent).data().toString().startsWith(m_text);
    }

private:
    QString m_text;
    QStringList m_problems;
};

class KeyPane : public EventTablePane
{
public:
    explicit KeyPane(const PaneContext &context)
        : EventTablePane(context, new KeyModel(context.capacity), new KeyFilter, nullptr)
    { }

    QString title() const override { return QStringLiteral("keys"); }
    QByteArray saveState() const override { return {}; }
    bool restoreState(const QByteArray &) override { return true; }
    void resetLayout() override { }

    int heldChanges = 0;

protected:
    void heldChanged() override { ++heldChanges; }
};

PaneContext context(int capacity, EventStore *store = nullptr)
{
    PaneContext c;
    c.store = store;
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
        e.timeMs = e.receivedMs = 1700000000000 + i * 1000;
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
    QTemporaryDir m_dir;
    int m_stores = 0;

    // A store holding `history`, written before it answers any search.
    void openStore(EventStore &store, const EventBatch &history)
    {
        StoreOptions options;
        options.path = m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_stores));
        options.flushIntervalMs = 5;
        store.open(options);
        store.append(history);
        store.flush();
    }

private Q_SLOTS:
    void liveEventsWaitForTheBackfillAndStayOnTopOfIt()
    {
        EventStore store;
        // The host stores an event before it shows it: k11 is in history and also arrives live.
        openStore(store, events(0, 12));
        KeyPane pane(context(100, &store));
        QSignalSpy backfilled(&pane, &EventTablePane::backfilled);
        pane.startBackfill(5);
        QVERIFY(pane.isBackfilling());
        pane.appendEvents(events(11, 3));
        QCOMPARE(pane.eventCount(), 0); // held until the history is in
        QCOMPARE(pane.heldCount(), 3);

        QTRY_COMPARE(backfilled.count(), 1);
        QCOMPARE(backfilled.at(0).at(0).toInt(), 4); // k7..k10: k11 is the live one
        QVERIFY(!pane.isBackfilling());
        QCOMPARE(pane.heldCount(), 0);
        // Oldest first: the history under what arrived live, each once.
        QCOMPARE(keys(pane),
            QStringList({QStringLiteral("k7"), QStringLiteral("k8"), QStringLiteral("k9"), QStringLiteral("k10"),
                QStringLiteral("k11"), QStringLiteral("k12"), QStringLiteral("k13")}));
    }

    void eventsHeldForABackfillAreCapped()
    {
        EventStore store;
        openStore(store, events(0, 2));
        KeyPane pane(context(100, &store));
        pane.setHeldCap(4);
        QSignalSpy backfilled(&pane, &EventTablePane::backfilled);
        pane.startBackfill(10);
        pane.appendEvents(events(100, 6));
        QCOMPARE(pane.heldCount(), 4);
        QCOMPARE(pane.heldDroppedCount(), 2);
        QTRY_COMPARE(backfilled.count(), 1);
        QCOMPARE(keys(pane),
            QStringList({QStringLiteral("k0"), QStringLiteral("k1"), QStringLiteral("k102"), QStringLiteral("k103"),
                QStringLiteral("k104"), QStringLiteral("k105")}));
    }

    void aPauseDuringTheBackfillKeepsHoldingAfterIt()
    {
        EventStore store;
        openStore(store, events(0, 2));
        KeyPane pane(context(100, &store));
        QSignalSpy backfilled(&pane, &EventTablePane::backfilled);
        pane.startBackfill(10);
        pane.appendEvents(events(10, 1));
        pane.setPaused(true);
        QTRY_COMPARE(backfilled.count(), 1);
        QCOMPARE(keys(pane), QStringList({QStringLiteral("k0"), QStringLiteral("k1")}));
        QCOMPARE(pane.heldCount(), 1);
        pane.setPaused(false);
        QCOMPARE(keys(pane), QStringList({QStringLiteral("k0"), QStringLiteral("k1"), QStringLiteral("k10")}));
    }

    void theFilterAppliesAsTypedAndItsProblemsShowUnderTheBox()
    {
        KeyPane pane(context(100));
        pane.appendEvents(events(0, 12)); // k0 … k11
        pane.filterEdit()->setText(QStringLiteral("k1"));
        QCOMPARE(pane.visibleCount(), 3); // k1, k10, k11
        QVERIFY(pane.filterBox()->problemLabel()->text().isEmpty());
        pane.setFilterText(QStringLiteral("k?"));
        QCOMPARE(pane.visibleCount(), 0);
        QVERIFY(pane.filterBox()->problemLabel()->text().contains(QStringLiteral("?: not a key")));
    }

    void jkSelectTheNewestFirstAndEnterOpensIt()
    {
        KeyPane pane(context(100));
        QSignalSpy selected(&pane, &FeedPane::storySelected);
        QSignalSpy opened(&pane, &FeedPane::storyOpened);
        pane.appendEvents(events(0, 3));
        pane.moveSelection(1);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).value<Event>().key, QStringLiteral("k2"));
        pane.moveSelection(1);
        pane.openCurrent();
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).value<Event>().key, QStringLiteral("k1"));
        QCOMPARE(pane.selectedEvents().size(), 1);
    }

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
