// Desktop notifications of `notify` rules: a burst is one notification "and N more", the next waits out the gap, and
// a click opens the notified event once.
#include "../support/ui_test_events.h"
#include "desk/rule_notifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

class TestRuleNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theFirstMatchIsShownAtOnce()
    {
        qint64 now = 10000;
        RuleNotifier notifier;
        notifier.setClock([&now] { return now; });
        QSignalSpy ready(&notifier, &RuleNotifier::notificationReady);
        notifier.add(QStringLiteral("Oil"), story(QStringLiteral("k1"), QStringLiteral("Saudi output rises")));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).toString(), QStringLiteral("Oil"));
        QCOMPARE(ready.at(0).at(1).toString(), QStringLiteral("Saudi output rises"));
    }

    void aBurstOf500IsOneNotificationAndNMore()
    {
        qint64 now = 10000;
        RuleNotifier notifier;
        notifier.setClock([&now] { return now; });
        QSignalSpy ready(&notifier, &RuleNotifier::notificationReady);
        QSignalSpy open(&notifier, &RuleNotifier::openRequested);
        const EventBatch burst = numbered(0, 500);
        for (const Event &e : burst)
            notifier.add(QStringLiteral("Oil"), e);
        QCOMPARE(ready.count(), 1); // the first, at once
        QCOMPARE(notifier.pendingCount(), 499);

        now += RuleNotifier::kMinGapMs;
        notifier.flush(); // what the timer does at the end of the gap
        QCOMPARE(ready.count(), 2);
        const QString text = ready.at(1).at(1).toString();
        QVERIFY2(
            text.startsWith(burst.at(1).titleText()) && text.endsWith(QLatin1String("and 498 more")), qPrintable(text));
        QCOMPARE(notifier.pendingCount(), 0);
        notifier.flush();
        QCOMPARE(ready.count(), 2);

        // A click opens the event the notification names.
        notifier.clicked();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).value<Event>().key, burst.at(1).key);
    }

    void theTimerShowsWhatWaitedWithoutAnotherMatch()
    {
        qint64 now = 10000;
        RuleNotifier notifier;
        notifier.setClock([&now] { return now; });
        QSignalSpy ready(&notifier, &RuleNotifier::notificationReady);
        notifier.add(QStringLiteral("Oil"), story(QStringLiteral("k1"), QStringLiteral("one")));
        now += RuleNotifier::kMinGapMs - 20; // the timer waits out only what is left of the gap
        notifier.add(QStringLiteral("Oil"), story(QStringLiteral("k2"), QStringLiteral("two")));
        QCOMPARE(ready.count(), 1);
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(ready.at(1).at(1).toString(), QStringLiteral("two"));
    }

    void aClickOpensTheEventOnceAndNotLongAfter()
    {
        qint64 now = 10000;
        RuleNotifier notifier;
        notifier.setClock([&now] { return now; });
        QSignalSpy open(&notifier, &RuleNotifier::openRequested);
        notifier.clicked(); // nothing shown yet
        QCOMPARE(open.count(), 0);
        notifier.add(QStringLiteral("Oil"), story(QStringLiteral("k1"), QStringLiteral("one")));
        notifier.clicked();
        notifier.clicked();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).value<Event>().key, QStringLiteral("k1"));

        now += RuleNotifier::kMinGapMs;
        notifier.add(QStringLiteral("Oil"), story(QStringLiteral("k2"), QStringLiteral("two")));
        now += RuleNotifier::kClickableForMs + 1; // someone else's notification, clicked much later
        notifier.clicked();
        QCOMPARE(open.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRuleNotifier)
#include "tst_rule_notifier.moc"
