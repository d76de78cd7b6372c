#include "feeds/pubsub/pubsub_envelope.h"

#include <QJsonObject>
#include <QTest>

using sb::PubSubEnvelope;
using Kind = PubSubEnvelope::Kind;

class TestPubSubEnvelope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::newRow("welcome") << QByteArray(
            R"({"topic":"main","messageType":"welcome","data":{"connection":{"id":"4389b2ed1a7e","appId":"app1","remoteAddress":"::1"}}})")
                                 << int(Kind::Welcome) << QString();
        QTest::newRow("subscribed") << QByteArray(R"({"topic":"chat","messageType":"welcome","data":{}})")
                                    << int(Kind::Subscribed) << QString();
        QTest::newRow("broadcast") << QByteArray(
            R"({"topic":"chat","messageType":"broadcast","data":{"payload":"hi","client":{"connectionId":"c1","subject":"a"},"id":"m1"}})")
                                   << int(Kind::Message) << QStringLiteral("m1");
        QTest::newRow("custom type") << QByteArray(R"({"topic":"prices","messageType":"tick","data":{"id":7}})")
                                     << int(Kind::Message) << QStringLiteral("7");
        QTest::newRow("ack sdk form") << QByteArray(R"({"topic":"priv/acks","messageType":"ack","data":{"data":"m2"}})")
                                      << int(Kind::Ack) << QStringLiteral("m2");
        QTest::newRow("ack doc form") << QByteArray(R"({"topic":"priv/acks","messageType":"ack","data":"m3"})")
                                      << int(Kind::Ack) << QStringLiteral("m3");
        QTest::newRow("reply") << QByteArray(
            R"({"topic":"priv/c1","messageType":"response","data":{"payload":{"data":{"t":1},"status":"ok","id":"m4"},"id":"other"}})")
                               << int(Kind::Reply) << QStringLiteral("m4");
        QTest::newRow("presence") << QByteArray(
            R"({"topic":"secure/inbound","messageType":"presence","data":{"client":{"connectionId":"c1","subject":"u"},"subProtocol":1,"payload":{"code":0,"status":"connected"}}})")
                                  << int(Kind::Presence) << QString();
        QTest::newRow("inbound") << QByteArray(
            R"({"topic":"secure/inbound","messageType":"gettime","data":{"client":{"connectionId":"c1"},"payload":"x","id":"m5"}})")
                                 << int(Kind::Message) << QStringLiteral("m5");
        QTest::newRow("http publish raw") << QByteArray(R"({"topic":"main","messageType":"broadcast","data":"Hello"})")
                                          << int(Kind::Message) << QString();
    }
    void kinds()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, kind);
        QFETCH(QString, id);
        QString error;
        const auto e = PubSubEnvelope::parse(json, false, &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(int(e->kind()), kind);
        QCOMPARE(e->messageId(), id);
        QVERIFY(!e->compressed);
        QCOMPARE(e->size, json.size());
    }

    void binaryIsCompressed()
    {
        const auto e = PubSubEnvelope::parse(R"({"topic":"t","messageType":"m","data":1})", true);
        QVERIFY(e);
        QVERIFY(e->compressed);
        QCOMPARE(e->data.toInt(), 1);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{oops");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no topic") << QByteArray(R"({"messageType":"m","data":1})");
        QTest::newRow("empty topic") << QByteArray(R"({"topic":"","messageType":"m"})");
        QTest::newRow("numeric topic") << QByteArray(R"({"topic":1,"messageType":"m"})");
        QTest::newRow("no type") << QByteArray(R"({"topic":"t","data":1})");
        QTest::newRow("empty") << QByteArray();
    }
    void malformed()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!PubSubEnvelope::parse(json, false, &error));
        QVERIFY(!error.isEmpty());
    }

    void sizeBound()
    {
        const QByteArray big
            = QByteArray("{\"topic\":\"t\",\"messageType\":\"m\",\"data\":\"") + QByteArray(200, 'x') + "\"}";
        QString error;
        QVERIFY(!PubSubEnvelope::parse(big, false, &error, 100));
        QVERIFY(error.contains(QLatin1String("exceeds")));
        QVERIFY(PubSubEnvelope::parse(big, false, &error, big.size()));
    }
};

QTEST_GUILESS_MAIN(TestPubSubEnvelope)
#include "tst_pubsub_envelope.moc"
