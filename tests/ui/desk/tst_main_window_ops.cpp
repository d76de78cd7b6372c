// The operations person's first ten minutes, driven through the real window: door incidents filtered to "high and
// above" with counts that follow the filter, Severity sorted by rank from a header click, site names and readable
// codes; hotel events with room, guest and what changed, a count, and one row per business event even when the
// history backfill overlaps what arrived live or the feed delivers an event again.
#include "../support/ui_test_events.h"
#include "../support/window_fixture.h"
#include "desk/main_window.h"
#include "panes/opera/hotel_event_model.h"
#include "panes/opera/hotel_events_pane.h"
#include "panes/salto/door_event_model.h"
#include "panes/salto/door_events_pane.h"
#include "store/event_store.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

namespace {

const QString kSiteId = QStringLiteral("8d1c3f0e-41a2-4c71-9b2e-5a0f7d3c1101");

Event doorEvent(int n, const QString &door, const QString &code, const QString &severity)
{
    const bool incident = !severity.isEmpty();
    Event e;
    e.feed = QStringLiteral("salto");
    e.kind = incident ? QStringLiteral("door.incident") : QStringLiteral("door.entry");
    e.key = QStringLiteral("d-%1").arg(n);
    e.receivedMs = QDateTime::currentMSecsSinceEpoch();
    e.timeMs = e.receivedMs - 60000 + n * 1000;
    e.title = (code + QStringLiteral(" · ") + door).toUtf8();
    e.body = QByteArrayLiteral("Door left open longer than the allowed time");
    e.source = QStringLiteral("Amsterdam HQ");
    e.urgency = severity == QLatin1String("critical") ? 1
        : severity == QLatin1String("high")           ? 2
        : severity == QLatin1String("medium")         ? 3
        : severity == QLatin1String("low")            ? 4
                                                      : -1;
    e.tags << (incident ? QStringLiteral("incident") : QStringLiteral("entry")) << QStringLiteral("event:") + code
           << QStringLiteral("door:") + door << QStringLiteral("site_id:") + kSiteId;
    if (incident)
        e.tags << QStringLiteral("severity:") + severity;
    e.attrs = QByteArrayLiteral("{}");
    return e;
}

EventBatch doorEvents()
{
    return {doorEvent(1, QStringLiteral("Main entrance"), QStringLiteral("opened"), QString()),
        doorEvent(2, QStringLiteral("Server room"), QStringLiteral("low_battery"), QStringLiteral("low")),
        doorEvent(3, QStringLiteral("Loading dock"), QStringLiteral("door_left_open"), QStringLiteral("high")),
        doorEvent(4, QStringLiteral("Floor 3 east"), QStringLiteral("door_left_open"), QStringLiteral("medium")),
        doorEvent(5, QStringLiteral("Server room"), QStringLiteral("forced_door"), QStringLiteral("critical")),
        doorEvent(6, QStringLiteral("Cash office"), QStringLiteral("tamper"), QStringLiteral("high"))};
}

// As the OPERA decoder makes them: tags module, event, offset, then room and guest; body "element: old → new".
Event hotelEvent(int offset, const QString &module, const QString &name, const QString &key, const QByteArray &body,
    const QString &room, const QString &guest)
{
    Event e;
    e.feed = QStringLiteral("opera");
    e.kind = QStringLiteral("hotel.event");
    e.key = QStringLiteral("u-%1").arg(offset);
    e.receivedMs = QDateTime::currentMSecsSinceEpoch();
    e.timeMs = e.receivedMs - 60000 + offset * 1000;
    e.title = (module + QStringLiteral(" · ") + name + QStringLiteral(" · ") + key).toUtf8();
    e.body = body;
    e.tags = QStringList {module, name, QStringLiteral("offset:%1").arg(offset)};
    if (!room.isEmpty())
        e.tags << QStringLiteral("room:") + room;
    if (!guest.isEmpty())
        e.tags << QStringLiteral("guest:") + guest;
    e.source = QStringLiteral("SBHCLON");
    e.attrs = QByteArrayLiteral("{}");
    return e;
}

Event checkIn(int offset)
{
    return hotelEvent(offset, QStringLiteral("FrontDesk"), QStringLiteral("CHECK IN"), QStringLiteral("81234567"),
        "ReservationStatus: RESERVED → CHECKED IN\nRoomNumber:  → 412", QStringLiteral("412"), QString());
}

Event newReservation(int offset)
{
    return hotelEvent(offset, QStringLiteral("Reservation"), QStringLiteral("NEW RESERVATION"), QStringLiteral("90001"),
        "GuestName:  → Okafor, Ada\nRoomType:  → KNG", QString(), QStringLiteral("Okafor, Ada"));
}

// Without delta OHIP repeats the elements that did not change: only the change is news.
Event checkOut(int offset)
{
    return hotelEvent(offset, QStringLiteral("FrontDesk"), QStringLiteral("CHECK OUT"), QStringLiteral("81234567"),
        "ReservationStatus: CHECKED IN → CHECKED OUT\nRoomNumber: 412 → 412", QStringLiteral("412"), QString());
}

QPoint sectionCentre(QHeaderView *header, int section)
{
    return QPoint(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2);
}

} // namespace

class TestMainWindowOps
    : public QObject
    , protected WindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void incidentsFilterHighAndAboveCountAndSortByRank()
    {
        TestFeedSource source(operationsFeeds());
        MainWindow w(&source, nullptr, options());
        QVERIFY(showAt1280By800(w));
        auto *pane = qobject_cast<DoorEventsPane *>(w.pane(QStringLiteral("salto")));
        QVERIFY(pane);
        bringForward(w, pane);
        source.state(QStringLiteral("salto"), FeedState::Live,
            QStringLiteral("streaming entries and incidents of site ") + kSiteId);
        source.push(doorEvents());
        QCOMPARE(pane->eventCount(), 6);
        QCOMPARE(pane->incidentCountText(), QStringLiteral("5 incidents, 1 critical"));
        // The status names the site people know, not the UUID the feed subscribed with.
        QVERIFY2(pane->statusText().contains(QLatin1String("of site Amsterdam HQ")), qPrintable(pane->statusText()));
        QVERIFY(!pane->statusText().contains(kSiteId));

        // Codes read as words; the raw code stays in the tooltip.
        const QAbstractItemModel *rows = pane->view()->model();
        QCOMPARE(rows->index(1, DoorEventModel::EventName).data().toString(), QStringLiteral("Forced door"));
        QCOMPARE(rows->index(1, DoorEventModel::Severity).data().toString(), QStringLiteral("Critical"));
        QVERIFY(rows->index(1, DoorEventModel::EventName)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("forced_door")));

        // Typed into the filter: high and above, and the header counts what is shown.
        QTest::mouseClick(pane->filterEdit(), Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(pane->filterEdit()));
        QTest::keyClicks(pane->filterEdit(), QStringLiteral("urgency:1-2"));
        QTRY_COMPARE(pane->visibleCount(), 3);
        for (int row = 0; row < rows->rowCount(); ++row)
            QVERIFY(QStringList({QStringLiteral("Critical"), QStringLiteral("High")})
                        .contains(rows->index(row, DoorEventModel::Severity).data().toString()));
        QCOMPARE(pane->incidentCountText(), QStringLiteral("3 of 5 incidents, 1 critical"));

        // Tokens of one field are alternatives; a range of urgencies is inclusive.
        pane->filterEdit()->selectAll();
        QTest::keyClicks(pane->filterEdit(), QStringLiteral("severity:critical severity:low"));
        QTRY_COMPARE(pane->visibleCount(), 2);
        QCOMPARE(pane->incidentCountText(), QStringLiteral("2 of 5 incidents, 1 critical"));
        pane->filterEdit()->selectAll();
        QTest::keyClicks(pane->filterEdit(), QStringLiteral("urgency:2-3"));
        QTRY_COMPARE(pane->visibleCount(), 3);
        QCOMPARE(pane->incidentCountText(), QStringLiteral("3 of 5 incidents, 0 critical"));

        // Escape clears the filter: every row again, the plain count.
        QTest::keyClick(pane->filterEdit(), Qt::Key_Escape);
        QTRY_COMPARE(pane->visibleCount(), 6);
        QCOMPARE(pane->incidentCountText(), QStringLiteral("5 incidents, 1 critical"));

        // A click on Severity orders by rank, the most severe first; entries last.
        QHeaderView *header = pane->view()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, sectionCentre(header, DoorEventModel::Severity));
        QStringList order;
        for (int row = 0; row < rows->rowCount(); ++row)
            order << rows->index(row, DoorEventModel::Severity).data().toString();
        QCOMPARE(order,
            (QStringList {QStringLiteral("Critical"), QStringLiteral("High"), QStringLiteral("High"),
                QStringLiteral("Medium"), QStringLiteral("Low"), QString()}));
        // A second click turns it round.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, sectionCentre(header, DoorEventModel::Severity));
        QCOMPARE(
            rows->index(rows->rowCount() - 1, DoorEventModel::Severity).data().toString(), QStringLiteral("Critical"));
        w.close();
    }

    // Every event table, not only the hotel's: incidents shown live while history was read are not added again.
    void doorBackfillDoesNotRepeatLiveIncidents()
    {
        EventStore store;
        store.open(historyOptions(QStringLiteral("ops-door-history.sqlite")));
        const EventBatch all = doorEvents();
        store.append(all);
        store.flush();

        TestFeedSource source(operationsFeeds());
        MainWindow w(&source, &store, options());
        source.push(all.mid(4)); // the two newest, live, before history answers
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *pane = qobject_cast<DoorEventsPane *>(w.pane(QStringLiteral("salto")));
        QVERIFY(pane);
        QTRY_COMPARE(pane->eventCount(), 6);
        QCOMPARE(pane->incidentCountText(), QStringLiteral("5 incidents, 1 critical"));
        w.close();
    }

    void hotelEventsShowRoomGuestChangesAndOneRowPerEvent()
    {
        EventStore store;
        store.open(historyOptions(QStringLiteral("ops-history.sqlite")));
        // History holds an older event and the two that are about to arrive live (the host stores, then shows).
        const EventBatch live {checkIn(11), newReservation(12)};
        store.append({checkOut(10)});
        store.append(live);
        store.flush();

        TestFeedSource source(operationsFeeds());
        MainWindow w(&source, &store, options()); // asks history for its backfill
        source.push(live); // ... which answers after these are on screen: it overlaps them
        QVERIFY(showAt1280By800(w));
        auto *pane = qobject_cast<HotelEventsPane *>(w.pane(QStringLiteral("opera")));
        QVERIFY(pane);
        bringForward(w, pane);
        // The backfill adds the older event only: one row per business event.
        QTRY_COMPARE(pane->eventCount(), 3);
        QCOMPARE(pane->countText(), QStringLiteral("3 events"));

        // A replay (the feed fetching events again after a failed store) shows nothing twice either.
        source.push({checkIn(11)});
        QCOMPARE(pane->eventCount(), 3);

        const QAbstractItemModel *rows = pane->view()->model();
        auto rowOf = [rows](const QString &event) {
            for (int row = 0; row < rows->rowCount(); ++row)
                if (rows->index(row, HotelEventModel::EventName).data().toString() == event)
                    return row;
            return -1;
        };
        const int in = rowOf(QStringLiteral("Check in"));
        const int reservation = rowOf(QStringLiteral("New reservation"));
        const int out = rowOf(QStringLiteral("Check out"));
        QVERIFY(in >= 0 && reservation >= 0 && out >= 0);
        QCOMPARE(rows->index(in, HotelEventModel::Room).data().toString(), QStringLiteral("412"));
        QCOMPARE(rows->index(in, HotelEventModel::Module).data().toString(), QStringLiteral("Front desk"));
        QCOMPARE(rows->index(in, HotelEventModel::Changes).data().toString(),
            QStringLiteral("Reservation status: RESERVED → CHECKED IN; Room number: 412"));
        QCOMPARE(rows->index(reservation, HotelEventModel::Guest).data().toString(), QStringLiteral("Okafor, Ada"));
        QCOMPARE(rows->index(reservation, HotelEventModel::Changes).data().toString(),
            QStringLiteral("Guest name: Okafor, Ada; Room type: KNG"));
        // The unchanged room of the check-out is not shown as a change.
        QCOMPARE(rows->index(out, HotelEventModel::Changes).data().toString(),
            QStringLiteral("Reservation status: CHECKED IN → CHECKED OUT"));
        // The primary key is no column people see, but reachable in the tooltip.
        QVERIFY(pane->view()->horizontalHeader()->isSectionHidden(HotelEventModel::PrimaryKey));
        QVERIFY(rows->index(in, HotelEventModel::Time)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("81234567")));

        // The filter: a room or a guest, and the count follows it.
        QTest::mouseClick(pane->filterEdit(), Qt::LeftButton);
        QTest::keyClicks(pane->filterEdit(), QStringLiteral("room:412"));
        QTRY_COMPARE(pane->visibleCount(), 2);
        QCOMPARE(pane->countText(), QStringLiteral("2 of 3 events"));
        pane->filterEdit()->selectAll();
        QTest::keyClicks(pane->filterEdit(), QStringLiteral("guest:okafor*"));
        QTRY_COMPARE(pane->visibleCount(), 1);
        QCOMPARE(pane->countText(), QStringLiteral("1 of 3 events"));
        QTest::keyClick(pane->filterEdit(), Qt::Key_Escape);
        QTRY_COMPARE(pane->visibleCount(), 3);
        QCOMPARE(pane->countText(), QStringLiteral("3 events"));
        w.close();
    }
};

QTEST_MAIN(TestMainWindowOps)
#include "tst_main_window_ops.moc"
