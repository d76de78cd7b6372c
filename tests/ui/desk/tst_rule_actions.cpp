// The dispatcher MainWindow hands each batch to: a matched rule's sound, its notification through the tray and one
// taskbar flash per spell, looked up by the names events carry; rules that notify or watch want the tray icon.
#include "../support/ui_test_events.h"
#include "desk/desk_tray.h"
#include "desk/rule_actions.h"
#include "desk/rule_book.h"
#include "desk/rule_notifier.h"
#include "desk/rule_sound_player.h"
#include "rules/rule_set.h"
#include "test_rules.h"

#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

namespace {

std::shared_ptr<const RuleSet> rules(bool notify)
{
    Rule oil = sb::test::rule("Oil", "oil");
    oil.sound = QStringLiteral("chime");
    oil.notify = notify;
    Rule quiet = sb::test::rule("Quiet", "quiet");
    return sb::test::ruleSet({oil, quiet});
}

Event matched(const QString &key, const QStringList &rules)
{
    Event e = story(key, QStringLiteral("Oil story %1").arg(key));
    e.rules = rules;
    return e;
}

} // namespace

class TestRuleActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { DeskTray::setAvailableForTesting(std::nullopt); }

    void aBatchSoundsNotifiesAndFlashesOnce()
    {
        DeskTray::setAvailableForTesting(true);
        qint64 now = 50000;
        QWidget window;
        RuleBook book(rules(true));
        DeskTray tray(&window);
        RuleActions actions(&book, &tray, &window);
        actions.setClock([&now] { return now; });
        actions.sounds()->setAudioOutputProbe([] { return false; });
        int flashes = 0;
        actions.setAlert([&flashes](QWidget *) { ++flashes; });
        QSignalSpy played(actions.sounds(), &RuleSoundPlayer::played);
        QSignalSpy shown(actions.notifier(), &RuleNotifier::notificationReady);
        QVERIFY(tray.isShown()); // a notify rule wants the icon

        EventBatch batch = numbered(0, 100); // no rules: nothing happens
        for (int i = 0; i < 500; ++i)
            batch.append(matched(QStringLiteral("m%1").arg(i), {QStringLiteral("Oil"), QStringLiteral("Gone")}));
        actions.handle(batch);
        QCOMPARE(played.count(), 1);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(actions.notifier()->pendingCount(), 499);
        QCOMPARE(flashes, 1);

        actions.handle({matched(QStringLiteral("n1"), {QStringLiteral("Oil")})});
        QCOMPARE(flashes, 1); // the same spell
        now += RuleActions::kAlertGapMs;
        actions.handle({matched(QStringLiteral("n2"), {QStringLiteral("Oil")})});
        QCOMPARE(flashes, 2);
        QCOMPARE(played.count(), 2);
    }

    void aRuleWithoutNotifyNeitherNotifiesNorFlashes()
    {
        DeskTray::setAvailableForTesting(true);
        QWidget window;
        RuleBook book(rules(false));
        DeskTray tray(&window);
        RuleActions actions(&book, &tray, &window);
        actions.sounds()->setAudioOutputProbe([] { return false; });
        int flashes = 0;
        actions.setAlert([&flashes](QWidget *) { ++flashes; });
        QSignalSpy shown(actions.notifier(), &RuleNotifier::notificationReady);
        QVERIFY(!tray.isShown());
        actions.handle({matched(QStringLiteral("q"), {QStringLiteral("Quiet"), QStringLiteral("Oil")})});
        QCOMPARE(shown.count(), 0);
        QCOMPARE(flashes, 0);

        book.setRules(rules(true)); // the Rules dialog replaced them
        QVERIFY(tray.isShown());
    }

    void alarmsRepeatARulesSoundThroughTheHook()
    {
        qint64 now = 0;
        QWidget window;
        RuleBook book(rules(false));
        RuleActions actions(&book, nullptr, &window);
        actions.setClock([&now] { return now; });
        actions.sounds()->setAudioOutputProbe([] { return false; });
        QVERIFY(actions.playSound(QStringLiteral("Oil")));
        QVERIFY(!actions.playSound(QStringLiteral("Oil")));
        now += RuleSoundPlayer::kMinGapMs;
        QVERIFY(actions.playSound(QStringLiteral("Oil")));
        QVERIFY(!actions.playSound(QStringLiteral("Quiet"))); // no sound
        QVERIFY(!actions.playSound(QStringLiteral("Nobody")));
    }
};

QTEST_MAIN(TestRuleActions)
#include "tst_rule_actions.moc"
