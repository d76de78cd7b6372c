#include "feeds/pubsub/pubsub_control.h"
#include "feeds/pubsub/pubsub_event_decoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sb;

namespace {

struct Collect : DecodeOutput
{
    QVector<Event> events;
    QVector<FeedError> errors;
    QVector<QVariant> controls;
    void event(Event &&e) override { events.append(std::move(e)); }
    void error(FeedError &&e) override { errors.append(std::move(e)); }
    void control(QVariant &&m) override { controls.append(std::move(m)); }
};

QJsonObject attrs(const Event &e)
{
    return QJsonDocument::fromJson(e.attrs).object();
}

} // namespace

class TestPubSubEventDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void welcomeIsControlOnly()
    {
        PubSubEventDecoder decoder(QStringLiteral("pubsub"));
        Collect out;
        decoder.decode(
            RawFrame::fromText(
                QStringLiteral(
                    R"({"topic":"main","messageType":"welcome","data":{"connection":{"id":"c1","appId":"app"}}})"),
                10),
            out);
        QVERIFY(out.events.isEmpty());
        QCOMPARE(out.controls.size(), 1);
        const auto w = out.controls[0].value<PubSubWelcome>();
        QCOMPARE(w.connectionId, QStringLiteral("c1"));
        QCOMPARE(w.appId, QStringLiteral("app"));
    }

    void welcomeWithoutIdIsAnError()
    {
        PubSubEventDecoder decoder(QStringLiteral("pubsub"));
        Collect out;
        decoder.decode(
            RawFrame::fromText(QStringLiteral(R"({"topic":"main","messageType":"welcome","data":{}})"), 1), out);
        QCOMPARE(out.errors.size(), 1);
        QCOMPARE(out.errors[0].code, QStringLiteral("bad_welcome"));
    }

    void broadcastBecomesTopicMessage()
    {
        PubSubEventDecoder decoder(QStringLiteral("ps"));
        Collect out;
        decoder.decode(
            RawFrame::fromText(
                QStringLiteral(
                    R"({"topic":"chat","messageType":"greeting","data":{"payload":{"text":"hello"},"client":{"connectionId":"c2","subject":"alice"},"id":"m1"}})"),
                1000),
            out);
        QCOMPARE(out.events.size(), 1);
        const Event &e = out.events[0];
        QCOMPARE(e.feed, QStringLiteral("ps"));
        QCOMPARE(e.kind, QStringLiteral("topic.message"));
        QCOMPARE(e.key, QStringLiteral("m1"));
        QCOMPARE(e.source, QStringLiteral("chat"));
        QCOMPARE(e.body, QByteArray(R"({"text":"hello"})"));
        QCOMPARE(e.titleText(), QStringLiteral("chat · greeting · alice"));
        QCOMPARE(e.receivedMs, 1000);
        QCOMPARE(attrs(e).value(QStringLiteral("compressed")).toBool(), false);
        QCOMPARE(attrs(e).value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
        QVERIFY(e.toJsonLine().contains("\"kind\":\"topic.message\""));
    }

    void binaryFrameDecodesAsCompressed()
    {
        PubSubEventDecoder decoder(QStringLiteral("ps"));
        Collect out;
        decoder.decode(
            RawFrame::fromBinary(QByteArray(R"({"topic":"prices","messageType":"broadcast","data":"Hello €"})"), 5),
            out);
        QCOMPARE(out.events.size(), 1);
        QCOMPARE(out.events[0].bodyText(), QStringLiteral("Hello €"));
        QCOMPARE(attrs(out.events[0]).value(QStringLiteral("compressed")).toBool(), true);
        // No id: a key unique within the session all the same.
        QVERIFY(!out.events[0].key.isEmpty());
    }

    void ackAndReplyGoToSessionAndLog()
    {
        PubSubEventDecoder decoder(QStringLiteral("ps"));
        Collect out;
        decoder.decode(
            RawFrame::fromText(QStringLiteral(R"({"topic":"priv/acks","messageType":"ack","data":{"data":"m9"}})"), 1),
            out);
        decoder.decode(
            RawFrame::fromText(
                QStringLiteral(
                    R"({"topic":"priv/c1","messageType":"response","data":{"payload":{"data":{"t":5},"status":"ok","id":"m9"}}})"),
                2),
            out);
        QCOMPARE(out.controls.size(), 2);
        const auto ack = out.controls[0].value<PubSubAnswer>();
        QCOMPARE(ack.kind, PubSubAnswer::Kind::Ack);
        QCOMPARE(ack.id, QStringLiteral("m9"));
        const auto reply = out.controls[1].value<PubSubAnswer>();
        QCOMPARE(reply.kind, PubSubAnswer::Kind::Reply);
        QCOMPARE(reply.id, QStringLiteral("m9"));
        QCOMPARE(reply.status, QStringLiteral("ok"));
        QCOMPARE(reply.data.toObject().value(QStringLiteral("t")).toInt(), 5);
        QCOMPARE(out.events.size(), 2);
        QCOMPARE(out.events[0].kind, QStringLiteral("topic.ack"));
        QCOMPARE(out.events[0].key, QStringLiteral("ack:m9"));
        QCOMPARE(out.events[1].kind, QStringLiteral("topic.message"));
        QCOMPARE(out.events[1].key, QStringLiteral("reply:m9"));
    }

    void presence()
    {
        PubSubEventDecoder decoder(QStringLiteral("ps"));
        Collect out;
        decoder.decode(
            RawFrame::fromText(
                QStringLiteral(
                    R"({"topic":"secure/inbound","messageType":"presence","data":{"client":{"connectionId":"c3","subject":"bob"},"subProtocol":1,"payload":{"code":-1,"status":"disconnected"}}})"),
                3),
            out);
        QCOMPARE(out.events.size(), 1);
        QCOMPARE(out.events[0].kind, QStringLiteral("topic.presence"));
        QCOMPARE(out.events[0].titleText(), QStringLiteral("bob disconnected"));
        QVERIFY(out.events[0].tags.contains(QStringLiteral("disconnected")));
    }

    void subscriptionWelcome()
    {
        PubSubEventDecoder decoder(QStringLiteral("ps"));
        Collect out;
        decoder.decode(
            RawFrame::fromText(QStringLiteral(R"({"topic":"chat","messageType":"welcome","data":{}})"), 1), out);
        QCOMPARE(out.controls.size(), 1);
        QCOMPARE(out.controls[0].value<PubSubSubscribed>().topic, QStringLiteral("chat"));
    }

    void badInputIsAnErrorAndDecodingGoesOn()
    {
        PubSubEventDecoder::Options options;
        options.maxMessageBytes = 64;
        PubSubEventDecoder decoder(QStringLiteral("ps"), options);
        Collect out;
        decoder.decode(RawFrame::fromText(QStringLiteral("{not json"), 1), out);
        decoder.decode(RawFrame::fromText(QStringLiteral("{\"topic\":\"t\",\"messageType\":\"m\",\"data\":\"")
                               + QString(100, QLatin1Char('x')) + QStringLiteral("\"}"),
                           1),
            out);
        decoder.decode(RawFrame::fromBinary(QByteArray(100, 'x'), 1), out);
        decoder.decode(RawFrame::fromText(QStringLiteral(R"({"topic":"t","messageType":"m","data":1})"), 1), out);
        QCOMPARE(out.errors.size(), 3);
        QCOMPARE(out.errors[0].code, QStringLiteral("bad_message"));
        QCOMPARE(out.errors[0].feed, QStringLiteral("ps"));
        QCOMPARE(out.errors[1].code, QStringLiteral("too_large"));
        QCOMPARE(out.events.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPubSubEventDecoder)
#include "tst_pubsub_event_decoder.moc"
