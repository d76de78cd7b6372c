// The door-entry incidents pane: entries and incidents in one table (time, site, door, user, event, severity),
// incidents tinted by severity, the kind selector and the site/door/event filters, the raw JSON of the selected
// event, the connection state with its countdown, and the banner of a fatal error. SB_SCREENSHOT=<file> saves a
// picture of the pane.
#include "../../support/model_checks.h"
#include "../../support/ui_pane_context.h"
#include "panes/salto/door_event_filter_model.h"
#include "panes/salto/door_event_model.h"
#include "panes/salto/door_events_pane.h"

#include "event/feed_error.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

namespace {

Event doorEvent(int n, bool incident, const QString &site, const QString &door, const QString &user,
    const QString &event, const QString &severity = QString())
{
    QJsonObject attrs;
    attrs.insert(QStringLiteral("id"), QStringLiteral("ev-%1").arg(n));
    attrs.insert(QStringLiteral("site_name"), site);
    attrs.insert(QStringLiteral("lock_name"), door);
    attrs.insert(QStringLiteral("user_name"), user);
    attrs.insert(incident ? QStringLiteral("incident_type") : QStringLiteral("action"), event);
    if (!severity.isEmpty())
        attrs.insert(QStringLiteral("severity"), severity);
    Event e;
    e.feed = QStringLiteral("salto");
    e.kind = incident ? QStringLiteral("door.incident") : QStringLiteral("door.entry");
    e.key = QStringLiteral("ev-%1").arg(n);
    e.timeMs = 1795348800000 + n * 61000;
    e.title = (event + QStringLiteral(" · ") + door + QStringLiteral(" · ") + user).toUtf8();
    e.urgency = severity == QLatin1String("critical") ? 1
        : severity == QLatin1String("high")           ? 2
        : severity == QLatin1String("low")            ? 4
                                                      : -1;
    e.source = site;
    e.tags << (incident ? QStringLiteral("incident") : QStringLiteral("entry")) << QStringLiteral("event:") + event
           << QStringLiteral("door:") + door << QStringLiteral("user:") + user;
    if (!severity.isEmpty())
        e.tags << QStringLiteral("severity:") + severity;
    e.attrs = QJsonDocument(attrs).toJson(QJsonDocument::Compact);
    return e;
}

PaneContext context()
{
    return paneContext(QStringLiteral("salto"), 100);
}

EventBatch sample()
{
    const QString ams = QStringLiteral("Amsterdam HQ");
    const QString bcn = QStringLiteral("Barcelona Office");
    return {doorEvent(1, false, ams, QStringLiteral("Main entrance"), QStringLiteral("Anna de Vries"),
                QStringLiteral("opened")),
        doorEvent(2, true, ams, QStringLiteral("Server room"), QStringLiteral("Joris Bakker"),
            QStringLiteral("forced_door"), QStringLiteral("critical")),
        doorEvent(
            3, false, bcn, QStringLiteral("Reception"), QStringLiteral("Marta Puig"), QStringLiteral("access_denied")),
        doorEvent(4, true, bcn, QStringLiteral("Parking gate"), QStringLiteral("Jordi Serra"),
            QStringLiteral("low_battery"), QStringLiteral("low")),
        doorEvent(5, true, ams, QStringLiteral("Loading dock"), QStringLiteral("Fatima El Amrani"),
            QStringLiteral("door_left_open"), QStringLiteral("high"))};
}

} // namespace

class TestDoorEventsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsEntriesAndIncidentsNewestFirst()
    {
        DoorEventsPane pane(context());
        const auto tester = checkModel(pane.view()->model());
        pane.appendEvents(sample());
        QCOMPARE(pane.eventCount(), 5);
        QCOMPARE(pane.title(), QStringLiteral("Door incidents (Salto)"));
        const QAbstractItemModel *m = pane.view()->model();
        QCOMPARE(m->headerData(DoorEventModel::Severity, Qt::Horizontal).toString(), QStringLiteral("Severity"));
        QCOMPARE(m->index(0, DoorEventModel::Site).data().toString(), QStringLiteral("Amsterdam HQ"));
        QCOMPARE(m->index(0, DoorEventModel::Door).data().toString(), QStringLiteral("Loading dock"));
        QCOMPARE(m->index(0, DoorEventModel::User).data().toString(), QStringLiteral("Fatima El Amrani"));
        QCOMPARE(m->index(0, DoorEventModel::EventName).data().toString(), QStringLiteral("Door left open"));
        QCOMPARE(m->index(0, DoorEventModel::Severity).data().toString(), QStringLiteral("High"));
        QCOMPARE(m->index(0, DoorEventModel::Time).data().toString(), QStringLiteral("12:05:05"));
        QCOMPARE(pane.incidentCountText(), QStringLiteral("3 incidents, 1 critical"));
    }

    void incidentsAreTintedBySeverity()
    {
        DoorEventsPane pane(context());
        pane.appendEvents(sample());
        const QAbstractItemModel *m = pane.view()->model();
        // Row 3 is the critical forced door, row 4 the plain entry.
        const QVariant critical = m->index(3, DoorEventModel::Door).data(Qt::BackgroundRole);
        QVERIFY(critical.isValid());
        QCOMPARE(critical.value<QColor>(), DoorEventModel::severityColor(1));
        QVERIFY(m->index(3, 0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(m->index(0, 0).data(Qt::BackgroundRole).value<QColor>(), DoorEventModel::severityColor(2));
        QVERIFY(!m->index(4, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(DoorEventModel::severityColor(1) != DoorEventModel::severityColor(4));
    }

    void filtersBySiteDoorAndKind()
    {
        DoorEventsPane pane(context());
        pane.appendEvents(sample());
        pane.setFilterText(QStringLiteral("site:barcelona*"));
        QCOMPARE(pane.visibleCount(), 2);
        pane.setFilterText(QStringLiteral("site:\"Barcelona Office\""));
        QCOMPARE(pane.visibleCount(), 2);
        pane.setFilterText(QStringLiteral("door:server*"));
        QCOMPARE(pane.visibleCount(), 1);
        pane.setFilterText(QStringLiteral("event:forced_door"));
        QCOMPARE(pane.visibleCount(), 1);
        pane.setFilterText(QStringLiteral("\"Server room\""));
        QCOMPARE(pane.visibleCount(), 1); // a phrase of the title
        pane.setFilterText(QStringLiteral("-site:barcelona*"));
        QCOMPARE(pane.visibleCount(), 3);
        pane.setFilterText(QStringLiteral("site:amsterdam*"));
        QCOMPARE(pane.visibleCount(), 3);
        pane.kindBox()->setCurrentIndex(1); // incidents only
        QCOMPARE(pane.visibleCount(), 2);
        pane.setFilterText(QString());
        QCOMPARE(pane.visibleCount(), 3);
        pane.kindBox()->setCurrentIndex(2); // entries only
        QCOMPARE(pane.visibleCount(), 2);
        pane.setFilterText(QStringLiteral("severity:critical"));
        QCOMPARE(pane.visibleCount(), 0);
        // The kind and the filter survive a layout save and restore.
        const QByteArray state = pane.saveState();
        DoorEventsPane other(context());
        QVERIFY(other.restoreState(state));
        QCOMPARE(other.kindBox()->currentIndex(), 2);
        QCOMPARE(other.filterEdit()->text(), QStringLiteral("severity:critical"));
    }

    // Severity is a rank: alternatives, "and above", urgency ranges; the counts say what the filter shows; a token
    // that means nothing is reported, naming it; clicking Severity sorts by rank, not by the word.
    void severityFiltersCountsAndSortsByRank()
    {
        DoorEventsPane pane(context());
        pane.appendEvents(sample());
        auto *proxy = static_cast<DoorEventFilterModel *>(pane.view()->model());
        QCOMPARE(pane.incidentCountText(), QStringLiteral("3 incidents, 1 critical"));
        pane.setFilterText(QStringLiteral("severity:critical severity:high"));
        QCOMPARE(pane.visibleCount(), 2);
        QCOMPARE(pane.incidentCountText(), QStringLiteral("2 of 3 incidents, 1 critical"));
        pane.setFilterText(QStringLiteral("kind:door.incident -severity:low"));
        QCOMPARE(pane.visibleCount(), 2);
        pane.setFilterText(QStringLiteral("urgency:1-2"));
        QCOMPARE(pane.visibleCount(), 2);
        pane.setFilterText(QStringLiteral("urgency:4 site:barcelona*"));
        QCOMPARE(pane.visibleCount(), 1);
        QCOMPARE(pane.incidentCountText(), QStringLiteral("1 of 3 incidents, 0 critical"));
        QVERIFY(proxy->problems().isEmpty());
        pane.setFilterText(QStringLiteral("site:barcelona* urgency:x"));
        QCOMPARE(proxy->problems().size(), 1);
        QVERIFY2(
            proxy->problems().at(0).startsWith(QLatin1String("\"urgency:x\": ")), qPrintable(proxy->problems().at(0)));
        QCOMPARE(pane.visibleCount(), 5); // a malformed query filters nothing until it is fixed

        pane.setFilterText(QString());
        pane.view()->sortByColumn(DoorEventModel::Severity, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < 3; ++row)
            order << proxy->index(row, DoorEventModel::Severity).data().toString();
        QCOMPARE(order, (QStringList {QStringLiteral("Critical"), QStringLiteral("High"), QStringLiteral("Low")}));
    }

    // The feed's status names the site by the id it subscribed with: the pane shows the name the events carry.
    void statusNamesTheSite()
    {
        DoorEventsPane pane(context());
        const QString id = QStringLiteral("8d1c3f0e-41a2-4c71-9b2e-5a0f7d3c1101");
        pane.showFeedState(FeedState::Live, QStringLiteral("streaming entries and incidents of site ") + id);
        QVERIFY(pane.statusText().endsWith(QStringLiteral("of site 8d1c3f0e\u2026")));
        EventBatch events = sample();
        events[0].tags << QStringLiteral("site_id:") + id;
        pane.appendEvents(events);
        QVERIFY(pane.statusText().endsWith(QStringLiteral("of site Amsterdam HQ")));
        QVERIFY(!pane.statusText().contains(id));
    }

    void detailShowsTheRawEvent()
    {
        DoorEventsPane pane(context());
        pane.appendEvents(sample());
        pane.moveSelection(1);
        const QString text = pane.detailView()->toPlainText();
        QVERIFY(text.contains(QLatin1String("\"incident_type\": \"door_left_open\"")));
        QVERIFY(text.contains(QLatin1String("\"id\": \"ev-5\"")));
        QCOMPARE(pane.selectedEvents().size(), 1);
        QVERIFY(pane.selectedText().contains(QLatin1String("Loading dock")));
    }

    void pauseHoldsAndClearEmpties()
    {
        DoorEventsPane pane(context());
        QCOMPARE(pane.pausedNoteText(), QString());
        pane.setPaused(true);
        pane.appendEvents(sample());
        QCOMPARE(pane.eventCount(), 0);
        QCOMPARE(pane.pausedNoteText(), QStringLiteral("Paused · 5 held"));
        // Held like the blotter holds: capped, the oldest dropped first, and the pane says how many.
        pane.setHeldCap(3);
        QCOMPARE(pane.pausedNoteText(), QStringLiteral("Paused · 3 held · 2 dropped"));
        pane.setPaused(false);
        QCOMPARE(pane.pausedNoteText(), QString());
        QCOMPARE(pane.eventCount(), 3);

        pane.clear();
        QCOMPARE(pane.eventCount(), 0);
        QCOMPARE(pane.incidentCountText(), QStringLiteral("0 incidents, 0 critical"));
    }

    void connectionStateAndFatalBanner()
    {
        DoorEventsPane pane(context());
        pane.showFeedState(FeedState::Reconnecting, QStringLiteral("entries reconnecting in 7 s"));
        QVERIFY(pane.statusText().contains(QLatin1String("reconnecting in 7 s")));
        QVERIFY(pane.bannerText().isEmpty());
        pane.showFeedError(FeedError {QStringLiteral("salto"), FeedError::Stage::Auth, QStringLiteral("http_403"),
            QStringLiteral("403 Forbidden: the token lacks permission: it needs scope user_api.full_access"), false,
            0});
        QVERIFY(pane.bannerText().contains(QLatin1String("user_api.full_access")));
        pane.showFeedState(FeedState::Live, QStringLiteral("streaming entries and incidents"));
        QVERIFY(pane.bannerText().isEmpty());
        QVERIFY(pane.statusText().contains(QLatin1String("streaming")));
    }

    void screenshot()
    {
        const QString path = qEnvironmentVariable("SB_SCREENSHOT");
        if (path.isEmpty())
            QSKIP("set SB_SCREENSHOT=<file.png> to save a picture of the pane");
        DoorEventsPane pane(context());
        pane.resize(1000, 560);
        pane.appendEvents(sample());
        pane.showFeedState(FeedState::Live, QStringLiteral("streaming entries and incidents of site Amsterdam HQ"));
        pane.moveSelection(4);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.grab().save(path));
    }

    void modelsStayValidThroughInsertsFiltersSortsAndResets()
    {
        DoorEventModel model(5);
        DoorEventFilterModel filter;
        const auto checks = checkFilteredModel(&model, &filter);
        model.append(sample());
        QCOMPARE(model.rowCount(), 5);
        filter.setKind(DoorEventFilterModel::Kind::Incidents);
        QCOMPARE(filter.rowCount(), 3);
        filter.sort(DoorEventModel::Severity, Qt::AscendingOrder);
        filter.setFilterText(QStringLiteral("urgency:1-2"));
        QCOMPARE(filter.rowCount(), 2);
        model.append({doorEvent(6, true, QStringLiteral("Amsterdam HQ"), QStringLiteral("Vault"),
            QStringLiteral("Anna de Vries"), QStringLiteral("tamper"), QStringLiteral("critical"))});
        QCOMPARE(model.rowCount(), 5); // the oldest, an entry, made room
        QCOMPARE(filter.rowCount(), 3);
        model.clear();
        QCOMPARE(filter.rowCount(), 0);
        model.undoClear();
        QCOMPARE(filter.rowCount(), 3);
        filter.setKind(DoorEventFilterModel::Kind::All);
        filter.setFilterText(QString());
        filter.sort(-1);
        QCOMPARE(filter.rowCount(), 5);
    }
};

QTEST_MAIN(TestDoorEventsPane)
#include "tst_door_events_pane.moc"
