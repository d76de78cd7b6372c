#include "feeds/pubsub/pubsub_pending_answers.h"

#include <QTest>

using namespace sb;
using Want = PubSubPendingAnswers::Want;

class TestPubSubPendingAnswers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void settlesByIdAndKind()
    {
        PubSubPendingAnswers p;
        p.add(QStringLiteral("a"), {{{QStringLiteral("id"), QStringLiteral("c1")}}, Want::Ack, 1000, 0});
        p.add(QStringLiteral("r"), {{{QStringLiteral("id"), QStringLiteral("c2")}}, Want::Reply, 2000, 0});
        QCOMPARE(p.nextDeadlineMs(), 1000);
        // An ack does not settle a command waiting for a reply; unknown ids settle nothing.
        QVERIFY(!p.settle({PubSubAnswer::Kind::Ack, QStringLiteral("r"), {}, {}}));
        QVERIFY(!p.settle({PubSubAnswer::Kind::Ack, QStringLiteral("zzz"), {}, {}}));
        const auto ack = p.settle({PubSubAnswer::Kind::Ack, QStringLiteral("a"), {}, {}});
        QVERIFY(ack);
        QCOMPARE(ack->command.value(QStringLiteral("id")).toString(), QStringLiteral("c1"));
        QVERIFY(!p.settle({PubSubAnswer::Kind::Ack, QStringLiteral("a"), {}, {}})); // only once
        QVERIFY(p.settle({PubSubAnswer::Kind::Reply, QStringLiteral("r"), QStringLiteral("ok"), {}}));
        QCOMPARE(p.size(), 0);
        QCOMPARE(p.nextDeadlineMs(), 0);
    }

    void expiresOnTheClock()
    {
        PubSubPendingAnswers p;
        p.add(QStringLiteral("a"), {{}, Want::Ack, 1000, 0});
        p.add(QStringLiteral("b"), {{}, Want::Ack, 3000, 0});
        QCOMPARE(p.expire(999).size(), 0);
        QCOMPARE(p.expire(1000).size(), 1);
        QCOMPARE(p.nextDeadlineMs(), 3000);
        QCOMPARE(p.takeAll().size(), 1);
        QCOMPARE(p.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPubSubPendingAnswers)
#include "tst_pubsub_pending_answers.moc"
