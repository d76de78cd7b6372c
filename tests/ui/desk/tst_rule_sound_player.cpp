// Rule sounds: one per rule per two seconds on an injected clock, mute, built-in names and files, and a desk without
// an audio device or with a bad sound that reports the problem once and goes on.
#include "desk/rule_sound_player.h"
#include "rules/rule.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::ui;

namespace {

Rule ruleWithSound(const QString &name, const QString &sound)
{
    Rule rule;
    rule.name = name;
    rule.query = QStringLiteral("oil");
    rule.sound = sound;
    return rule;
}

} // namespace

class TestRuleSoundPlayer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void atMostOneSoundPerRulePerTwoSeconds()
    {
        qint64 now = 1000;
        RuleSoundPlayer player;
        player.setClock([&now] { return now; });
        player.setAudioOutputProbe([] { return false; });
        QSignalSpy played(&player, &RuleSoundPlayer::played);
        const Rule oil = ruleWithSound(QStringLiteral("Oil"), QStringLiteral("chime"));
        const Rule gas = ruleWithSound(QStringLiteral("Gas"), QStringLiteral("alarm"));

        QVERIFY(player.play(oil));
        QVERIFY(!player.play(oil));
        QVERIFY(player.play(gas)); // another rule has its own limit
        now += RuleSoundPlayer::kMinGapMs - 1;
        QVERIFY(!player.play(oil));
        now += 1;
        QVERIFY(player.play(oil));
        QCOMPARE(played.count(), 3);
        QCOMPARE(played.at(0).at(0).toString(), QStringLiteral("Oil"));
        QCOMPARE(played.at(0).at(1).toUrl(), QUrl(QStringLiteral("qrc:/sounds/chime.wav")));
        QCOMPARE(played.at(1).at(1).toUrl(), QUrl(QStringLiteral("qrc:/sounds/alarm.wav")));
    }

    void mutedPlaysNothingAndDoesNotUseUpTheLimit()
    {
        qint64 now = 0;
        RuleSoundPlayer player;
        player.setClock([&now] { return now; });
        player.setAudioOutputProbe([] { return false; });
        const Rule oil = ruleWithSound(QStringLiteral("Oil"), QStringLiteral("chime"));
        player.setMuted(true);
        QVERIFY(!player.play(oil));
        player.setMuted(false);
        QVERIFY(player.play(oil));
    }

    void aRuleWithoutSoundIsSilent()
    {
        RuleSoundPlayer player;
        player.setAudioOutputProbe([] { return false; });
        QSignalSpy problem(&player, &RuleSoundPlayer::problem);
        QVERIFY(!player.play(ruleWithSound(QStringLiteral("Oil"), QString())));
        QCOMPARE(problem.count(), 0);
    }

    void sourcesOfNamesAndFiles()
    {
        QCOMPARE(RuleSoundPlayer::sourceOf(QStringLiteral("Alert")), QUrl(QStringLiteral("qrc:/sounds/alert.wav")));
        QCOMPARE(RuleSoundPlayer::sourceOf(QStringLiteral("/tmp/bell.wav")),
            QUrl::fromLocalFile(QStringLiteral("/tmp/bell.wav")));
        QVERIFY(RuleSoundPlayer::sourceOf(QStringLiteral("trumpet")).isEmpty());
    }

    void anUnknownNameIsReportedOnceWithTheRule()
    {
        qint64 now = 0;
        RuleSoundPlayer player;
        player.setClock([&now] { return now; });
        player.setAudioOutputProbe([] { return true; });
        QSignalSpy problem(&player, &RuleSoundPlayer::problem);
        QSignalSpy played(&player, &RuleSoundPlayer::played);
        const Rule rule = ruleWithSound(QStringLiteral("Oil"), QStringLiteral("trumpet"));
        QVERIFY(!player.play(rule));
        now += 10 * RuleSoundPlayer::kMinGapMs;
        QVERIFY(!player.play(rule));
        QCOMPARE(played.count(), 0);
        QCOMPARE(problem.count(), 1);
        const QString message = problem.at(0).at(0).toString();
        QVERIFY2(
            message.contains(QLatin1String("Oil")) && message.contains(QLatin1String("trumpet")), qPrintable(message));
    }

    void noAudioDeviceIsReportedOnceAndNothingBreaks()
    {
        qint64 now = 0;
        int asked = 0;
        RuleSoundPlayer player;
        player.setClock([&now] { return now; });
        player.setAudioOutputProbe([&asked] {
            ++asked;
            return false;
        });
        QSignalSpy problem(&player, &RuleSoundPlayer::problem);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(player.play(ruleWithSound(QStringLiteral("Oil"), QStringLiteral("chime"))));
            now += RuleSoundPlayer::kMinGapMs;
        }
        QCOMPARE(asked, 1);
        QCOMPARE(problem.count(), 1);
        QVERIFY(problem.at(0).at(0).toString().contains(QLatin1String("audio")));
    }

    void theMachinesOwnAudioSystemAnswersWithoutAWait()
    {
        // The real probe and, where a device exists, the real QSoundEffect: CI has no audio device, a desk may.
        RuleSoundPlayer player;
        QSignalSpy problem(&player, &RuleSoundPlayer::problem);
        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(player.play(ruleWithSound(QStringLiteral("Oil"), QStringLiteral("chime"))));
        QVERIFY2(elapsed.elapsed() < 2000, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(problem.count() <= 1);
    }

    void aMissingFileIsReportedOnceNotACrash()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("gone.wav"));
        qint64 now = 0;
        RuleSoundPlayer player;
        player.setClock([&now] { return now; });
        player.setAudioOutputProbe([] { return true; }); // as if a device were there: the file itself is at fault
        QSignalSpy problem(&player, &RuleSoundPlayer::problem);
        const Rule rule = ruleWithSound(QStringLiteral("Oil"), missing);
        QVERIFY(player.play(rule));
        QTRY_COMPARE(problem.count(), 1);
        QVERIFY2(problem.at(0).at(0).toString().contains(missing), qPrintable(problem.at(0).at(0).toString()));
        now += RuleSoundPlayer::kMinGapMs;
        QVERIFY(player.play(rule));
        QCOMPARE(problem.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRuleSoundPlayer)
#include "tst_rule_sound_player.moc"
