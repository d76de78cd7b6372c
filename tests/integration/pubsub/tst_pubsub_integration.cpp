// The pub/sub feed end to end against the emulator over loopback with TLS: minted token, welcome, subscriptions,
// decode and pipeline; a configured topic the token does not allow refused before connecting, and one the server
// refuses failing once, naming the topic, without a reconnect loop; publish waiting for the ack and send waiting for
// the reply; presence; binary (compressed) deliveries; reconnect with resubscription after a drop; the admin HTTP
// API, which follows no redirect and caps the answer.
#include "feeds/pubsub/pubsub_admin_call.h"
#include "feeds/pubsub/pubsub_feed.h"
#include "pipeline/feed_host.h"
#include "pipeline/feed_registry.h"
#include "sim/loopback_http_server.h"
#include "sim/pubsub/pubsub_emulator.h"

#include "emulated_feed.h"
#include "feed_host_observer.h"
#include "integration_hosted_feed.h"
#include "registered_feed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace sb;
using namespace sb::sim;

namespace {

struct Observer : test::FeedHostObserver
{
    using FeedHostObserver::FeedHostObserver;
    int count(const QString &kind, const QString &topic = QString()) const
    {
        int n = 0;
        for (const Event &e : events)
            n += e.kind == kind && (topic.isEmpty() || e.source == topic);
        return n;
    }
    const Event *lastOn(const QString &topic) const
    {
        for (int i = int(events.size()) - 1; i >= 0; --i)
            if (events[i].source == topic)
                return &events[i];
        return nullptr;
    }
    std::optional<QJsonObject> result(const QString &id) const
    {
        for (const QJsonObject &r : results)
            if (r.value(QStringLiteral("id")).toString() == id)
                return r;
        return std::nullopt;
    }
    int sessions() const
    {
        int n = 0;
        for (const QJsonObject &r : results)
            n += r.value(QStringLiteral("op")).toString() == QLatin1String("session")
                && !r.value(QStringLiteral("connectionId")).toString().isEmpty();
        return n;
    }
};

PubSubEmulatorOptions fastOptions()
{
    PubSubEmulatorOptions o;
    o.pingIntervalMs = 0;
    return o;
}

QJsonObject testConfig(const PubSubEmulator &emulator, const QStringList &topics = {QStringLiteral("prices")})
{
    QJsonObject c = emulator.feedConfig();
    c.insert(QStringLiteral("topics"), QJsonArray::fromStringList(topics));
    c.insert(QStringLiteral("reconnectMinMs"), 50);
    c.insert(QStringLiteral("reconnectMaxMs"), 200);
    c.insert(QStringLiteral("pingIntervalMs"), 200);
    c.insert(QStringLiteral("commandTimeoutMs"), 2000);
    return c;
}

// The command `op` with the id its result will carry, to the feed `host` runs.
void sendCommand(FeedHost &host, const QString &op, const QString &id, QJsonObject fields = {})
{
    fields.insert(QStringLiteral("op"), op);
    fields.insert(QStringLiteral("id"), id);
    host.sendCommand(QStringLiteral("pubsub"), fields);
}

// A test's feed on `topics` against an emulator of its own.
struct PubSubRun : test::EmulatedFeed<PubSubEmulator, Observer>
{
    PubSubRun()
        : EmulatedFeed(fastOptions())
    { }
    bool startOn(const QStringList &topics)
    {
        return start([&] { return testConfig(emulator, topics); });
    }
};

using HostedPubSub = test::HostedFeed<Observer, PubSubFeed>;

QJsonObject attrs(const Event &e)
{
    return QJsonDocument::fromJson(e.attrs).object();
}

} // namespace

class TestPubSubIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerBuiltinFeeds(); }

    void welcomeSubscribeAndMessagesOverTls()
    {
        PubSubEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        QSignalSpy connected(&emulator, &PubSubEmulator::clientConnected);
        HostedPubSub hosted(testConfig(emulator, {QStringLiteral("prices"), QStringLiteral("telemetry")}));
        QVERIFY(hosted.feed);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.subscribes(), 2, 10000);
        QCOMPARE(connected.first().at(1).toString(), QStringLiteral("sb-inspector")); // the minted token's sub
        QVERIFY(hosted.seen.states.contains(FeedState::Live));
        QTRY_VERIFY(hosted.seen.sessions() >= 1);
        // The token is minted per connection, so the session says a reconnect renews it (the inspector relies on it).
        for (const QJsonObject &r : std::as_const(hosted.seen.results))
            if (r.value(QStringLiteral("op")).toString() == QLatin1String("session"))
                QVERIFY(r.value(QStringLiteral("renewsOnConnect")).toBool());
        emulator.publish(QStringLiteral("prices"), QStringLiteral("tick"),
            QJsonObject {{QStringLiteral("symbol"), QStringLiteral("EUR/USD")}, {QStringLiteral("bid"), 1.08}});
        emulator.publish(QStringLiteral("telemetry"), QStringLiteral("metrics"),
            QJsonObject {{QStringLiteral("cpu"), 12.5}}, /*compress*/ true);
        emulator.publish(QStringLiteral("chat"), QStringLiteral("text"), QStringLiteral("not subscribed"));
        QTRY_COMPARE_WITH_TIMEOUT(hosted.seen.count(QStringLiteral("topic.message")), 2, 5000);
        const Event *tick = hosted.seen.lastOn(QStringLiteral("prices"));
        QVERIFY(tick);
        QCOMPARE(tick->feed, QStringLiteral("pubsub"));
        QVERIFY(tick->bodyText().contains(QLatin1String("EUR/USD")));
        QCOMPARE(attrs(*tick).value(QStringLiteral("compressed")).toBool(), false);
        const Event *metrics = hosted.seen.lastOn(QStringLiteral("telemetry"));
        QVERIFY(metrics);
        QCOMPARE(attrs(*metrics).value(QStringLiteral("compressed")).toBool(), true); // a binary frame
        // Keep-alive pings are answered.
        QTRY_VERIFY_WITH_TIMEOUT(hosted.feed->pongsReceived() >= 1, 5000);
        QVERIFY(hosted.seen.failures.isEmpty());
        // The access token never shows in a state text.
        for (const QString &text : hosted.seen.stateTexts)
            QVERIFY2(!text.contains(QLatin1String("eyJ")), qPrintable(text));
    }

    void subscribeCommandAndSecureTopicRules()
    {
        PubSubEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        QJsonObject config = testConfig(emulator);
        config.insert(QStringLiteral("permissions"), QJsonArray {QStringLiteral("realtime:publisher:write:topic:*")});
        HostedPubSub hosted(config);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.subscribes(), 1, 10000);
        sendCommand(hosted.host, QStringLiteral("subscribe"), QStringLiteral("s1"),
            {{QStringLiteral("topic"), QStringLiteral("chat")}});
        QTRY_VERIFY(hosted.seen.result(QStringLiteral("s1")));
        QVERIFY(hosted.seen.result(QStringLiteral("s1"))->value(QStringLiteral("ok")).toBool());
        QTRY_COMPARE(emulator.subscribes(), 2);
        // Refused before sending: no permission for the secure topic, and private topics never.
        sendCommand(hosted.host, QStringLiteral("subscribe"), QStringLiteral("s2"),
            {{QStringLiteral("topic"), QStringLiteral("secure/inbound")}});
        sendCommand(hosted.host, QStringLiteral("subscribe"), QStringLiteral("s3"),
            {{QStringLiteral("topic"), QStringLiteral("priv/x")}});
        QTRY_VERIFY(hosted.seen.result(QStringLiteral("s3")));
        QVERIFY(!hosted.seen.result(QStringLiteral("s2"))->value(QStringLiteral("ok")).toBool());
        QVERIFY(hosted.seen.result(QStringLiteral("s2"))
                    ->value(QStringLiteral("error"))
                    .toString()
                    .contains(QLatin1String("permission")));
        QVERIFY(!hosted.seen.result(QStringLiteral("s3"))->value(QStringLiteral("ok")).toBool());
        QCOMPARE(emulator.subscribes(), 2);
        QCOMPARE(emulator.activeConnections(), 1);
        sendCommand(hosted.host, QStringLiteral("unsubscribe"), QStringLiteral("u1"),
            {{QStringLiteral("topic"), QStringLiteral("chat")}});
        QTRY_VERIFY(hosted.seen.result(QStringLiteral("u1")));
        QTRY_COMPARE(emulator.subscriptionsOf(QStringLiteral("sb-inspector")).contains(QStringLiteral("chat")), false);
    }

    void topicTheTokenDoesNotAllowIsRefusedBeforeConnecting()
    {
        PubSubEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        // A ready token without subscriber permissions, and a secure topic in the config.
        QJsonObject config = testConfig(emulator, {QStringLiteral("prices"), QStringLiteral("secure/inbound")});
        config.insert(QStringLiteral("token"), emulator.clientToken(QStringLiteral("nosec"), {}));
        HostedPubSub hosted(config);
        QVERIFY(hosted.feed);
        QTRY_COMPARE_WITH_TIMEOUT(hosted.seen.failures.size(), 1, 10000);
        const FeedError &e = hosted.seen.failures.first();
        QCOMPARE(e.feed, QStringLiteral("pubsub"));
        QCOMPARE(e.code, QStringLiteral("topic_refused"));
        QCOMPARE(e.stage, FeedError::Stage::Subscribe);
        QVERIFY2(e.message.contains(QLatin1String("topic \"secure/inbound\" refused")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("realtime:subscriber:read:topic")), qPrintable(e.message));
        QVERIFY(!e.retryable);
        // Refused before the socket opened, and nothing left that could try again.
        QVERIFY(!hosted.feed->reconnectScheduled());
        QCOMPARE(emulator.connections(), 0);
        QVERIFY(hosted.seen.states.contains(FeedState::Failed));
    }

    void topicTheServerRefusesFailsOnceNamingIt()
    {
        PubSubEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        // The token grants secure/*, but the server refuses (a permission revoked on its side): it closes the
        // connection over the subscription, naming no topic.
        emulator.setFault(PubSubFault::RefuseSecureSubscriptions, true);
        HostedPubSub hosted(testConfig(emulator, {QStringLiteral("prices"), QStringLiteral("secure/inbound")}));
        QVERIFY(hosted.feed);
        QTRY_COMPARE_WITH_TIMEOUT(hosted.seen.failures.size(), 1, 10000);
        const FeedError &e = hosted.seen.failures.first();
        QCOMPARE(e.code, QStringLiteral("topic_refused"));
        QVERIFY2(e.message.contains(QLatin1String("topic \"secure/inbound\"")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("1008 Subscription to secure topic is forbidden!")),
            qPrintable(e.message));
        QVERIFY(!e.retryable);
        // A close that would only repeat: the feed stopped and has no retry scheduled, so there is no second
        // attempt to wait for.
        QVERIFY(!hosted.feed->reconnectScheduled());
        QCOMPARE(emulator.connections(), 1);
        QVERIFY(hosted.seen.states.contains(FeedState::Failed));
    }

    void publishWithAckAndSendWithReply()
    {
        PubSubRun run;
        QVERIFY(run.startOn({QStringLiteral("chat")}));
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.subscribes(), 1, 10000);
        sendCommand(run.host, QStringLiteral("publish"), QStringLiteral("p1"),
            {{QStringLiteral("topic"), QStringLiteral("chat")}, {QStringLiteral("messageType"), QStringLiteral("text")},
                {QStringLiteral("payload"), QJsonObject {{QStringLiteral("text"), QStringLiteral("hello")}}},
                {QStringLiteral("waitFor"), QStringLiteral("ack")}});
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.result(QStringLiteral("p1")), 5000);
        QJsonObject r = *run.seen.result(QStringLiteral("p1"));
        QVERIFY2(r.value(QStringLiteral("ok")).toBool(), qPrintable(r.value(QStringLiteral("error")).toString()));
        QCOMPARE(r.value(QStringLiteral("answer")).toString(), QStringLiteral("ack"));
        const QString messageId = r.value(QStringLiteral("messageId")).toString();
        QCOMPARE(messageId.size(), 16);
        // We are subscribed to chat, so our own message comes back, plus the ack event.
        QTRY_COMPARE(run.seen.count(QStringLiteral("topic.message"), QStringLiteral("chat")), 1);
        QTRY_COMPARE(run.seen.count(QStringLiteral("topic.ack")), 1);
        // The key names this delivery; the id we chose is kept in attrs.
        const Event *echo = run.seen.lastOn(QStringLiteral("chat"));
        QVERIFY(echo);
        QCOMPARE(attrs(*echo).value(QStringLiteral("messageId")).toString(), messageId);
        QVERIFY2(echo->key.startsWith(QStringLiteral("msg:chat:")), qPrintable(echo->key));

        sendCommand(run.host, QStringLiteral("send"), QStringLiteral("m1"),
            {{QStringLiteral("messageType"), QStringLiteral("gettime")},
                {QStringLiteral("payload"), QStringLiteral("now?")}, {QStringLiteral("compress"), true},
                {QStringLiteral("waitFor"), QStringLiteral("reply")}});
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.result(QStringLiteral("m1")), 5000);
        r = *run.seen.result(QStringLiteral("m1"));
        QVERIFY2(r.value(QStringLiteral("ok")).toBool(), qPrintable(r.value(QStringLiteral("error")).toString()));
        QCOMPARE(r.value(QStringLiteral("answer")).toString(), QStringLiteral("reply"));
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.value(QStringLiteral("data")).toObject().value(QStringLiteral("echo")).toString(),
            QStringLiteral("now?"));

        // Too big: refused before sending.
        sendCommand(run.host, QStringLiteral("publish"), QStringLiteral("big"),
            {{QStringLiteral("topic"), QStringLiteral("chat")},
                {QStringLiteral("payload"), QString(6000, QLatin1Char('x'))}});
        QTRY_VERIFY(run.seen.result(QStringLiteral("big")));
        QVERIFY(run.seen.result(QStringLiteral("big"))
                    ->value(QStringLiteral("error"))
                    .toString()
                    .contains(QLatin1String("5120")));

        // No ack: a timeout result.
        run.emulator.setFault(PubSubFault::DropAcks, true);
        sendCommand(run.host, QStringLiteral("publish"), QStringLiteral("p2"),
            {{QStringLiteral("topic"), QStringLiteral("chat")}, {QStringLiteral("payload"), 1},
                {QStringLiteral("waitFor"), QStringLiteral("ack")}, {QStringLiteral("timeoutMs"), 200}});
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.result(QStringLiteral("p2")), 5000);
        QVERIFY(!run.seen.result(QStringLiteral("p2"))->value(QStringLiteral("ok")).toBool());
        QVERIFY(run.seen.result(QStringLiteral("p2"))->value(QStringLiteral("timeout")).toBool());
        QCOMPARE(run.emulator.activeConnections(), 1);
    }

    void anAckJustBeforeACloseStillCounts()
    {
        PubSubRun run;
        QVERIFY(run.startOn({QStringLiteral("chat")}));
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.subscribes(), 1, 10000);
        run.emulator.setFault(PubSubFault::CloseAfterAck, true);
        sendCommand(run.host, QStringLiteral("publish"), QStringLiteral("p1"),
            {{QStringLiteral("topic"), QStringLiteral("chat")}, {QStringLiteral("payload"), 1},
                {QStringLiteral("waitFor"), QStringLiteral("ack")}});
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.result(QStringLiteral("p1")), 5000);
        // The ack was decoded before the close was acted on.
        QVERIFY2(run.seen.result(QStringLiteral("p1"))->value(QStringLiteral("ok")).toBool(),
            qPrintable(run.seen.result(QStringLiteral("p1"))->value(QStringLiteral("error")).toString()));
        run.emulator.setFault(PubSubFault::CloseAfterAck, false);
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.subscribes(), 2, 10000); // reconnected and resubscribed
    }

    void presenceOfOtherClients()
    {
        PubSubRun run;
        QVERIFY(run.startOn({QStringLiteral("secure/inbound")}));
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.subscribes(), 1, 10000);
        {
            QJsonObject other = testConfig(run.emulator, {});
            other.insert(QStringLiteral("name"), QStringLiteral("other"));
            other.insert(QStringLiteral("subject"), QStringLiteral("bob@example.com"));
            FeedHost otherHost;
            otherHost.addFeed(test::makeFeed(other));
            otherHost.start();
            QTRY_COMPARE_WITH_TIMEOUT(run.seen.count(QStringLiteral("topic.presence")), 1, 10000);
            otherHost.stop();
        }
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.count(QStringLiteral("topic.presence")), 2, 10000);
        QStringList titles;
        for (const Event &e : run.seen.events)
            if (e.kind == QLatin1String("topic.presence"))
                titles << e.titleText();
        QCOMPARE(titles,
            (QStringList {
                QStringLiteral("bob@example.com connected"), QStringLiteral("bob@example.com disconnected")}));
    }

    void reconnectsAndResubscribes()
    {
        PubSubRun run;
        QVERIFY(run.startOn({QStringLiteral("prices")}));
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.subscribes(), 1, 10000);
        sendCommand(run.host, QStringLiteral("subscribe"), QStringLiteral("s1"),
            {{QStringLiteral("topic"), QStringLiteral("chat")}});
        QTRY_COMPARE(run.emulator.subscribes(), 2);
        run.emulator.trigger(PubSubFault::DropConnections);
        // A new connection, a new welcome, and both topics again (the one from the config and the user's).
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.connections(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.subscribes(), 4, 10000);
        QVERIFY(run.seen.states.contains(FeedState::Reconnecting));
        run.emulator.publish(QStringLiteral("chat"), QStringLiteral("text"), QStringLiteral("after"));
        run.emulator.publish(QStringLiteral("prices"), QStringLiteral("tick"), QStringLiteral("after"));
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.count(QStringLiteral("topic.message")), 2, 5000);
        // A server going away for maintenance is not fatal either.
        run.emulator.trigger(PubSubFault::GoingAway);
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.connections(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.subscribes(), 6, 10000);
        QVERIFY(run.seen.failures.isEmpty());
    }

    void adminPublishAndHealth()
    {
        PubSubRun run;
        QVERIFY(run.startOn({QStringLiteral("main2")}));
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.subscribes(), 1, 10000);
        sendCommand(run.host, QStringLiteral("adminPublish"), QStringLiteral("a1"),
            {{QStringLiteral("topic"), QStringLiteral("main2")},
                {QStringLiteral("payload"), QStringLiteral("Hello Pub/Sub!")}});
        sendCommand(run.host, QStringLiteral("health"), QStringLiteral("h1"));
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.result(QStringLiteral("a1")) && run.seen.result(QStringLiteral("h1")), 5000);
        QVERIFY2(run.seen.result(QStringLiteral("a1"))->value(QStringLiteral("ok")).toBool(),
            qPrintable(run.seen.result(QStringLiteral("a1"))->value(QStringLiteral("error")).toString()));
        QCOMPARE(run.seen.result(QStringLiteral("h1"))->value(QStringLiteral("httpStatus")).toInt(), 200);
        QTRY_COMPARE(run.seen.count(QStringLiteral("topic.message"), QStringLiteral("main2")), 1);
        QCOMPARE(run.seen.lastOn(QStringLiteral("main2"))->bodyText(), QStringLiteral("Hello Pub/Sub!"));
    }

    void adminRedirectIsRefusedAndTheTokenStays()
    {
        PubSubEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        LoopbackHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        elsewhere.route("/", [](const HttpRequest &, const HttpResponder &responder) { responder.send(200, "{}"); });
        LoopbackHttpServer admin;
        QVERIFY(admin.listen());
        const QByteArray location = elsewhere.baseUrl().toEncoded() + "/api/topics/sb-demo-app/publish";
        admin.route("/", [&location](const HttpRequest &, const HttpResponder &responder) {
            responder.send(302, "", "text/plain", {{"Location", location}});
        });
        QJsonObject config = testConfig(emulator);
        config.insert(QStringLiteral("adminUrl"), admin.baseUrl().toString());
        HostedPubSub hosted(config);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.subscribes(), 1, 10000);
        sendCommand(hosted.host, QStringLiteral("adminPublish"), QStringLiteral("a1"),
            {{QStringLiteral("topic"), QStringLiteral("prices")}, {QStringLiteral("payload"), 1}});
        QTRY_VERIFY_WITH_TIMEOUT(hosted.seen.result(QStringLiteral("a1")), 5000);
        const QJsonObject result = *hosted.seen.result(QStringLiteral("a1"));
        QVERIFY(!result.value(QStringLiteral("ok")).toBool());
        const QString error = result.value(QStringLiteral("error")).toString();
        QVERIFY2(error.startsWith(QLatin1String("feed pubsub: ")) && error.contains(QLatin1String("redirect")),
            qPrintable(error));
        QTRY_VERIFY(hosted.seen.hasErrorCode(QStringLiteral("admin_redirect")));
        QCOMPARE(elsewhere.requestCount(), 0);
        QCOMPARE(admin.requestCount(), 1);
        QVERIFY(hosted.seen.failures.isEmpty()); // the session keeps running
    }

    void adminAnswerOverTheCapIsCutOff()
    {
        PubSubEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        LoopbackHttpServer admin;
        QVERIFY(admin.listen());
        admin.route("/", [](const HttpRequest &, const HttpResponder &responder) {
            responder.send(200, QByteArray(PubSubAdminCall::DefaultMaxBodyBytes + 1, 'x'), "text/plain");
        });
        QJsonObject config = testConfig(emulator);
        config.insert(QStringLiteral("adminUrl"), admin.baseUrl().toString());
        HostedPubSub hosted(config);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.subscribes(), 1, 10000);
        sendCommand(hosted.host, QStringLiteral("health"), QStringLiteral("h1"));
        QTRY_VERIFY_WITH_TIMEOUT(hosted.seen.result(QStringLiteral("h1")), 5000);
        const QJsonObject result = *hosted.seen.result(QStringLiteral("h1"));
        QVERIFY(!result.value(QStringLiteral("ok")).toBool());
        QVERIFY2(result.value(QStringLiteral("error")).toString().contains(QLatin1String("answered more than")),
            qPrintable(result.value(QStringLiteral("error")).toString()));
        QCOMPARE(result.value(QStringLiteral("body")).toString(), QString());
        QTRY_VERIFY(hosted.seen.hasErrorCode(QStringLiteral("admin_too_large")));
        QVERIFY(hosted.seen.failures.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPubSubIntegration)
#include "tst_pubsub_integration.moc"
