// The hotel events pane: rows from hotel.event Events, filter by hotel/module/event, the selected event's detail
// rows, the offset and connection state, and the plain 4409 and local-conflict banners.
#include "../../support/model_checks.h"
#include "../../support/ui_pane_context.h"
#include "panes/opera/hotel_event_filter_model.h"
#include "panes/opera/hotel_event_model.h"
#include "panes/opera/hotel_events_pane.h"

#include "event/feed_error.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

namespace {

Event hotelEvent(int offset, const QString &hotel, const QString &module, const QString &name, const QString &key)
{
    QJsonObject metadata;
    metadata.insert(QStringLiteral("offset"), QString::number(offset));
    metadata.insert(QStringLiteral("uniqueEventId"), QStringLiteral("u-%1").arg(offset));
    QJsonObject d;
    d.insert(QStringLiteral("elementName"), QStringLiteral("RoomStatus"));
    d.insert(QStringLiteral("oldValue"), QStringLiteral("DIRTY"));
    d.insert(QStringLiteral("newValue"), QStringLiteral("CLEAN"));
    QJsonObject attrs;
    attrs.insert(QStringLiteral("metadata"), metadata);
    attrs.insert(QStringLiteral("detail"), QJsonArray {d});
    Event e;
    e.feed = QStringLiteral("opera");
    e.kind = QStringLiteral("hotel.event");
    e.key = QStringLiteral("u-%1").arg(offset);
    e.timeMs = 1795000000000 + offset * 1000;
    e.title = (module + QStringLiteral(" · ") + name + QStringLiteral(" · ") + key).toUtf8();
    e.body = QByteArray("RoomStatus: DIRTY → CLEAN");
    e.tags = QStringList {QStringLiteral("module:") + module, QStringLiteral("action:") + name,
        QStringLiteral("hotel:") + hotel, QStringLiteral("offset:%1").arg(offset)};
    e.source = hotel;
    e.attrs = QJsonDocument(attrs).toJson(QJsonDocument::Compact);
    return e;
}

PaneContext context()
{
    return paneContext(QStringLiteral("opera"), 100);
}

EventBatch sample()
{
    return {hotelEvent(1, QStringLiteral("SBHCLON"), QStringLiteral("Reservation"), QStringLiteral("NEW RESERVATION"),
                QStringLiteral("81234567")),
        hotelEvent(2, QStringLiteral("SBHCPAR"), QStringLiteral("Housekeeping"), QStringLiteral("UPDATE ROOM STATUS"),
            QStringLiteral("412")),
        hotelEvent(3, QStringLiteral("SBHCLON"), QStringLiteral("FrontDesk"), QStringLiteral("CHECK IN"),
            QStringLiteral("81234567"))};
}

} // namespace

class TestHotelEventsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsRowsNewestFirst()
    {
        HotelEventsPane pane(context());
        pane.appendEvents(sample());
        QCOMPARE(pane.eventCount(), 3);
        const QAbstractItemModel *m = pane.view()->model();
        QCOMPARE(m->index(0, HotelEventModel::Hotel).data().toString(), QStringLiteral("SBHCLON"));
        QCOMPARE(m->index(0, HotelEventModel::Module).data().toString(), QStringLiteral("Front desk"));
        QCOMPARE(m->index(0, HotelEventModel::EventName).data().toString(), QStringLiteral("Check in"));
        QCOMPARE(m->index(0, HotelEventModel::PrimaryKey).data().toString(), QStringLiteral("81234567"));
        QCOMPARE(m->index(2, HotelEventModel::Module).data().toString(), QStringLiteral("Reservation"));
        QVERIFY(m->index(0, HotelEventModel::Time).data().toString().contains(QLatin1Char(':')));
        QCOMPARE(m->headerData(HotelEventModel::PrimaryKey, Qt::Horizontal).toString(), QStringLiteral("Key"));
        // The key is for OPERA, not the reader: hidden, but in the tooltip (and the Details viewer, via the title).
        QVERIFY(pane.view()->horizontalHeader()->isSectionHidden(HotelEventModel::PrimaryKey));
        QVERIFY(
            m->index(0, HotelEventModel::Time).data(Qt::ToolTipRole).toString().contains(QStringLiteral("81234567")));
        QCOMPARE(m->index(0, HotelEventModel::Changes).data().toString(), QStringLiteral("Room status: DIRTY → CLEAN"));
        QCOMPARE(pane.countText(), QStringLiteral("3 events"));
    }

    // A history written before the tag convention has the module and event name bare, first.
    void readsEventsStoredBeforeTheTagConvention()
    {
        HotelEventsPane pane(context());
        Event old = hotelEvent(
            7, QStringLiteral("SBHCLON"), QStringLiteral("FrontDesk"), QStringLiteral("CHECK IN"), QStringLiteral("9"));
        old.tags = QStringList {QStringLiteral("FrontDesk"), QStringLiteral("CHECK IN"), QStringLiteral("offset:7")};
        pane.appendEvents({old});
        const QAbstractItemModel *m = pane.view()->model();
        QCOMPARE(m->index(0, HotelEventModel::Module).data().toString(), QStringLiteral("Front desk"));
        QCOMPARE(m->index(0, HotelEventModel::EventName).data().toString(), QStringLiteral("Check in"));
    }

    void keepsCapacity()
    {
        PaneContext c = context();
        c.capacity = 2;
        HotelEventsPane pane(c);
        pane.appendEvents(sample());
        QCOMPARE(pane.eventCount(), 2);
        QCOMPARE(
            pane.view()->model()->index(1, HotelEventModel::Module).data().toString(), QStringLiteral("Housekeeping"));
    }

    void filtersByWordsAndFields()
    {
        HotelEventsPane pane(context());
        pane.appendEvents(sample());
        pane.setFilterText(QStringLiteral("sbhclon"));
        QCOMPARE(pane.visibleCount(), 2);
        pane.setFilterText(QStringLiteral("hotel:SBHCLON module:frontdesk"));
        QCOMPARE(pane.visibleCount(), 1);
        pane.setFilterText(QStringLiteral("event:\"update room status\""));
        QCOMPARE(pane.visibleCount(), 1);
        pane.setFilterText(QStringLiteral("hotel:SBHC* -module:frontdesk"));
        QCOMPARE(pane.visibleCount(), 2);
        pane.setFilterText(QStringLiteral("key:81234567"));
        QCOMPARE(pane.visibleCount(), 2);
        pane.setFilterText(QString());
        QCOMPARE(pane.visibleCount(), 3);
    }

    void selectionShowsDetailRows()
    {
        HotelEventsPane pane(context());
        QSignalSpy selected(&pane, &FeedPane::storySelected);
        pane.appendEvents(sample());
        pane.moveSelection(1);
        QCOMPARE(selected.count(), 1);
        QTableWidget *detail = pane.detailView();
        QCOMPARE(detail->rowCount(), 1);
        QCOMPARE(detail->item(0, 0)->text(), QStringLiteral("RoomStatus"));
        QCOMPARE(detail->item(0, 1)->text(), QStringLiteral("DIRTY"));
        QCOMPARE(detail->item(0, 2)->text(), QStringLiteral("CLEAN"));
        QCOMPARE(pane.selectedEvents().size(), 1);
        QCOMPARE(pane.selectedEvents().first().key, QStringLiteral("u-3")); // the newest, on top
        pane.moveSelection(1);
        QCOMPARE(pane.selectedEvents().first().key, QStringLiteral("u-2"));
        QVERIFY(pane.selectedText().contains(QLatin1String("UPDATE ROOM STATUS")));
    }

    void showsOffsetAndState()
    {
        HotelEventsPane pane(context());
        pane.appendEvents(sample());
        pane.showFeedState(FeedState::Live, QStringLiteral("streaming chain SBHC from offset 1"));
        QVERIFY(pane.statusText().contains(QLatin1String("streaming chain SBHC")));
        QVERIFY(pane.findChild<QLabel *>() != nullptr);
        bool found = false;
        for (QLabel *l : pane.findChildren<QLabel *>())
            found = found || l->text() == QLatin1String("offset 3");
        QVERIFY(found);
    }

    void explainsLockoutPlainly()
    {
        HotelEventsPane pane(context());
        pane.showFeedState(FeedState::Reconnecting,
            QStringLiteral("Another consumer is already streaming chain SBHC with this application key (OHIP 4409). "
                           "Only one may stream at a time; retrying in 60 s."));
        QVERIFY(pane.bannerText().contains(QLatin1String("Only one consumer may stream at a time")));
        pane.showFeedState(FeedState::Live, QStringLiteral("streaming chain SBHC"));
        QVERIFY(pane.bannerText().isEmpty());
        FeedError e;
        e.feed = QStringLiteral("opera");
        e.code = QStringLiteral("consumer_locked");
        e.message = QStringLiteral("Chain SBHC on gw is already being streamed with this application key by x.");
        pane.showFeedError(e);
        QVERIFY(pane.bannerText().contains(QLatin1String("already being streamed")));
    }

    void pauseHoldsRowsAndStateRoundTrips()
    {
        HotelEventsPane pane(context());
        pane.setPaused(true);
        pane.appendEvents(sample());
        QCOMPARE(pane.eventCount(), 0);
        QCOMPARE(pane.pausedNoteText(), QStringLiteral("Paused · 3 held"));
        pane.setPaused(false);
        QCOMPARE(pane.eventCount(), 3);
        QCOMPARE(pane.pausedNoteText(), QString());
        // Capped like the blotter's hold: the oldest held drop first, and the pane says how many.
        pane.clear();
        pane.setHeldCap(2);
        pane.setPaused(true);
        pane.appendEvents(sample());
        QCOMPARE(pane.pausedNoteText(), QStringLiteral("Paused · 2 held · 1 dropped"));
        pane.setPaused(false);
        QCOMPARE(pane.eventCount(), 2);
        // The oldest (Reservation) was dropped.
        QCOMPARE(
            pane.view()->model()->index(1, HotelEventModel::Module).data().toString(), QStringLiteral("Housekeeping"));
        pane.setFilterText(QStringLiteral("module:Profile"));
        const QByteArray state = pane.saveState();
        HotelEventsPane other(context());
        QVERIFY(other.restoreState(state));
        QCOMPARE(other.filterEdit()->text(), QStringLiteral("module:Profile"));
        QVERIFY(!other.restoreState("garbage"));
        pane.clear();
        QCOMPARE(pane.eventCount(), 0);
    }

    void modelsStayValidThroughInsertsFiltersSortsAndResets()
    {
        HotelEventModel model(4);
        HotelEventFilterModel filter;
        const auto checks = checkFilteredModel(&model, &filter);
        model.append(sample());
        model.append({sample().first()}); // already in the table: no row
        QCOMPARE(model.rowCount(), 3);
        filter.sort(HotelEventModel::Hotel, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, HotelEventModel::Hotel).data().toString(), QStringLiteral("SBHCPAR"));
        filter.setFilterText(QStringLiteral("hotel:SBHCLON"));
        QCOMPARE(filter.rowCount(), 2);
        model.append({hotelEvent(4, QStringLiteral("SBHCLON"), QStringLiteral("FrontDesk"), QStringLiteral("CHECK OUT"),
                          QStringLiteral("81234567")),
            hotelEvent(5, QStringLiteral("SBHCNYC"), QStringLiteral("Reservation"), QStringLiteral("CANCEL"),
                QStringLiteral("9")),
            hotelEvent(6, QStringLiteral("SBHCLON"), QStringLiteral("Housekeeping"),
                QStringLiteral("UPDATE ROOM STATUS"), QStringLiteral("12"))}); // past the capacity: the two oldest go
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(filter.rowCount(), 3);
        model.clear();
        QCOMPARE(filter.rowCount(), 0);
        model.undoClear();
        QCOMPARE(filter.rowCount(), 3);
        filter.setFilterText(QString());
        filter.sort(-1);
        QCOMPARE(filter.rowCount(), 4);
        QCOMPARE(filter.index(0, HotelEventModel::Hotel).data().toString(), QStringLiteral("SBHCLON"));
    }
};

QTEST_MAIN(TestHotelEventsPane)
#include "tst_hotel_events_pane.moc"
