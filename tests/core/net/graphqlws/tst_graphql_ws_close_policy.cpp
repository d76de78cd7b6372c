// Close-code classification: every code of graphql-ws's CloseCode and OHIP's error table.
#include "net/graphqlws/graphql_ws_close_policy.h"

#include <QTest>

using namespace sb;
using Action = GraphqlWsClosePolicy::Action;

class TstGraphqlWsClosePolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("http");
        QTest::addColumn<bool>("asked");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("minDelay");
        QTest::newRow("1000 asked") << 1000 << 0 << true << int(Action::Done) << 0;
        QTest::newRow("1000 unasked") << 1000 << 0 << false << int(Action::Reconnect) << 1000;
        QTest::newRow("1001 maintenance") << 1001 << 0 << false << int(Action::Reconnect) << 1000;
        QTest::newRow("1006 abnormal: wait 4 s") << 1006 << 0 << false << int(Action::Reconnect) << 4000;
        QTest::newRow("1012 restart") << 1012 << 0 << false << int(Action::Reconnect) << 4000;
        QTest::newRow("4400 bad request") << 4400 << 0 << false << int(Action::Fatal) << 0;
        QTest::newRow("4401 unauthorised") << 4401 << 0 << false << int(Action::RenewAuth) << 0;
        QTest::newRow("4403 forbidden") << 4403 << 0 << false << int(Action::RenewAuth) << 0;
        QTest::newRow("4406 subprotocol") << 4406 << 0 << false << int(Action::Fatal) << 0;
        QTest::newRow("4408 init timeout") << 4408 << 0 << false << int(Action::Reconnect) << 1000;
        QTest::newRow("4409 subscriber exists") << 4409 << 0 << false << int(Action::Lockout) << 60000;
        QTest::newRow("4429 too many inits") << 4429 << 0 << false << int(Action::Reconnect) << 4000;
        QTest::newRow("4500 internal") << 4500 << 0 << false << int(Action::Reconnect) << 4000;
        QTest::newRow("4004 bad response") << 4004 << 0 << false << int(Action::Reconnect) << 4000;
        QTest::newRow("4005 internal client") << 4005 << 0 << false << int(Action::Fatal) << 0;
        QTest::newRow("4504 ack timeout") << 4504 << 0 << false << int(Action::Reconnect) << 1000;
        QTest::newRow("4499 terminated") << 4499 << 0 << false << int(Action::Reconnect) << 4000;
        QTest::newRow("other 4xxx") << 4321 << 0 << false << int(Action::Reconnect) << 4000;
        QTest::newRow("http 400 wrong key") << 1006 << 400 << false << int(Action::Fatal) << 0;
        QTest::newRow("http 401") << 1006 << 401 << false << int(Action::RenewAuth) << 0;
        QTest::newRow("http 404") << 1006 << 404 << false << int(Action::Fatal) << 0;
        QTest::newRow("http 429: wait 2 min") << 1006 << 429 << false << int(Action::Reconnect) << 120000;
        QTest::newRow("http 503") << 1006 << 503 << false << int(Action::Reconnect) << 4000;
    }
    void classifies()
    {
        QFETCH(int, code);
        QFETCH(int, http);
        QFETCH(bool, asked);
        QFETCH(int, action);
        QFETCH(int, minDelay);
        const auto d = GraphqlWsClosePolicy::classify(code, http, asked);
        QCOMPARE(GraphqlWsClosePolicy::actionName(d.action), GraphqlWsClosePolicy::actionName(Action(action)));
        QCOMPARE(d.minDelayMs, minDelay);
        QVERIFY(!d.meaning.isEmpty());
        QCOMPARE(d.code, http > 0 ? QStringLiteral("http_%1").arg(http) : QStringLiteral("ws_%1").arg(code));
    }
    // The closes after which OHIP's 4 s floor holds on every way back, also when we had asked the server to end
    // (a renewal or a refetch whose socket dropped instead of closing).
    void marksLostConnections()
    {
        for (const int code : {1005, 1006, 4499}) {
            for (const bool asked : {false, true}) {
                const auto d = GraphqlWsClosePolicy::classify(code, 0, asked);
                QVERIFY2(d.connectionLost, qPrintable(d.code));
                QCOMPARE(d.action, Action::Reconnect);
                QCOMPARE(d.minDelayMs, GraphqlWsClosePolicy::LostConnectionFloorMs);
            }
        }
        QCOMPARE(GraphqlWsClosePolicy::LostConnectionFloorMs, 4000);
        for (const int code : {1000, 1001, 1012, 4004, 4401, 4409, 4500, 4504})
            QVERIFY2(!GraphqlWsClosePolicy::classify(code).connectionLost, qPrintable(QString::number(code)));
        QVERIFY(!GraphqlWsClosePolicy::classify(1000, 0, true).connectionLost);
        // A refused upgrade is an answer, not a lost connection.
        QVERIFY(!GraphqlWsClosePolicy::classify(1006, 503).connectionLost);
        QVERIFY(!GraphqlWsClosePolicy::classify(1006, 429).connectionLost);
    }
    void explainsThePlainMeaning()
    {
        QVERIFY(GraphqlWsClosePolicy::classify(4409).meaning.contains(QLatin1String("another consumer")));
        QVERIFY(GraphqlWsClosePolicy::classify(0, 400).meaning.contains(QLatin1String("application key or URL")));
    }
};

QTEST_GUILESS_MAIN(TstGraphqlWsClosePolicy)
#include "tst_graphql_ws_close_policy.moc"
