// Item 6 of #20 as the app wires it: a config that cannot be used leaves an empty desk, and its File menu switches
// the running desk to another config, to the demo, or to the same config fixed in Edit feeds, without a restart.
#include "../../ui/support/menu_driver.h"
#include "../../ui/support/ui_write_file.h"
#include "desk/feed_pane.h"
#include "desk/main_window.h"
#include "desk_launcher.h"
#include "desk_session.h"
#include "dialogs/credentials_dialog.h"
#include "dialogs/feed_config_dialog.h"
#include "dialogs/preference_keys.h"
#include "dialogs/preferences_dialog.h"
#include "pipeline/feed_registry.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sb;
using namespace sb::ui::test;

class TestDeskLauncher : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QStringList m_reports;

    QString writeConfig(const QString &name, const QJsonObject &feedExtra)
    {
        QJsonObject feed {{QStringLiteral("name"), QStringLiteral("alerts")},
            {QStringLiteral("type"), QStringLiteral("alerts")},
            {QStringLiteral("tokenUrl"), QStringLiteral("https://127.0.0.1:1/token")},
            {QStringLiteral("clientId"), QStringLiteral("desk")},
            {QStringLiteral("clientSecret"), QStringLiteral("env:SB_TEST_LAUNCHER_SECRET")}};
        for (auto it = feedExtra.begin(); it != feedExtra.end(); ++it)
            feed.insert(it.key(), it.value());
        const QJsonObject root {{QStringLiteral("feeds"), QJsonArray {feed}},
            {QStringLiteral("store"),
                QJsonObject {{QStringLiteral("path"), m_dir.filePath(name + QStringLiteral(".sqlite"))}}}};
        const QString path = m_dir.filePath(name + QStringLiteral(".json"));
        if (!writeFile(path, QJsonDocument(root).toJson()))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    std::unique_ptr<gui::DeskLauncher> launcher()
    {
        ui::MainWindowOptions options;
        options.settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
        options.blotterCapacity = 1000;
        auto l = std::make_unique<gui::DeskLauncher>(options);
        l->setReport([this](const QString &text) { m_reports << text; });
        return l;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The empty desk and the demo keep their history where the user's would be: the test's own, here.
        QStandardPaths::setTestModeEnabled(true);
        registerBuiltinFeeds();
        qputenv("SB_TEST_LAUNCHER_SECRET", "s3cret");
    }
    void init() { m_reports.clear(); }

    void aBadConfigLeavesADeskThatOpensAGoodOne()
    {
        const QString bad
            = writeConfig(QStringLiteral("bad"), {{QStringLiteral("waitTimeSeconds"), QStringLiteral("soon")}});
        const QString good = writeConfig(QStringLiteral("good"), {});
        auto desk = launcher();
        desk->openConfiguration(bad);
        QVERIFY(desk->window());
        QVERIFY(QTest::qWaitForWindowExposed(desk->window()));
        QVERIFY(desk->window()->panes().isEmpty());
        QCOMPARE(m_reports.size(), 1);
        QVERIFY2(m_reports.first().contains(QStringLiteral("waitTimeSeconds")), qPrintable(m_reports.first()));

        QPointer<ui::MainWindow> first = desk->window();
        whenModal<QFileDialog>([good](QFileDialog *d) { answerFileDialog(d, good); });
        QVERIFY(clickMenuItem(desk->window(), QStringLiteral("&File"), QStringLiteral("openConfiguration")));
        QTRY_VERIFY(first.isNull());
        QVERIFY(desk->window()->pane(QStringLiteral("alerts")));
        QVERIFY(desk->window()->isVisible());
        QCOMPARE(desk->window()->windowTitle(), QStringLiteral("good.json — Switchboard"));
        QCOMPARE(m_reports.size(), 1);
    }

    void switchingKeepsTheApplicationRunning()
    {
        // The old window goes before the new one comes; the application must not take that for its last window
        // closing.
        const QString good = writeConfig(QStringLiteral("running"), {});
        auto desk = launcher();
        desk->startEmpty();
        QTimer::singleShot(0, desk.get(), [&desk, good] { desk->openConfiguration(good); });
        // Posted after anything the switch posted to the application (a quit would be), so handled after it.
        connect(desk.get(), &gui::DeskLauncher::windowChanged, this, [] {
            QMetaObject::invokeMethod(
                qApp, [] { QCoreApplication::exit(42); }, Qt::QueuedConnection);
        });
        QCOMPARE(QCoreApplication::exec(), 42);
        QVERIFY(desk->window()->pane(QStringLiteral("alerts")));
    }

    void aFileThatIsNotAConfigIsReportedAndTheDeskStays()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(writeFile(broken, "{ \"feeds\": ["));
        auto desk = launcher();
        QVERIFY(!desk->openConfiguration(broken));
        QVERIFY(desk->window());
        QVERIFY(desk->window()->panes().isEmpty());
        QCOMPARE(m_reports.size(), 1);
        QVERIFY(m_reports.first().contains(QStringLiteral("broken.json")));
    }

    void aKeychainSecretThatCannotBeReadIsNamedAndNoFeedStarts()
    {
        // No session bus here, so no Secret Service: the read fails, and the literal "keychain:…" is never used
        // as the secret.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sb-no-bus");
        const QString path = writeConfig(
            QStringLiteral("keychain"), {{QStringLiteral("clientSecret"), QStringLiteral("keychain:rdp-desk-secret")}});
        auto desk = launcher();
        desk->openConfiguration(path);
        QTRY_COMPARE_WITH_TIMEOUT(m_reports.size(), 1, 20000);
        QVERIFY2(m_reports.first().contains(QStringLiteral("\"rdp-desk-secret\"")), qPrintable(m_reports.first()));
        QVERIFY2(m_reports.first().contains(QStringLiteral("keychain.json")), qPrintable(m_reports.first()));
        QVERIFY(desk->window());
        QVERIFY(desk->window()->panes().isEmpty());

        // File → Credentials is the way forward: it lists the name, and says why it cannot tell whether it is set.
        QCOMPARE(desk->keychainNames(), QStringList {QStringLiteral("rdp-desk-secret")});
        QVERIFY(clickMenuItem(desk->window(), QStringLiteral("&File"), QStringLiteral("credentials")));
        ui::CredentialsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = desk->window()->findChild<ui::CredentialsDialog *>()) && dialog->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->status(QStringLiteral("rdp-desk-secret")), QStringLiteral("Unknown"), 20000);
        QVERIFY2(dialog->problem().contains(QStringLiteral("\"rdp-desk-secret\"")), qPrintable(dialog->problem()));
        dialog->close();
    }

    void theHistoryGoesWherePreferencesSayUnlessTheConfigSays()
    {
        const QString settingsPath = m_dir.filePath(QStringLiteral("history-prefs.ini"));
        const QString chosen = m_dir.filePath(QStringLiteral("chosen/history.sqlite"));
        {
            QSettings s(settingsPath, QSettings::IniFormat);
            s.setValue(QLatin1String(ui::PreferenceKeys::kHistoryPath), chosen);
            s.setValue(QLatin1String(ui::PreferenceKeys::kHistoryMaxBytes), 512LL * 1024 * 1024);
        }
        ui::MainWindowOptions options;
        options.settingsPath = settingsPath;
        options.blotterCapacity = 1000;
        gui::DeskLauncher desk(options);
        desk.setReport([this](const QString &text) { m_reports << text; });
        desk.startEmpty();
        QTRY_VERIFY(QFile::exists(chosen));

        // A config's own "store" wins, and Preferences shows it instead of offering to change it.
        const QString config = writeConfig(QStringLiteral("own-store"), {});
        QVERIFY(desk.openConfiguration(config));
        QTRY_VERIFY(QFile::exists(m_dir.filePath(QStringLiteral("own-store.sqlite"))));
        desk.window()->showPreferences();
        ui::PreferencesDialog *prefs = nullptr;
        QTRY_VERIFY((prefs = desk.window()->findChild<ui::PreferencesDialog *>()) && prefs->isVisible());
        QVERIFY(!prefs->findChild<QLineEdit *>(QStringLiteral("historyPath"))->isEnabled());
        QVERIFY(prefs->findChild<QSpinBox *>(QStringLiteral("historyCap"))->isEnabled()); // the config sets no cap
        QCOMPARE(prefs->findChild<QSpinBox *>(QStringLiteral("historyCap"))->value(), 512);
        prefs->reject();
        QVERIFY2(m_reports.isEmpty(), qPrintable(m_reports.join(QLatin1Char('\n'))));
    }

    void editFeedsFixesTheConfigAndRunsIt()
    {
        const QString bad
            = writeConfig(QStringLiteral("edited"), {{QStringLiteral("waitTimeSeconds"), QStringLiteral("soon")}});
        auto desk = launcher();
        desk->openConfiguration(bad);
        QVERIFY(desk->window()->panes().isEmpty());

        bool shownBesideTheKey = false;
        whenModal<ui::FeedConfigDialog>([&shownBesideTheKey](ui::FeedConfigDialog *d) {
            auto *keys = d->findChild<QTableWidget *>(QStringLiteral("feedKeys"));
            for (int r = 0; r < keys->rowCount(); ++r) {
                if (keys->item(r, 0)->text() != QLatin1String("waitTimeSeconds"))
                    continue;
                shownBesideTheKey = keys->item(r, 2)->text().contains(QStringLiteral("must be a number"));
                keys->item(r, 1)->setText(QStringLiteral("5"));
            }
            QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        });
        QVERIFY(clickMenuItem(desk->window(), QStringLiteral("&File"), QStringLiteral("editFeeds")));
        QTRY_VERIFY(desk->window()->pane(QStringLiteral("alerts")));
        QVERIFY(shownBesideTheKey);

        QFile f(bad);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray saved = f.readAll();
        QVERIFY(saved.contains("env:SB_TEST_LAUNCHER_SECRET"));
        QVERIFY(!saved.contains("s3cret"));
        const QJsonObject feed
            = QJsonDocument::fromJson(saved).object().value(QStringLiteral("feeds")).toArray().first().toObject();
        QCOMPARE(feed.value(QStringLiteral("waitTimeSeconds")).toInt(), 5);
    }

    void startDemoFromTheMenuBringsLiveFeeds()
    {
        gui::DemoEmulators::Options demo;
        demo.storiesPerSecond = 20;
        auto desk = launcher();
        desk->setDemoOptions(demo);
        desk->startEmpty();
        QVERIFY(desk->window()->panes().isEmpty());
        QVERIFY(clickMenuItem(desk->window(), QStringLiteral("&File"), QStringLiteral("startDemo")));
        QTRY_VERIFY(!desk->window()->panes().isEmpty());
        QVERIFY2(m_reports.isEmpty(), qPrintable(m_reports.join(QLatin1Char('\n'))));
        QCOMPARE(desk->window()->windowTitle(), QStringLiteral("demo — Switchboard"));
        for (ui::FeedPane *pane : desk->window()->panes())
            QTRY_VERIFY2_WITH_TIMEOUT(
                pane->eventCount() >= 1, qPrintable(pane->feedName() + QStringLiteral(" shows no events")), 30000);

        // From the demo to a config: the emulators go once their feeds have.
        QVERIFY(desk->openConfiguration(writeConfig(QStringLiteral("after-demo"), {})));
        QCOMPARE(desk->window()->panes().size(), 1);
    }
};

QTEST_MAIN(TestDeskLauncher)
#include "tst_desk_launcher.moc"
