// Alarms in the real window over a real history: an event a requireAck rule matched raises an alarm in the Alarms pane
// and the status bar; the operator acknowledges it with a note through the pane and the history keeps it; an alarm
// nobody acknowledges escalates into the banner; a new desk over the same history shows the open alarms again.
#include "../support/dialog_screenshot.h"
#include "../support/ui_test_events.h"
#include "../support/window_fixture.h"
#include "alarms/alarm_board.h"
#include "desk/alarm_desk.h"
#include "desk/desk_tray.h"
#include "desk/main_window.h"
#include "desk/ui_translator.h"
#include "panes/alarms/alarm_table_model.h"
#include "panes/alarms/alarms_pane.h"
#include "panes/alarms/escalation_banner.h"
#include "panes/story/story_viewer.h"
#include "panes/watch/watch_list_pane.h"
#include "rules/rule_set.h"
#include "store/event_store.h"
#include "test_rules.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

namespace {

std::shared_ptr<const RuleSet> doorRules()
{
    Rule r = sb::test::rule("Door alarm", "severity:high");
    r.requireAck = true;
    r.repeatSec = 30;
    r.escalateAfterSec = 120;
    return sb::test::ruleSet({r});
}

// A door event as the Salto decoder makes it: the site as its source, site/door/user/event (and severity) tags, no
// language, the hub record as attributes (the README's alarm screenshot shows these rows).
Event doorEvent(const QString &key, const QString &kind, const QString &action, const QString &door,
    const QString &user, const QString &severity)
{
    QJsonObject record {
        {QStringLiteral("site_name"), QStringLiteral("Amsterdam HQ")}, {QStringLiteral("lock_name"), door}};
    QStringList tags {QStringLiteral("site:Amsterdam HQ"), QStringLiteral("door:") + door};
    QStringList title {action, door};
    if (!user.isEmpty()) {
        record.insert(QStringLiteral("user_name"), user);
        tags << QStringLiteral("user:") + user;
        title << user;
    }
    tags << QStringLiteral("event:") + action;
    if (!severity.isEmpty()) {
        record.insert(QStringLiteral("incident_type"), action);
        record.insert(QStringLiteral("severity"), severity);
        tags << QStringLiteral("severity:") + severity;
    } else {
        record.insert(QStringLiteral("action"), action);
    }
    Event e = story(key, title.join(QStringLiteral(" · ")), tags, QString(), severity.isEmpty() ? -1 : 2, kind,
        QStringLiteral("salto"));
    e.source = QStringLiteral("Amsterdam HQ");
    e.body.clear();
    e.attrs = QJsonDocument(record).toJson(QJsonDocument::Compact);
    return e;
}

Event incident(int n)
{
    Event e = doorEvent(QStringLiteral("d-%1").arg(n), QStringLiteral("door.incident"), QStringLiteral("forced_door"),
        QStringLiteral("Door %1").arg(n), QString(), QStringLiteral("high"));
    e.rules = {QStringLiteral("Door alarm")};
    return e;
}

} // namespace

class TestMainWindowAlarms
    : public QObject
    , public WindowFixture
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    qint64 m_now = 0;
    UiTranslator m_english; // its plurals, as the desk shows them ("1 incident")

    MainWindowOptions alarmOptions(const QString &settings)
    {
        MainWindowOptions o = options(settings);
        o.rules = doorRules();
        o.alarmClock = [this] { return m_now; };
        o.backfillCount = 0;
        return o;
    }
    static void openStore(EventStore &store, const QString &path)
    {
        StoreOptions so;
        so.path = path;
        store.open(so);
    }
    static AlarmRecordList stored(EventStore &store)
    {
        AlarmRecordList out;
        bool done = false;
        QObject context;
        store.alarms(false, &context, [&](const AlarmRecordList &alarms, const QString &) {
            out = alarms;
            done = true;
        });
        [&] { QTRY_VERIFY(done); }();
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_english.install(QStringLiteral("en"))); }

    // Now, so the alarm's times read like the feed pane's beside it; only the test moves it on.
    void init() { m_now = QDateTime::currentMSecsSinceEpoch(); }

    void anAlarmIsAcknowledgedWithANoteAndKept()
    {
        const QString path = m_dir.filePath(QStringLiteral("ack.sqlite"));
        {
            EventStore store;
            openStore(store, path);
            TestFeedSource source({{QStringLiteral("salto"), QStringLiteral("salto")}});
            MainWindow w(&source, &store, alarmOptions(QStringLiteral("ack.ini")));
            w.settings()->setValue(QStringLiteral("operator/name"), QStringLiteral("Kim Ops"));
            w.alarms()->readOperator();
            w.resize(1280, 800);
            showActive(w);
            QTRY_VERIFY(w.alarms()->board()->isLoaded());
            QPushButton *count = w.alarms()->openCountButton();
            QVERIFY(count->isHidden());

            source.push({incident(1),
                doorEvent(QStringLiteral("x"), QStringLiteral("door.entry"), QStringLiteral("opened"),
                    QStringLiteral("Main entrance"), QStringLiteral("Ana Silva"), QString())});
            AlarmsPane *pane = w.alarms()->pane();
            QCOMPARE(pane->model()->rowCount(), 1);
            QTRY_VERIFY(count->isVisible());
            QCOMPARE(count->text(), QStringLiteral("1 open alarm"));
            QCOMPARE(w.tray()->openAlarms(), 1); // the tray's badge turns red

            // The status bar's count brings the pane forward.
            QTest::mouseClick(count, Qt::LeftButton);
            QTRY_VERIFY(pane->isVisible());

            pane->view()->selectRow(0);
            QTest::keyClicks(pane->noteEdit(), QStringLiteral("guard on the way"));
            QTest::mouseClick(pane->acknowledgeButton(), Qt::LeftButton);
            QCOMPARE(pane->model()->index(0, AlarmTableModel::State).data().toString(), QStringLiteral("Acknowledged"));
            QVERIFY(pane->model()
                        ->index(0, AlarmTableModel::LastChange)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("Kim Ops at ")));
            // The README's picture of an alarm acknowledged with a note (SB_SCREENSHOT_DIR, scripts/screenshots.sh).
            w.resizeDocks({w.alarms()->dock()}, {820}, Qt::Horizontal);
            settle();
            QVERIFY(saveScreenshot(&w, QStringLiteral("screenshot-alarm-acknowledged.png")));
            // Acknowledged is still open until someone closes it.
            QCOMPARE(count->text(), QStringLiteral("1 open alarm"));

            // Double-click shows the alarm's event in Details.
            const QRect rect = pane->view()->visualRect(pane->model()->index(0, AlarmTableModel::Title));
            QTest::mouseClick(pane->view()->viewport(), Qt::LeftButton, {}, rect.center());
            QTest::mouseDClick(pane->view()->viewport(), Qt::LeftButton, {}, rect.center());
            QTRY_COMPARE(w.storyViewer()->story().key, QStringLiteral("d-1"));
            store.flush();
        }
        EventStore reopened;
        openStore(reopened, path);
        const AlarmRecordList alarms = stored(reopened);
        QCOMPARE(alarms.size(), 1);
        QCOMPARE(alarms.first().state, QStringLiteral("acknowledged"));
        QCOMPARE(alarms.first().transitions.constLast().who, QStringLiteral("Kim Ops"));
        QCOMPARE(alarms.first().transitions.constLast().note, QStringLiteral("guard on the way"));
    }

    void anUnacknowledgedAlarmEscalatesIntoTheBanner()
    {
        EventStore store;
        openStore(store, m_dir.filePath(QStringLiteral("escalate.sqlite")));
        TestFeedSource source({{QStringLiteral("salto"), QStringLiteral("salto")}});
        MainWindow w(&source, &store, alarmOptions(QStringLiteral("escalate.ini")));
        showActive(w);
        QTRY_VERIFY(w.alarms()->board()->isLoaded());
        QSignalSpy sounds(&w, &MainWindow::alarmSoundDue);
        source.push({incident(2)});
        EscalationBanner *banner = w.alarms()->banner();
        QVERIFY(!banner->isVisible());

        m_now += 31'000;
        w.alarms()->board()->checkDue();
        QCOMPARE(sounds.count(), 1);
        QCOMPARE(sounds.first().first().toString(), QStringLiteral("Door alarm"));
        QVERIFY(!banner->isVisible());

        m_now += 90'000;
        w.alarms()->board()->checkDue();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->label()->text().contains(QStringLiteral("Door 2")));
        QVERIFY(banner->acknowledgeButton()->isVisible());

        QTest::mouseClick(banner->acknowledgeButton(), Qt::LeftButton);
        QCOMPARE(w.alarms()->board()->book().alarms().first().state, QStringLiteral("acknowledged"));
        QTRY_VERIFY(!banner->isVisible());
        store.flush();
    }

    void openOnlyHidesClosedAlarmsInOneClick()
    {
        TestFeedSource source({{QStringLiteral("salto"), QStringLiteral("salto")}});
        MainWindow w(&source, nullptr, alarmOptions(QStringLiteral("open-only.ini")));
        showActive(w);
        QTRY_VERIFY(w.alarms()->board()->isLoaded());
        source.push({incident(1), incident(2)});
        const AlarmId first {QStringLiteral("salto"), QStringLiteral("d-1")};
        QVERIFY(w.alarms()->board()->acknowledge(first, {}));
        QVERIFY(w.alarms()->board()->close(first, {}));
        AlarmsPane *pane = w.alarms()->pane();
        w.alarms()->showPane();
        QTRY_VERIFY(pane->openOnlyToggle()->isVisible());
        QCOMPARE(pane->model()->rowCount(), 2);
        QTest::mouseClick(pane->openOnlyToggle(), Qt::LeftButton, {}, QPoint(5, pane->openOnlyToggle()->height() / 2));
        QCOMPARE(pane->model()->rowCount(), 1);
        QCOMPARE(pane->model()->alarmAt(0)->key, QStringLiteral("d-2"));
    }

    void theWatchListShowsOnlyOpenAlarmsInOneClick()
    {
        // The rule only asks for an acknowledgement: an alarm is on the watch list all the same.
        TestFeedSource source({{QStringLiteral("salto"), QStringLiteral("salto")}});
        MainWindow w(&source, nullptr, alarmOptions(QStringLiteral("watch-open.ini")));
        showActive(w);
        QTRY_VERIFY(w.alarms()->board()->isLoaded());
        source.push({incident(1), incident(2), incident(3)});
        WatchListPane *watch = w.watchList();
        QTRY_COMPARE(watch->view()->model()->rowCount(), 3);
        QVERIFY(w.alarms()->board()->acknowledge({QStringLiteral("salto"), QStringLiteral("d-1")}, {}));
        QVERIFY(w.alarms()->board()->close({QStringLiteral("salto"), QStringLiteral("d-1")}, {}));
        QVERIFY(w.alarms()->board()->acknowledge({QStringLiteral("salto"), QStringLiteral("d-3")}, {}));

        QToolButton *button = nullptr;
        for (QToolButton *b : watch->findChildren<QToolButton *>())
            if (b->defaultAction() == watch->openAlarmsAction())
                button = b;
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(watch->openAlarmsAction()->isChecked());
        // Newest first; the acknowledged alarm is still open, the closed one is gone.
        QCOMPARE(watch->view()->model()->rowCount(), 2);
        QVERIFY(watch->view()->model()->index(0, 3).data().toString().endsWith(QStringLiteral("Door 3")));
        QSignalSpy opened(watch, &WatchListPane::storyOpened);
        watch->openRow(1);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().value<Event>().key, QStringLiteral("d-2"));

        // Closing one takes it off the view at once; a new alarm joins it.
        QVERIFY(w.alarms()->board()->close({QStringLiteral("salto"), QStringLiteral("d-3")}, {}));
        QCOMPARE(watch->view()->model()->rowCount(), 1);
        source.push({incident(4)});
        QTRY_COMPARE(watch->view()->model()->rowCount(), 2);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(watch->view()->model()->rowCount(), 4);
    }

    void aRestartShowsTheOpenAlarmAgain()
    {
        const QString path = m_dir.filePath(QStringLiteral("restart.sqlite"));
        EventStore store;
        openStore(store, path);
        TestFeedSource source({{QStringLiteral("salto"), QStringLiteral("salto")}});
        {
            MainWindow w(&source, &store, alarmOptions(QStringLiteral("restart.ini")));
            QTRY_VERIFY(w.alarms()->board()->isLoaded());
            source.push({incident(3)});
            QCOMPARE(w.alarms()->board()->openCount(), 1);
            store.flush();
        }
        MainWindow again(&source, &store, alarmOptions(QStringLiteral("restart.ini")));
        showActive(again);
        AlarmsPane *pane = again.alarms()->pane();
        QTRY_COMPARE(pane->model()->rowCount(), 1);
        QCOMPARE(pane->model()->alarmAt(0)->key, QStringLiteral("d-3"));
        QCOMPARE(pane->model()->index(0, AlarmTableModel::State).data().toString(), QStringLiteral("New"));
        QTRY_VERIFY(again.alarms()->openCountButton()->isVisible());
        // A redelivery of the same event after the restart raises nothing new.
        source.push({incident(3)});
        QCOMPARE(pane->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestMainWindowAlarms)
#include "tst_main_window_alarms.moc"
