#include "feeds/pubsub/pubsub_control.h"
#include "feeds/pubsub/pubsub_event_decoder.h"
#include "store/event_store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
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

RawFrame welcome(const QString &connectionId, qint64 ms = 1)
{
    return RawFrame::fromText(
        QStringLiteral(R"({"topic":"main","messageType":"welcome","data":{"connection":{"id":"%1","appId":"app"}}})")
            .arg(connectionId),
        ms);
}

// A published message as the server delivers it: data.client names the publisher, data.id is the publisher's choice.
RawFrame published(const QString &topic, const QString &publisher, const QString &id, const QString &text, qint64 ms)
{
    const QJsonObject data {{QStringLiteral("payload"), QJsonObject {{QStringLiteral("text"), text}}},
        {QStringLiteral("client"),
            QJsonObject {{QStringLiteral("connectionId"), publisher}, {QStringLiteral("subject"), publisher}}},
        {QStringLiteral("id"), id}};
    return RawFrame::fromText(
        QString::fromUtf8(QJsonDocument(
            QJsonObject {{QStringLiteral("topic"), topic}, {QStringLiteral("messageType"), QStringLiteral("text")},
                {QStringLiteral("data"),
                    data}}).toJson(QJsonDocument::Compact)),
        ms);
}

RawFrame reply(const QString &replier, const QString &ownId, const QString &requestId, const QString &answer, qint64 ms)
{
    QJsonObject data {{QStringLiteral("payload"),
                          QJsonObject {{QStringLiteral("data"), answer},
                              {QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("id"), requestId}}},
        {QStringLiteral("client"), QJsonObject {{QStringLiteral("connectionId"), replier}}}};
    if (!ownId.isEmpty())
        data.insert(QStringLiteral("id"), ownId);
    return RawFrame::fromText(QString::fromUtf8(QJsonDocument(
                                  QJsonObject {{QStringLiteral("topic"), QStringLiteral("priv/c1")},
                                      {QStringLiteral("messageType"), QStringLiteral("response")},
                                      {QStringLiteral("data"),
                                          data}}).toJson(QJsonDocument::Compact)),
        ms);
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
        // Before any welcome the session part is empty; the sequence still tells deliveries apart.
        QCOMPARE(e.key, QStringLiteral("msg:chat:c2:m1::1000:1"));
        QCOMPARE(attrs(e).value(QStringLiteral("messageId")).toString(), QStringLiteral("m1"));
        QCOMPARE(e.source, QStringLiteral("chat"));
        QCOMPARE(e.body, QByteArray(R"({"text":"hello"})"));
        QCOMPARE(e.titleText(), QStringLiteral("chat · greeting · alice"));
        QCOMPARE(e.tags,
            (QStringList {
                QStringLiteral("topic:chat"), QStringLiteral("type:greeting"), QStringLiteral("subject:alice")}));
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
        QCOMPARE(out.events[0].key, QStringLiteral("ack:m9::1:1"));
        QCOMPARE(out.events[1].kind, QStringLiteral("topic.message"));
        // No publisher, own id or session here, so those fields are empty; the request's id goes to attrs.
        QCOMPARE(out.events[1].key, QStringLiteral("reply:priv/c1::::2:2"));
        QCOMPARE(attrs(out.events[1]).value(QStringLiteral("correlationId")).toString(), QStringLiteral("m9"));
        QVERIFY(!attrs(out.events[1]).contains(QStringLiteral("messageId")));
    }

    void sameIdFromDifferentPublishersGetsDifferentKeys()
    {
        PubSubEventDecoder decoder(QStringLiteral("ps"));
        Collect out;
        decoder.decode(welcome(QStringLiteral("me")), out);
        decoder.decode(published(QStringLiteral("chat"), QStringLiteral("alice"), QStringLiteral("m1"),
                           QStringLiteral("original"), 100),
            out);
        decoder.decode(published(QStringLiteral("chat"), QStringLiteral("mallory"), QStringLiteral("m1"),
                           QStringLiteral("rewritten"), 100),
            out);
        QCOMPARE(out.events.size(), 2);
        QVERIFY(out.events[0].key != out.events[1].key);
        for (const Event &e : std::as_const(out.events))
            QCOMPARE(attrs(e).value(QStringLiteral("messageId")).toString(), QStringLiteral("m1"));
    }

    void identicalDeliveriesGetDifferentKeys()
    {
        // An HTTP publish delivers its raw message, so a publisher can copy another's client and id byte for byte.
        PubSubEventDecoder decoder(QStringLiteral("ps"));
        Collect out;
        decoder.decode(welcome(QStringLiteral("me")), out);
        const RawFrame frame = published(
            QStringLiteral("chat"), QStringLiteral("alice"), QStringLiteral("m1"), QStringLiteral("x"), 100);
        decoder.decode(frame, out);
        decoder.decode(frame, out);
        QCOMPARE(out.events.size(), 2);
        QVERIFY(out.events[0].key != out.events[1].key);
    }

    void repliesToOneRequestGetDifferentKeysAndKeepTheCorrelationId()
    {
        PubSubEventDecoder decoder(QStringLiteral("ps"));
        Collect out;
        decoder.decode(welcome(QStringLiteral("c1")), out);
        decoder.decode(
            reply(QStringLiteral("srv1"), QStringLiteral("r1"), QStringLiteral("req7"), QStringLiteral("a"), 5), out);
        decoder.decode(
            reply(QStringLiteral("srv2"), QStringLiteral("r2"), QStringLiteral("req7"), QStringLiteral("b"), 5), out);
        // Same replier, same own id: still two deliveries.
        decoder.decode(
            reply(QStringLiteral("srv2"), QStringLiteral("r2"), QStringLiteral("req7"), QStringLiteral("c"), 5), out);
        QCOMPARE(out.events.size(), 3);
        QSet<QString> keys;
        for (const Event &e : std::as_const(out.events)) {
            keys.insert(e.key);
            QVERIFY2(e.key.startsWith(QLatin1String("reply:")), qPrintable(e.key));
            QVERIFY2(!e.key.contains(QLatin1String("req7")), qPrintable(e.key));
            QCOMPARE(attrs(e).value(QStringLiteral("correlationId")).toString(), QStringLiteral("req7"));
        }
        QCOMPARE(keys.size(), 3);
        QCOMPARE(attrs(out.events[0]).value(QStringLiteral("messageId")).toString(), QStringLiteral("r1"));
        QCOMPARE(attrs(out.events[1]).value(QStringLiteral("messageId")).toString(), QStringLiteral("r2"));
        // The session still matches both replies against the request.
        QCOMPARE(out.controls.size(), 4);
        QCOMPARE(out.controls[1].value<PubSubAnswer>().id, QStringLiteral("req7"));
        QCOMPARE(out.controls[2].value<PubSubAnswer>().id, QStringLiteral("req7"));
    }

    void repeatedAcksAndPresenceGetDifferentKeys()
    {
        PubSubEventDecoder decoder(QStringLiteral("ps"));
        Collect out;
        decoder.decode(welcome(QStringLiteral("c1")), out);
        const RawFrame ack = RawFrame::fromText(
            QStringLiteral(R"({"topic":"priv/acks","messageType":"ack","data":{"data":"m9"}})"), 7);
        const RawFrame presence = RawFrame::fromText(
            QStringLiteral(
                R"({"topic":"secure/inbound","messageType":"presence","data":{"client":{"connectionId":"c3"},"payload":{"status":"connected"}}})"),
            7);
        decoder.decode(ack, out);
        decoder.decode(ack, out);
        decoder.decode(presence, out);
        decoder.decode(presence, out);
        QCOMPARE(out.events.size(), 4);
        QVERIFY(out.events[0].key != out.events[1].key);
        QVERIFY(out.events[2].key != out.events[3].key);
        QCOMPARE(attrs(out.events[0]).value(QStringLiteral("messageId")).toString(), QStringLiteral("m9"));
    }

    void keyOfADeliveryIsStable()
    {
        // The same frames through a fresh decoder (a replayed recording) give the same keys, so storing them again
        // replaces rather than duplicates.
        auto keys = [] {
            PubSubEventDecoder decoder(QStringLiteral("ps"));
            Collect out;
            decoder.decode(welcome(QStringLiteral("c1")), out);
            decoder.decode(published(QStringLiteral("chat"), QStringLiteral("c2"), QStringLiteral("m1"),
                               QStringLiteral("hello"), 1000),
                out);
            decoder.decode(
                reply(QStringLiteral("srv"), QStringLiteral("r1"), QStringLiteral("req"), QStringLiteral("a"), 1001),
                out);
            QStringList k;
            for (const Event &e : std::as_const(out.events))
                k << e.key;
            return k;
        };
        const QStringList first = keys();
        QCOMPARE(first,
            (QStringList {
                QStringLiteral("msg:chat:c2:m1:c1:1000:1"), QStringLiteral("reply:priv/c1:srv:r1:c1:1001:2")}));
        QCOMPARE(keys(), first);
    }

    void publisherChosenFieldsAreEscapedAndBounded()
    {
        // A ':' in an id could otherwise pose as a field boundary; a huge id would bloat the store's key index.
        PubSubEventDecoder decoder(QStringLiteral("ps"));
        Collect out;
        decoder.decode(welcome(QStringLiteral("c1")), out);
        decoder.decode(
            published(QStringLiteral("a:b"), QStringLiteral("p%1"), QStringLiteral("x:c1:9:9"), QStringLiteral("t"), 9),
            out);
        const QString longId(500, QLatin1Char('z'));
        decoder.decode(published(QStringLiteral("chat"), QStringLiteral("p"), longId, QStringLiteral("t"), 9), out);
        QCOMPARE(out.events.size(), 2);
        QCOMPARE(out.events[0].key, QStringLiteral("msg:a%3Ab:p%251:x%3Ac1%3A9%3A9:c1:9:1"));
        QCOMPARE(attrs(out.events[0]).value(QStringLiteral("messageId")).toString(), QStringLiteral("x:c1:9:9"));
        QCOMPARE(out.events[1].key,
            QStringLiteral("msg:chat:p:") + QString(64, QLatin1Char('z')) + QStringLiteral(":c1:9:2"));
        QCOMPARE(attrs(out.events[1]).value(QStringLiteral("messageId")).toString(), longId);
    }

    void storeKeepsMessagesThatShareAnId()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        PubSubEventDecoder decoder(QStringLiteral("ps"));
        Collect out;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        decoder.decode(welcome(QStringLiteral("me"), now), out);
        decoder.decode(published(QStringLiteral("chat"), QStringLiteral("alice"), QStringLiteral("m1"),
                           QStringLiteral("original quokka"), now),
            out);
        decoder.decode(published(QStringLiteral("chat"), QStringLiteral("mallory"), QStringLiteral("m1"),
                           QStringLiteral("forged quokka"), now),
            out);
        QCOMPARE(out.events.size(), 2);

        EventStore store;
        QSignalSpy opened(&store, &EventStore::opened);
        StoreOptions options;
        options.path = dir.filePath(QStringLiteral("history.sqlite"));
        options.flushIntervalMs = 5;
        store.open(options);
        QTRY_COMPARE(opened.size(), 1);
        bool committed = false;
        store.commit(out.events, this, [&](bool ok, QString error) {
            QVERIFY2(ok, qPrintable(error));
            committed = true;
        });
        QTRY_VERIFY(committed);
        qint64 stored = -1;
        store.count(this, [&](qint64 n) { stored = n; });
        QTRY_COMPARE(stored, qint64(2));
        EventBatch hits;
        bool searched = false;
        store.search(
            {QStringLiteral("quokka"), QStringLiteral("ps"), 0, 50}, this, [&](EventBatch events, QString error) {
                QVERIFY2(error.isEmpty(), qPrintable(error));
                hits = events;
                searched = true;
            });
        QTRY_VERIFY(searched);
        QCOMPARE(hits.size(), 2);
        QStringList bodies;
        for (const Event &e : std::as_const(hits))
            bodies << e.bodyText();
        bodies.sort();
        QCOMPARE(bodies,
            (QStringList {
                QStringLiteral(R"({"text":"forged quokka"})"), QStringLiteral(R"({"text":"original quokka"})")}));
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
        QCOMPARE(out.events[0].tags,
            (QStringList {QStringLiteral("topic:secure/inbound"), QStringLiteral("type:presence"),
                QStringLiteral("subject:bob"), QStringLiteral("status:disconnected")}));
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
