#include "feeds/pubsub/pubsub_client_message.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using sb::PubSubClientMessage;

namespace {
QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class TestPubSubClientMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void subscribeAndUnsubscribe()
    {
        QCOMPARE(PubSubClientMessage::subscribe(QStringLiteral("chat")),
            QByteArray(R"({"data":{"topic":"chat"},"type":"subscribe"})"));
        QCOMPARE(parse(PubSubClientMessage::unsubscribe(QStringLiteral("chat"))).value(QStringLiteral("type")),
            QStringLiteral("unsubscribe"));
    }

    void publish()
    {
        const QJsonObject m = parse(PubSubClientMessage::publish(QStringLiteral("chat"), QStringLiteral("greeting"),
            QJsonObject {{QStringLiteral("a"), 1}}, true, QStringLiteral("id1")));
        QCOMPARE(m.value(QStringLiteral("type")).toString(), QStringLiteral("publish"));
        const QJsonObject d = m.value(QStringLiteral("data")).toObject();
        QCOMPARE(d.value(QStringLiteral("topic")).toString(), QStringLiteral("chat"));
        QCOMPARE(d.value(QStringLiteral("messageType")).toString(), QStringLiteral("greeting"));
        QCOMPARE(d.value(QStringLiteral("compress")).toBool(), true);
        QCOMPARE(d.value(QStringLiteral("payload")).toObject().value(QStringLiteral("a")).toInt(), 1);
        QCOMPARE(d.value(QStringLiteral("id")).toString(), QStringLiteral("id1"));
        // No messageType: left out, the server says "broadcast".
        const QJsonObject plain = parse(PubSubClientMessage::publish(
            QStringLiteral("t"), QString(), QStringLiteral("x"), false, QStringLiteral("i")));
        QVERIFY(!plain.value(QStringLiteral("data")).toObject().contains(QStringLiteral("messageType")));
    }

    void message()
    {
        const QJsonObject m = parse(PubSubClientMessage::message(
            QStringLiteral("gettime"), QStringLiteral("now?"), false, QStringLiteral("i2")));
        QCOMPARE(m.value(QStringLiteral("type")).toString(), QStringLiteral("message"));
        const QJsonObject d = m.value(QStringLiteral("data")).toObject();
        QVERIFY(!d.contains(QStringLiteral("topic")));
        QCOMPARE(d.value(QStringLiteral("messageType")).toString(), QStringLiteral("gettime"));
        QCOMPARE(d.value(QStringLiteral("payload")).toString(), QStringLiteral("now?"));
    }

    void ids()
    {
        const QString a = PubSubClientMessage::newId();
        const QString b = PubSubClientMessage::newId();
        QCOMPARE(a.size(), 16);
        QVERIFY(a != b);
        for (QChar c : a)
            QVERIFY(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f')));
    }

    void topicChecks()
    {
        QVERIFY(PubSubClientMessage::checkSubscribeTopic(QStringLiteral("chat")).isEmpty());
        QVERIFY(PubSubClientMessage::checkSubscribeTopic(QStringLiteral("secure/inbound")).isEmpty());
        QVERIFY(!PubSubClientMessage::checkSubscribeTopic(QStringLiteral("priv/abc")).isEmpty());
        QVERIFY(!PubSubClientMessage::checkSubscribeTopic(QStringLiteral("  ")).isEmpty());
        QVERIFY(PubSubClientMessage::checkPublishTopic(QStringLiteral("priv/abc")).isEmpty());
        QVERIFY(!PubSubClientMessage::checkPublishTopic(QString()).isEmpty());
    }

    void sizeChecks()
    {
        QVERIFY(PubSubClientMessage::checkPayloadSize(QString(5 * 1024, QLatin1Char('x'))).isEmpty());
        QVERIFY(!PubSubClientMessage::checkPayloadSize(QString(5 * 1024 + 1, QLatin1Char('x'))).isEmpty());
        // UTF-8 bytes count, not characters: 2000 euro signs are 6000 bytes.
        QVERIFY(!PubSubClientMessage::checkPayloadSize(QString(2000, QChar(0x20AC))).isEmpty());
        QCOMPARE(PubSubClientMessage::payloadBytes(QJsonObject {{QStringLiteral("a"), 1}}), 7);
        QCOMPARE(PubSubClientMessage::payloadBytes(QJsonValue(42)), 2);
        // Configurable.
        QVERIFY(!PubSubClientMessage::checkPayloadSize(QStringLiteral("abc"), 2).isEmpty());
        QVERIFY(PubSubClientMessage::checkPayloadSize(QString(9000, QLatin1Char('x')), 10000).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPubSubClientMessage)
#include "tst_pubsub_client_message.moc"
