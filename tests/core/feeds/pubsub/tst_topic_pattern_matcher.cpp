#include "feeds/pubsub/topic_pattern_matcher.h"

#include <QElapsedTimer>
#include <QTest>

using sb::TopicPatternMatcher;

class TestTopicPatternMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void single_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("match");
        QTest::newRow("exact") << "main"
                               << "main" << true;
        QTest::newRow("whole string") << "mainline"
                                      << "main" << false;
        QTest::newRow("prefix only") << "main"
                                     << "mainline" << false;
        QTest::newRow("star all") << "anything"
                                  << "*" << true;
        QTest::newRow("star covers secure") << "secure/inbound"
                                            << "*" << true;
        QTest::newRow("star covers priv") << "priv/abc"
                                          << "*" << true;
        QTest::newRow("star crosses slash") << "secure/logs/app/1"
                                            << "secure/*" << true;
        QTest::newRow("star empty") << "secure/"
                                    << "secure/*" << true;
        QTest::newRow("other prefix") << "public/x"
                                      << "secure/*" << false;
        QTest::newRow("middle star") << "prices/eur/usd"
                                     << "prices/*/usd" << true;
        QTest::newRow("middle star miss") << "prices/eur/gbp"
                                          << "prices/*/usd" << false;
        QTest::newRow("two stars backtrack") << "a-b-c-d"
                                             << "*-c*" << true;
        QTest::newRow("case insensitive") << "Secure/Inbound"
                                          << "secure/inbound" << true;
        QTest::newRow("escaped star literal") << "a*b"
                                              << "a\\*b" << true;
        QTest::newRow("escaped star not glob") << "axb"
                                               << "a\\*b" << false;
        QTest::newRow("negated") << "secure/x"
                                 << "!secure/*" << false;
        QTest::newRow("negated other") << "chat"
                                       << "!secure/*" << true;
        QTest::newRow("empty pattern") << "x"
                                       << "" << false;
        QTest::newRow("empty both") << ""
                                    << "" << true;
        QTest::newRow("star empty topic") << ""
                                          << "*" << true;
    }
    void single()
    {
        QFETCH(QString, topic);
        QFETCH(QString, pattern);
        QFETCH(bool, match);
        QCOMPARE(TopicPatternMatcher::matches(topic, pattern), match);
    }

    void lists()
    {
        const QStringList none;
        QVERIFY(!TopicPatternMatcher::matchesAny(QStringLiteral("main"), none));
        const QStringList some {QStringLiteral("main"), QStringLiteral("secure/*")};
        QVERIFY(TopicPatternMatcher::matchesAny(QStringLiteral("main"), some));
        QVERIFY(TopicPatternMatcher::matchesAny(QStringLiteral("secure/inbound"), some));
        QVERIFY(!TopicPatternMatcher::matchesAny(QStringLiteral("chat"), some));
        // A matching negation always wins, whatever order.
        const QStringList withNegation {QStringLiteral("!secure/admin*"), QStringLiteral("*")};
        QVERIFY(TopicPatternMatcher::matchesAny(QStringLiteral("secure/inbound"), withNegation));
        QVERIFY(!TopicPatternMatcher::matchesAny(QStringLiteral("secure/admin/x"), withNegation));
    }

    void hostilePatternStaysFast()
    {
        // A pattern built to make naive backtracking exponential.
        const QString topic = QString(3000, QLatin1Char('a'));
        QString pattern;
        for (int i = 0; i < 40; ++i)
            pattern += QStringLiteral("a*");
        pattern += QLatin1Char('b');
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!TopicPatternMatcher::matches(topic, pattern));
        QVERIFY(timer.elapsed() < 2000);
    }
};

QTEST_GUILESS_MAIN(TestTopicPatternMatcher)
#include "tst_topic_pattern_matcher.moc"
