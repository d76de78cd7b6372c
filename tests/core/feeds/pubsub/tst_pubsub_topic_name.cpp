// Which topic names may be subscribed to and published to, and how a refusal quotes the name.
#include "feeds/pubsub/pubsub_topic_name.h"

#include <QTest>

using sb::PubSubTopicName;

class TestPubSubTopicName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void subscribable_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::newRow("public") << QStringLiteral("prices");
        QTest::newRow("main") << QStringLiteral("main");
        QTest::newRow("secure") << QStringLiteral("secure/inbound");
        QTest::newRow("nested") << QStringLiteral("secure/logs/app");
        QTest::newRow("inner blank") << QStringLiteral("order book");
        QTest::newRow("unicode") << QStringLiteral("prix/€");
        QTest::newRow("longest") << QString(PubSubTopicName::MaxLength, QLatin1Char('t'));
    }
    void subscribable()
    {
        QFETCH(QString, topic);
        QCOMPARE(PubSubTopicName::subscribeProblem(topic), QString());
        QCOMPARE(PubSubTopicName::publishProblem(topic), QString());
    }

    void refusedForSubscribing_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("why");
        QTest::addColumn<bool>("publishable");
        QTest::newRow("private") << QStringLiteral("priv/abc") << QStringLiteral("private") << true;
        QTest::newRow("own subject") << QStringLiteral("priv/ops@example.com") << QStringLiteral("private") << true;
        QTest::newRow("pattern") << QStringLiteral("prices/*") << QStringLiteral("pattern") << true;
        QTest::newRow("empty") << QString() << QStringLiteral("empty") << false;
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty") << false;
        QTest::newRow("leading blank") << QStringLiteral(" chat") << QStringLiteral("blank") << false;
        QTest::newRow("trailing blank") << QStringLiteral("chat\t") << QStringLiteral("blank") << false;
        QTest::newRow("newline") << QStringLiteral("ch\nat") << QStringLiteral("control") << false;
        QTest::newRow("nul") << QString(QStringLiteral("chat") + QChar(0)) << QStringLiteral("control") << false;
        QTest::newRow("bidi override") << QString(QStringLiteral("chat") + QChar(0x202e)) << QStringLiteral("control")
                                       << false;
        QTest::newRow("secure prefix only") << QStringLiteral("secure/") << QStringLiteral("prefix") << false;
        QTest::newRow("private prefix only") << QStringLiteral("priv/") << QStringLiteral("prefix") << false;
        QTest::newRow("too long") << QString(PubSubTopicName::MaxLength + 1, QLatin1Char('t'))
                                  << QStringLiteral("longer than 256") << false;
    }
    void refusedForSubscribing()
    {
        QFETCH(QString, topic);
        QFETCH(QString, why);
        QFETCH(bool, publishable);
        const QString problem = PubSubTopicName::subscribeProblem(topic);
        QVERIFY2(problem.contains(why), qPrintable(problem));
        // The refusal quotes the name, so that the user sees which configured topic it is.
        QVERIFY2(problem.contains(PubSubTopicName::quoted(topic)), qPrintable(problem));
        QCOMPARE(PubSubTopicName::publishProblem(topic).isEmpty(), publishable);
    }

    void quotedEscapesAndCuts()
    {
        QCOMPARE(PubSubTopicName::quoted(QStringLiteral("chat")), QStringLiteral("\"chat\""));
        QCOMPARE(PubSubTopicName::quoted(QStringLiteral("a\nb")), QStringLiteral("\"a\\u000ab\""));
        const QString quoted = PubSubTopicName::quoted(QString(300, QLatin1Char('x')));
        QCOMPARE(quoted.size(), 100 + 3);
        QVERIFY(quoted.endsWith(QStringLiteral("…\"")));
    }

    void aPercentInTheNameIsNotAPlaceholder()
    {
        const QString problem
            = PubSubTopicName::subscribeProblem(QString(QStringLiteral("%2") + QString(300, QLatin1Char('x'))));
        QVERIFY2(problem.startsWith(QStringLiteral("topic \"%2x")), qPrintable(problem));
        QVERIFY2(problem.contains(QLatin1String("longer than 256")), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestPubSubTopicName)
#include "tst_pubsub_topic_name.moc"
