// `switchboard --demo` end to end, headless: every built-in emulator starts, every feed connects to its emulator
// over loopback, and live events reach the panes through the real host, decode threads, batcher and store.
#include "demo_emulators.h"
#include "desk/feed_pane.h"
#include "desk/main_window.h"
#include "desk_session.h"
#include "pipeline/feed_registry.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestDemoDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerBuiltinFeeds(); }

    void everyDemoFeedGoesLiveAndShowsEvents()
    {
        QTemporaryDir dir;
        gui::DemoEmulators emulators;
        gui::DemoEmulators::Options demo;
        demo.storiesPerSecond = 20;
        QString error;
        QVERIFY2(emulators.start(demo, &error), qPrintable(error));
        const QVector<QJsonObject> configs = emulators.feedConfigs();
        QVERIFY(!configs.isEmpty());

        StoreOptions store;
        store.path = dir.filePath(QStringLiteral("history.sqlite"));
        ui::MainWindowOptions window;
        window.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
        gui::DeskSession session;
        QStringList problems;
        QVERIFY(session.start(configs, store, window, &problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
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
        QTemporaryDir dir;
        QFile rules(dir.filePath(QStringLiteral("rules.json")));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write(R"({"rules":[{"name":"News","query":"kind:news"},{"name":"Off","query":"kind:news",
            "enabled":false},{"name":"Doors","query":"kind:door"}]})");
        rules.close();
        gui::DemoEmulators emulators;
        gui::DemoEmulators::Options demo;
        demo.storiesPerSecond = 20;
        QString error;
        QVERIFY2(emulators.start(demo, &error), qPrintable(error));
        StoreOptions store;
        store.path = dir.filePath(QStringLiteral("history.sqlite"));
        ui::MainWindowOptions window;
        window.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
        gui::DeskSession session;
        QStringList problems;
        QVERIFY(session.start(emulators.feedConfigs(), store, window, &problems));
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
        QTemporaryDir dir;
        QFile rules(dir.filePath(QStringLiteral("rules.json")));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write(R"({"rules":[{"name":"Broken band","query":"urgency:1-x"}]})");
        rules.close();
        StoreOptions store;
        store.path = dir.filePath(QStringLiteral("history.sqlite"));
        ui::MainWindowOptions window;
        window.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
        gui::DeskSession session;
        QStringList problems;
        session.start({}, store, window, &problems);
        const QString text = session.ruleProblems().join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QLatin1String("rule \"Broken band\"")) && text.contains(QLatin1String("urgency:1-x"))
                && text.contains(QLatin1String("default rules run")),
            qPrintable(text));
    }
};

QTEST_MAIN(TestDemoDesk)
#include "tst_demo_desk.moc"
