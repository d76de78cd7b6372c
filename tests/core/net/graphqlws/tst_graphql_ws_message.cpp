// The graphql-transport-ws message codec: every message type both ways, and the shape rules of PROTOCOL.md.
#include "net/graphqlws/graphql_ws_message.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace sb;

namespace {
// JSON written with single quotes (moc 6.4 mis-parses raw string literals holding double quotes).
QByteArray q(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}
} // namespace
using Type = GraphqlWsMessage::Type;

class TstGraphqlWsMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesEveryType_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("id");
        QTest::newRow("init") << QByteArray(q("{'type':'connection_init','payload':{'a':1}}"))
                              << int(Type::ConnectionInit) << QString();
        QTest::newRow("ack") << QByteArray(q("{'type':'connection_ack'}")) << int(Type::ConnectionAck) << QString();
        QTest::newRow("ack null payload")
            << QByteArray(q("{'type':'connection_ack','payload':null}")) << int(Type::ConnectionAck) << QString();
        QTest::newRow("ping") << QByteArray(q("{'type':'ping'}")) << int(Type::Ping) << QString();
        QTest::newRow("pong") << QByteArray(q("{'type':'pong','payload':{'x':'y'}}")) << int(Type::Pong) << QString();
        QTest::newRow("subscribe") << QByteArray(
            q("{'id':'1','type':'subscribe','payload':{'query':'subscription{a}'}}"))
                                   << int(Type::Subscribe) << QStringLiteral("1");
        QTest::newRow("next") << QByteArray(q("{'id':'a-b','type':'next','payload':{'data':{'x':1}}}"))
                              << int(Type::Next) << QStringLiteral("a-b");
        QTest::newRow("error") << QByteArray(q("{'id':'7','type':'error','payload':[{'message':'bad'}]}"))
                               << int(Type::Error) << QStringLiteral("7");
        QTest::newRow("complete") << QByteArray(q("{'id':'7','type':'complete'}")) << int(Type::Complete)
                                  << QStringLiteral("7");
    }
    void parsesEveryType()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, type);
        QFETCH(QString, id);
        QString error;
        const auto m = GraphqlWsMessage::parse(json, &error);
        QVERIFY2(m.has_value(), qPrintable(error));
        QCOMPARE(int(m->type), type);
        QCOMPARE(m->id, id);
        // Round trip: serialising and parsing again gives the same message.
        const auto again = GraphqlWsMessage::parse(m->toJson());
        QVERIFY(again.has_value());
        QCOMPARE(int(again->type), type);
        QCOMPARE(again->id, id);
        QCOMPARE(again->payload, m->payload);
    }

    void rejectsBadShapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{type:ping}");
        QTest::newRow("array") << QByteArray("[1]");
        QTest::newRow("no type") << QByteArray(q("{'id':'1'}"));
        QTest::newRow("type not string") << QByteArray(q("{'type':5}"));
        QTest::newRow("unknown type") << QByteArray(q("{'type':'data','id':'1'}"));
        QTest::newRow("legacy ka") << QByteArray(q("{'type':'ka'}"));
        QTest::newRow("next without id") << QByteArray(q("{'type':'next','payload':{}}"));
        QTest::newRow("next with empty id") << QByteArray(q("{'type':'next','id':'','payload':{}}"));
        QTest::newRow("next id number") << QByteArray(q("{'type':'next','id':1,'payload':{}}"));
        QTest::newRow("next payload array") << QByteArray(q("{'type':'next','id':'1','payload':[]}"));
        QTest::newRow("error payload object") << QByteArray(q("{'type':'error','id':'1','payload':{'message':'x'}}"));
        QTest::newRow("error payload empty") << QByteArray(q("{'type':'error','id':'1','payload':[]}"));
        QTest::newRow("subscribe without query") << QByteArray(q("{'type':'subscribe','id':'1','payload':{}}"));
        QTest::newRow("ping payload string") << QByteArray(q("{'type':'ping','payload':'x'}"));
        QTest::newRow("empty") << QByteArray();
    }
    void rejectsBadShapes()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!GraphqlWsMessage::parse(json, &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void enforcesSizeBound()
    {
        const QByteArray big = q("{'type':'ping','payload':{'p':'") + QByteArray(2000, 'x') + q("'}}");
        QString error;
        QVERIFY(!GraphqlWsMessage::parse(big, &error, 1000).has_value());
        QVERIFY(error.contains(QLatin1String("limit")));
        QVERIFY(GraphqlWsMessage::parse(big, &error, 4000).has_value());
    }

    void serialisesClientMessages()
    {
        QCOMPARE(GraphqlWsMessage::ping().toJson(), QByteArray(q("{'type':'ping'}")));
        QCOMPARE(GraphqlWsMessage::pong().toJson(), QByteArray(q("{'type':'pong'}")));
        QCOMPARE(
            GraphqlWsMessage::complete(QStringLiteral("9")).toJson(), QByteArray(q("{'id':'9','type':'complete'}")));
        QJsonObject init;
        init.insert(QStringLiteral("Authorization"), QStringLiteral("Bearer t"));
        QCOMPARE(GraphqlWsMessage::connectionInit(init).toJson(),
            QByteArray(q("{'payload':{'Authorization':'Bearer t'},'type':'connection_init'}")));
        QJsonObject sub;
        sub.insert(QStringLiteral("query"), QStringLiteral("subscription { a }"));
        const auto parsed = GraphqlWsMessage::parse(GraphqlWsMessage::subscribe(QStringLiteral("s1"), sub).toJson());
        QVERIFY(parsed);
        QCOMPARE(
            parsed->payload.toObject().value(QStringLiteral("query")).toString(), QStringLiteral("subscription { a }"));
    }
};

QTEST_GUILESS_MAIN(TstGraphqlWsMessage)
#include "tst_graphql_ws_message.moc"
