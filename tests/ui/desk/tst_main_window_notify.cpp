// Rules acting in the real window (#16): a notifying match raises one notification from the tray, clicking it opens
// the event in Details; the status bar's mute switch is the saved sounds setting; a desk without a tray shows nothing
// and goes on.
#include "../support/ui_test_events.h"
#include "../support/window_fixture.h"
#include "desk/desk_tray.h"
#include "desk/main_window.h"
#include "desk/rule_actions.h"
#include "desk/rule_notifier.h"
#include "desk/rule_sound_player.h"
#include "desk/sound_toggle.h"
#include "dialogs/preference_keys.h"
#include "panes/story/story_viewer.h"
#include "rules/rule_set.h"
#include "test_rules.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

namespace {

std::shared_ptr<const RuleSet> notifyingRules()
{
    Rule oil = sb::test::rule("Oil", "oil");
    oil.notify = true;
    oil.sound = QStringLiteral("chime");
    return sb::test::ruleSet({oil});
}

Event oilStory(const QString &key)
{
    Event e = story(key, QStringLiteral("Oil %1").arg(key));
    e.rules = {QStringLiteral("Oil")};
    return e;
}

} // namespace

class TestMainWindowNotify
    : public QObject
    , protected WindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { DeskTray::setAvailableForTesting(std::nullopt); }

    void clickingTheNotificationOpensTheEvent()
    {
        DeskTray::setAvailableForTesting(true);
        TestFeedSource source(mrnFeed());
        MainWindowOptions o = options();
        o.rules = notifyingRules();
        MainWindow w(&source, nullptr, o);
        w.ruleActions()->sounds()->setAudioOutputProbe([] { return false; });
        int flashes = 0;
        w.ruleActions()->setAlert([&flashes](QWidget *) { ++flashes; });
        QVERIFY(w.tray()->isShown());
        QSignalSpy shown(w.ruleActions()->notifier(), &RuleNotifier::notificationReady);

        source.push({story(QStringLiteral("plain"), QStringLiteral("Nothing")), oilStory(QStringLiteral("k1"))});
        QCOMPARE(shown.count(), 1);
        QCOMPARE(flashes, 1);
        Q_EMIT w.tray()->icon()->messageClicked();
        QCOMPARE(w.storyViewer()->story().key, QStringLiteral("k1"));
    }

    void theMuteSwitchIsTheSavedSoundsSetting()
    {
        const QString settings = freshSettings();
        {
            TestFeedSource source(mrnFeed());
            MainWindow w(&source, nullptr, options(settings));
            SoundToggle *toggle = w.soundToggle();
            QVERIFY(toggle);
            QCOMPARE(toggle->parentWidget(), w.statusBar());
            QVERIFY(!toggle->isMuted());
            QVERIFY(!toggle->toolTip().isEmpty());
            toggle->click();
            QVERIFY(toggle->isMuted());
            QVERIFY(w.ruleActions()->sounds()->isMuted());
            QCOMPARE(w.settings()->value(QLatin1String(PreferenceKeys::kSoundsEnabled)).toBool(), false);
            w.settings()->sync();
        }
        TestFeedSource source(mrnFeed());
        MainWindow again(&source, nullptr, options(settings));
        QVERIFY(again.soundToggle()->isMuted());
        QVERIFY(again.ruleActions()->sounds()->isMuted());
        again.soundToggle()->click();
        QVERIFY(!again.ruleActions()->sounds()->isMuted());
    }

    void withoutATrayTheDeskRunsAsBefore()
    {
        DeskTray::setAvailableForTesting(false);
        TestFeedSource source(mrnFeed());
        MainWindowOptions o = options();
        o.rules = notifyingRules();
        MainWindow w(&source, nullptr, o);
        w.ruleActions()->sounds()->setAudioOutputProbe([] { return false; });
        QSignalSpy problems(w.ruleActions(), &RuleActions::problem);
        QVERIFY(!w.tray()->isShown());
        source.push({oilStory(QStringLiteral("k1")), oilStory(QStringLiteral("k2"))});
        QVERIFY(!w.tray()->isShown());
        QCOMPARE(problems.count(), 1); // no audio device, said once
        QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("audio")));
        QTRY_COMPARE(blotter(w)->visibleCount(), 2);
    }
};

QTEST_MAIN(TestMainWindowNotify)
#include "tst_main_window_notify.moc"
