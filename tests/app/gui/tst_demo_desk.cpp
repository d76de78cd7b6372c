// `switchboard --demo` end to end, headless: every built-in emulator starts, every feed connects to its emulator
// over loopback, and live events reach the panes through the real host, decode threads, batcher and store.
#include "alarms/alarm_board.h"
#include "demo_emulators.h"
#include "desk/alarm_desk.h"
#include "desk/feed_pane.h"
#include "desk/main_window.h"
#include "desk_session.h"
#include "nats_server.h"
#include "pipeline/feed_registry.h"
#include "relay/relay_feed.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

// A desk whose history, settings and rules.json (when given) live in one temporary folder.
struct DeskInFolder
{
    explicit DeskInFolder(const QByteArray &rulesJson = {})
    {
        if (!rulesJson.isEmpty()) {
            QFile rules(dir.filePath(QStringLiteral("rules.json")));
            wroteRules = rules.open(QIODevice::WriteOnly) && rules.write(rulesJson) == rulesJson.size();
        }
        store.path = dir.filePath(QStringLiteral("history.sqlite"));
        window.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    }

    bool start(const QVector<QJsonObject> &configs) { return session.start(configs, store, window, &problems); }
    QString problemText() const { return problems.join(QLatin1Char('\n')); }

    QTemporaryDir dir;
    bool wroteRules = true;
    StoreOptions store;
    ui::MainWindowOptions window;
    gui::DeskSession session;
    QStringList problems;
};

// The demo's emulators at a brisk 20 stories a second.
bool startDemo(gui::DemoEmulators &emulators, QString *error)
{
    gui::DemoEmulators::Options demo;
    demo.storiesPerSecond = 20;
    return emulators.start(demo, error);
}

} // namespace

class TestDemoDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        registerBuiltinFeeds();
        RelayFeed::registerType();
    }

    void everyDemoFeedGoesLiveAndShowsEvents()
    {
        gui::DemoEmulators emulators;
        QString error;
        QVERIFY2(startDemo(emulators, &error), qPrintable(error));
        const QVector<QJsonObject> configs = emulators.feedConfigs();
        QVERIFY(!configs.isEmpty());
        DeskInFolder desk;
        QVERIFY(desk.start(configs));
        QVERIFY2(desk.problems.isEmpty(), qPrintable(desk.problemText()));
        gui::DeskSession &session = desk.session;
        session.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(session.window()));

        QCOMPARE(session.window()->panes().size(), configs.size());
        for (const QJsonObject &config : configs) {
            const QString name = config.value(QStringLiteral("name")).toString();
            ui::FeedPane *pane = session.window()->pane(name);
            QVERIFY2(pane, qPrintable(name));
            QTRY_VERIFY2_WITH_TIMEOUT(
                pane->eventCount() >= 3, qPrintable(name + QStringLiteral(" shows no events")), 30000);
        }
    }

    // The desk's rules (rules.json beside its settings) are matched on the decode threads: every event the host
    // shows names exactly the rules its kind meets.
    void deskEventsCarryTheRulesBesideTheSettings()
    {
        gui::DemoEmulators emulators;
        QString error;
        QVERIFY2(startDemo(emulators, &error), qPrintable(error));
        DeskInFolder desk(R"({"rules":[{"name":"News","query":"kind:news"},{"name":"Off","query":"kind:news",
            "enabled":false},{"name":"Doors","query":"kind:door"}]})");
        QVERIFY(desk.wroteRules);
        QVERIFY(desk.start(emulators.feedConfigs()));
        gui::DeskSession &session = desk.session;
        QVERIFY(session.ruleProblems().isEmpty());
        int news = 0, doors = 0, wrong = 0;
        QString firstWrong;
        QObject::connect(&session.host(), &FeedHost::eventsReady, session.window(), [&](const EventBatch &batch) {
            for (const Event &e : batch) {
                QStringList expected;
                if (e.kind.startsWith(QLatin1String("news")))
                    expected << QStringLiteral("News");
                if (e.kind.startsWith(QLatin1String("door.")))
                    expected << QStringLiteral("Doors");
                news += expected.contains(QStringLiteral("News"));
                doors += expected.contains(QStringLiteral("Doors"));
                if (e.rules != expected && ++wrong == 1)
                    firstWrong = e.kind + QStringLiteral(": ") + e.rules.join(QLatin1Char(','));
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(news >= 3 && doors >= 3, 30000);
        QVERIFY2(wrong == 0, qPrintable(firstWrong));
    }

    void aRulesFileThatDoesNotLoadIsReportedWithTheRule()
    {
        DeskInFolder desk(R"({"rules":[{"name":"Broken band","query":"urgency:1-x"}]})");
        QVERIFY(desk.wroteRules);
        desk.start({});
        const QString text = desk.session.ruleProblems().join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QLatin1String("rule \"Broken band\"")) && text.contains(QLatin1String("urgency:1-x"))
                && text.contains(QLatin1String("default rules run")),
            qPrintable(text));
    }

    // A desk with a relay feed shares its alarms in the team's bucket (#18); "alarms": false keeps them on the desk.
    void aRelayFeedSharesTheDesksAlarms_data()
    {
        QTest::addColumn<bool>("shared");
        QTest::newRow("shared") << true;
        QTest::newRow("alarms false") << false;
    }
    void aRelayFeedSharesTheDesksAlarms()
    {
        QFETCH(bool, shared);
        if (!test::NatsServer::available())
            return;
        test::NatsServer server;
        server.start();
        QTRY_VERIFY_WITH_TIMEOUT(server.accepting(), 30000);
        DeskInFolder desk(R"({"rules":[{"name":"Doors","query":"kind:door","requireAck":true}]})");
        QVERIFY(desk.wroteRules);
        QJsonObject relay {{QStringLiteral("name"), QStringLiteral("team")},
            {QStringLiteral("type"), QStringLiteral("relay")}, {QStringLiteral("natsUrl"), server.url()},
            {QStringLiteral("consumer"), QStringLiteral("desk-test")}};
        if (!shared)
            relay.insert(QStringLiteral("alarms"), false);
        desk.start({relay});
        QVERIFY2(desk.problems.isEmpty(), qPrintable(desk.problemText()));
        gui::DeskSession &session = desk.session;
        AlarmBoard *board = session.window()->alarms()->board();
        session.window()->alarms()->load();
        QTRY_VERIFY_WITH_TIMEOUT(board->isLoaded(), 30000);
        Event e;
        e.feed = QStringLiteral("salto");
        e.kind = QStringLiteral("door.incident");
        e.key = QStringLiteral("E1");
        e.title = QByteArrayLiteral("Door forced open");
        e.rules = {QStringLiteral("Doors")};
        board->addEvents({e});
        const AlarmId id {e.feed, e.key};
        QVERIFY(board->acknowledge(id, QStringLiteral("from the desk")));
        if (!shared) {
            QCOMPARE(board->book().find(id)->state, QStringLiteral("acknowledged")); // no team to ask
            return;
        }
        QCOMPARE(board->book().find(id)->state, QStringLiteral("new")); // until the bucket has it
        QTRY_COMPARE_WITH_TIMEOUT(board->book().find(id)->state, QStringLiteral("acknowledged"), 30000);
        natsConnection *nc = nullptr;
        jsCtx *js = nullptr;
        kvStore *kv = nullptr;
        kvEntry *entry = nullptr;
        QCOMPARE(natsConnection_ConnectTo(&nc, server.url().toUtf8().constData()), NATS_OK);
        QCOMPARE(natsConnection_JetStream(&js, nc, nullptr), NATS_OK);
        QCOMPARE(js_KeyValue(&kv, js, "SB_ALARMS"), NATS_OK);
        QCOMPARE(kvStore_Get(&entry, kv, "salto.E1"), NATS_OK);
        const QByteArray value(static_cast<const char *>(kvEntry_Value(entry)), kvEntry_ValueLen(entry));
        QVERIFY2(value.contains(R"("state":"acknowledged")") && value.contains("from the desk"), value.constData());
        kvEntry_Destroy(entry);
        kvStore_Destroy(kv);
        jsCtx_Destroy(js);
        natsConnection_Destroy(nc);
    }
};

QTEST_MAIN(TestDemoDesk)
#include "tst_demo_desk.moc"
