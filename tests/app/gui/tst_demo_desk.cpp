// `switchboard --demo` end to end, headless: every built-in emulator starts, every feed connects to its emulator
// over loopback, and live events reach the panes through the real host, decode threads, batcher and store.
#include "demo_emulators.h"
#include "desk/feed_pane.h"
#include "desk/main_window.h"
#include "desk_session.h"
#include "pipeline/feed_registry.h"

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
};

QTEST_MAIN(TestDemoDesk)
#include "tst_demo_desk.moc"
