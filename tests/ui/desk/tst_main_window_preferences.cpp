// Edit → Preferences from the real window: the dialog opens (Ctrl+, too), a changed theme applies at once and is
// saved; close-to-tray hides the window and keeps the feeds live until Quit, and without a tray closing closes.
#include "../support/menu_driver.h"
#include "../support/ui_test_events.h"
#include "../support/window_fixture.h"
#include "desk/desk_tray.h"
#include "desk/main_window.h"
#include "dialogs/preference_keys.h"
#include "dialogs/preferences_dialog.h"
#include "panes/mrn/blotter_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

class TestMainWindowPreferences
    : public QObject
    , protected WindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup()
    {
        DeskTray::setAvailableForTesting(std::nullopt);
        Theme::apply(Theme::Mode::Light);
    }

    void editPreferencesOpensItAndAChangedThemeApplies()
    {
        const QString settings = freshSettings();
        TestFeedSource source(mrnFeed());
        MainWindow w(&source, nullptr, options(settings));
        w.settings()->setValue(QStringLiteral("ui/theme"), QStringLiteral("light"));
        w.setTheme(Theme::Mode::Light);
        showActive(w);
        QVERIFY(!Theme::isDark(QApplication::palette()));

        QVERIFY(clickMenuItem(&w, QStringLiteral("&Edit"), QStringLiteral("preferences")));
        PreferencesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<PreferencesDialog *>()) && dialog->isVisible());
        auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("theme"));
        QCOMPARE(theme->currentData().toString(), QStringLiteral("light"));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        dialog->accept();
        QVERIFY(Theme::isDark(QApplication::palette()));
        QCOMPARE(Theme::current(), Theme::Mode::Dark);
        QCOMPARE(w.settings()->value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        QTRY_VERIFY(!w.findChild<PreferencesDialog *>()); // deleted on close

        // Ctrl+, opens it again; Cancel changes nothing.
        QAction *preferences = w.findChild<QAction *>(QStringLiteral("preferences"));
        QVERIFY(preferences);
        QCOMPARE(preferences->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
        QCOMPARE(preferences->menuRole(), QAction::PreferencesRole);
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY((dialog = w.findChild<PreferencesDialog *>()) && dialog->isVisible());
        dialog->findChild<QComboBox *>(QStringLiteral("theme"))->setCurrentIndex(0);
        dialog->reject();
        QCOMPARE(Theme::current(), Theme::Mode::Dark);
        w.quit();
    }

    void closeToTrayHidesTheWindowAndKeepsTheFeedsLive()
    {
        DeskTray::setAvailableForTesting(true);
        TestFeedSource source(mrnFeed());
        const QString settings = freshSettings();
        MainWindow w(&source, nullptr, options(settings));
        showActive(w);
        QVERIFY(!w.tray()->isEnabled());

        QVERIFY(clickMenuItem(&w, QStringLiteral("&Edit"), QStringLiteral("preferences")));
        PreferencesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<PreferencesDialog *>()) && dialog->isVisible());
        auto *closeToTray = dialog->findChild<QCheckBox *>(QStringLiteral("closeToTray"));
        QVERIFY(closeToTray->isEnabled());
        closeToTray->setChecked(true);
        dialog->accept();
        QVERIFY(w.tray()->isEnabled());
        QCOMPARE(w.settings()->value(QLatin1String(PreferenceKeys::kCloseToTray)).toBool(), true);

        QVERIFY(!w.close()); // the close is refused: the window hides
        QVERIFY(!w.isVisible());
        const int before = blotter(w)->model()->rowCount();
        source.push({story(QStringLiteral("k-hidden"), QStringLiteral("while hidden"))});
        QTRY_COMPARE(blotter(w)->model()->rowCount(), before + 1); // the feeds stay live

        QSignalSpy showRequested(w.tray(), &DeskTray::showRequested);
        w.tray()->icon()->contextMenu()->findChild<QAction *>(QStringLiteral("trayShow"))->trigger();
        QCOMPARE(showRequested.size(), 1);
        QTRY_VERIFY(w.isVisible());

        // Quit (File or the tray's menu) closes for real.
        w.tray()->icon()->contextMenu()->findChild<QAction *>(QStringLiteral("trayQuit"))->trigger();
        QVERIFY(!w.isVisible());
        QVERIFY(w.tray()->isEnabled()); // the choice stays for the next start
    }

    void withoutATrayClosingClosesAsBefore()
    {
        DeskTray::setAvailableForTesting(false);
        TestFeedSource source(mrnFeed());
        const QString settings = freshSettings();
        {
            QSettings s(filePath(settings), QSettings::IniFormat);
            s.setValue(QLatin1String(PreferenceKeys::kCloseToTray), true); // chosen on a desktop with a tray
        }
        MainWindow w(&source, nullptr, options(settings));
        showActive(w);
        QVERIFY(!w.tray()->isEnabled());
        QVERIFY(w.close());
        QVERIFY(!w.isVisible());
    }
};

QTEST_MAIN(TestMainWindowPreferences)
#include "tst_main_window_preferences.moc"
