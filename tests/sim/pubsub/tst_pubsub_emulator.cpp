// The Realtime Pub/Sub emulator driven by a bare QWebSocket and HTTP client: token checks on the upgrade, welcome,
// topic rules, acks, replies, presence, binary deliveries, the admin API and the limits.
#include "auth/jwt_signer.h"
#include "sim/pubsub/pubsub_emulator.h"
#include "sim_plain_options.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>

using namespace sb;
using namespace sb::sim;

namespace {

const QString kReadAll = QStringLiteral("realtime:subscriber:read:topic:*");
const QString kWriteAll = QStringLiteral("realtime:publisher:write:topic:*");

struct Frame
{
    QJsonObject json;
    bool binary = false;
    QString topic() const { return json.value(QStringLiteral("topic")).toString(); }
    QString type() const { return json.value(QStringLiteral("messageType")).toString(); }
    QJsonObject data() const { return json.value(QStringLiteral("data")).toObject(); }
};

// A bare client: records every frame, and the close.
class Client : public QObject
{
public:
    explicit Client(const QUrl &url, const QString &token)
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &t) {
            frames.append({QJsonDocument::fromJson(t.toUtf8()).object(), false});
        });
        connect(&socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &b) {
            frames.append({QJsonDocument::fromJson(b).object(), true});
        });
        connect(&socket, &QWebSocket::disconnected, this, [this] {
            closed = true;
            closeCode = int(socket.closeCode());
            closeReason = socket.closeReason();
        });
        connect(&socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this] { errorText = socket.errorString(); });
        QUrl u = url;
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("access_token"), token);
        u.setQuery(q);
        socket.open(u);
    }
    ~Client() override
    {
        // Qt 6.4's abort() dereferences a TCP socket that is gone once the WebSocket has disconnected.
        if (socket.state() != QAbstractSocket::UnconnectedState)
            socket.abort();
    }
    void send(const QString &type, const QJsonObject &data)
    {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(
            QJsonObject {{QStringLiteral("type"), type},
                {QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact)));
    }
    int count(const QString &topic, const QString &type) const
    {
        int n = 0;
        for (const Frame &f : frames)
            n += f.topic() == topic && f.type() == type;
        return n;
    }
    Frame last(const QString &topic, const QString &type) const
    {
        for (int i = int(frames.size()) - 1; i >= 0; --i)
            if (frames[i].topic() == topic && frames[i].type() == type)
                return frames[i];
        return {};
    }
    QString connectionId() const
    {
        return last(QStringLiteral("main"), QStringLiteral("welcome"))
            .data()
            .value(QStringLiteral("connection"))
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }

    QWebSocket socket;
    QVector<Frame> frames;
    bool closed = false;
    int closeCode = 0;
    QString closeReason;
    QString errorText;
};

PubSubEmulatorOptions plain()
{
    return sb::test::plainEmulatorOptions<PubSubEmulatorOptions>();
}

} // namespace

class TestPubSubEmulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void welcomesAValidToken()
    {
        PubSubEmulator emulator(plain());
        QVERIFY(emulator.start());
        Client c(emulator.url(), emulator.clientToken(QStringLiteral("u1"), {}));
        QTRY_COMPARE(c.count(QStringLiteral("main"), QStringLiteral("welcome")), 1);
        const QJsonObject connection = c.frames.first().data().value(QStringLiteral("connection")).toObject();
        QVERIFY(!connection.value(QStringLiteral("id")).toString().isEmpty());
        QCOMPARE(connection.value(QStringLiteral("appId")).toString(), emulator.options().appId);
        QCOMPARE(emulator.activeConnections(), 1);
    }

    void refusesBadTokens()
    {
        PubSubEmulator emulator(plain());
        QVERIFY(emulator.start());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QString wrongKey
            = JwtSigner(JwtAlgorithm::HS256, JwtKey::hmac("nope"))
                  .sign({{QStringLiteral("sub"), QStringLiteral("x")}, {QStringLiteral("exp"), double(now + 60)}});
        const QString expired = emulator.clientToken(QStringLiteral("x"), {}, -60);
        for (const QString &token : {wrongKey, expired, QStringLiteral("garbage")}) {
            Client c(emulator.url(), token);
            QTRY_VERIFY(c.closed || !c.errorText.isEmpty());
            QVERIFY(c.frames.isEmpty());
        }
        QTRY_COMPARE(emulator.upgradesRejected(), 3);
        QCOMPARE(emulator.connections(), 0);
    }

    void acceptsEcTokensWithAnAddedKey()
    {
        PubSubEmulator emulator(plain());
        const auto key = JwtKey::generateEc(JwtAlgorithm::ES512);
        emulator.addClientKey(*JwtKey::fromPem(key->publicPem()));
        QVERIFY(emulator.start());
        const QString token = JwtSigner(JwtAlgorithm::ES512, *key)
                                  .sign({{QStringLiteral("sub"), QStringLiteral("ec")},
                                      {QStringLiteral("exp"), double(QDateTime::currentSecsSinceEpoch() + 60)}});
        Client c(emulator.url(), token);
        QTRY_COMPARE(c.count(QStringLiteral("main"), QStringLiteral("welcome")), 1);
    }

    void secureTopicNeedsPermission()
    {
        PubSubEmulator emulator(plain());
        QVERIFY(emulator.start());
        Client allowed(emulator.url(),
            emulator.clientToken(
                QStringLiteral("a"), {QStringLiteral("realtime:subscriber:read:topic:secure/logs/*")}));
        QTRY_COMPARE(allowed.count(QStringLiteral("main"), QStringLiteral("welcome")), 1);
        allowed.send(QStringLiteral("subscribe"), {{QStringLiteral("topic"), QStringLiteral("secure/logs/app")}});
        QTRY_COMPARE(emulator.subscribes(), 1);
        QVERIFY(!allowed.closed);

        Client denied(emulator.url(), emulator.clientToken(QStringLiteral("b"), {}));
        QTRY_COMPARE(denied.count(QStringLiteral("main"), QStringLiteral("welcome")), 1);
        denied.send(QStringLiteral("subscribe"), {{QStringLiteral("topic"), QStringLiteral("secure/inbound")}});
        QTRY_VERIFY(denied.closed);
        QCOMPARE(denied.closeReason, QStringLiteral("Subscription to secure topic is forbidden!"));
        QCOMPARE(denied.closeCode, 1008);
    }

    void publishDeliversAndAcks()
    {
        PubSubEmulator emulator(plain());
        QVERIFY(emulator.start());
        Client sub(emulator.url(), emulator.clientToken(QStringLiteral("sub"), {}));
        Client pub(emulator.url(), emulator.clientToken(QStringLiteral("pub"), {kWriteAll}));
        QTRY_VERIFY(!sub.connectionId().isEmpty() && !pub.connectionId().isEmpty());
        sub.send(QStringLiteral("subscribe"), {{QStringLiteral("topic"), QStringLiteral("chat")}});
        QTRY_COMPARE(emulator.subscribes(), 1);
        pub.send(QStringLiteral("publish"),
            {{QStringLiteral("topic"), QStringLiteral("chat")}, {QStringLiteral("messageType"), QStringLiteral("text")},
                {QStringLiteral("payload"), QJsonObject {{QStringLiteral("t"), QStringLiteral("hi")}}},
                {QStringLiteral("id"), QStringLiteral("m1")}, {QStringLiteral("compress"), false}});
        QTRY_COMPARE(sub.count(QStringLiteral("chat"), QStringLiteral("text")), 1);
        const Frame got = sub.last(QStringLiteral("chat"), QStringLiteral("text"));
        QVERIFY(!got.binary);
        QCOMPARE(got.data().value(QStringLiteral("id")).toString(), QStringLiteral("m1"));
        QCOMPARE(got.data().value(QStringLiteral("client")).toObject().value(QStringLiteral("subject")).toString(),
            QStringLiteral("pub"));
        QTRY_COMPARE(pub.count(QStringLiteral("priv/acks"), QStringLiteral("ack")), 1);
        QCOMPARE(pub.last(QStringLiteral("priv/acks"), QStringLiteral("ack")).data().value(QStringLiteral("data")),
            QJsonValue(QStringLiteral("m1")));

        // Compressed: a binary frame carrying the same JSON.
        pub.send(QStringLiteral("publish"),
            {{QStringLiteral("topic"), QStringLiteral("chat")}, {QStringLiteral("payload"), QStringLiteral("zip")},
                {QStringLiteral("id"), QStringLiteral("m2")}, {QStringLiteral("compress"), true}});
        QTRY_COMPARE(sub.count(QStringLiteral("chat"), QStringLiteral("broadcast")), 1);
        QVERIFY(sub.last(QStringLiteral("chat"), QStringLiteral("broadcast")).binary);

        // Publishing without permission closes the connection.
        sub.send(QStringLiteral("publish"),
            {{QStringLiteral("topic"), QStringLiteral("chat")}, {QStringLiteral("payload"), QStringLiteral("x")}});
        QTRY_VERIFY(sub.closed);
    }

    void messageGoesToInboundAndGetsAReply()
    {
        PubSubEmulator emulator(plain());
        QVERIFY(emulator.start());
        Client backend(emulator.url(),
            emulator.clientToken(
                QStringLiteral("backend"), {QStringLiteral("realtime:subscriber:read:topic:secure/inbound")}));
        QTRY_VERIFY(!backend.connectionId().isEmpty());
        backend.send(QStringLiteral("subscribe"), {{QStringLiteral("topic"), QStringLiteral("secure/inbound")}});
        QTRY_COMPARE(emulator.subscribes(), 1);
        Client caller(emulator.url(), emulator.clientToken(QStringLiteral("caller"), {}));
        QTRY_VERIFY(!caller.connectionId().isEmpty());
        // Presence of the caller reached the inbound subscriber.
        QTRY_COMPARE(backend.count(QStringLiteral("secure/inbound"), QStringLiteral("presence")), 1);
        const QJsonObject presence = backend.last(QStringLiteral("secure/inbound"), QStringLiteral("presence")).data();
        QCOMPARE(presence.value(QStringLiteral("payload")).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("connected"));
        QCOMPARE(presence.value(QStringLiteral("client")).toObject().value(QStringLiteral("subject")).toString(),
            QStringLiteral("caller"));

        caller.send(QStringLiteral("message"),
            {{QStringLiteral("messageType"), QStringLiteral("gettime")},
                {QStringLiteral("payload"), QStringLiteral("now?")}, {QStringLiteral("id"), QStringLiteral("q1")}});
        QTRY_COMPARE(backend.count(QStringLiteral("secure/inbound"), QStringLiteral("gettime")), 1);
        const QString priv = QStringLiteral("priv/") + caller.connectionId();
        QTRY_COMPARE(caller.count(priv, QStringLiteral("response")), 1);
        const QJsonObject reply
            = caller.last(priv, QStringLiteral("response")).data().value(QStringLiteral("payload")).toObject();
        QCOMPARE(reply.value(QStringLiteral("id")).toString(), QStringLiteral("q1"));
        QCOMPARE(reply.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QTRY_COMPARE(caller.count(QStringLiteral("priv/acks"), QStringLiteral("ack")), 1);

        caller.socket.close();
        QTRY_COMPARE(backend.count(QStringLiteral("secure/inbound"), QStringLiteral("presence")), 2);
    }

    void privateTopicsAreRefused()
    {
        PubSubEmulator emulator(plain());
        QVERIFY(emulator.start());
        Client c(emulator.url(), emulator.clientToken(QStringLiteral("p"), {kReadAll}));
        QTRY_VERIFY(!c.connectionId().isEmpty());
        c.send(QStringLiteral("subscribe"), {{QStringLiteral("topic"), QStringLiteral("priv/other")}});
        QTRY_VERIFY(c.closed);
    }

    void limits()
    {
        PubSubEmulatorOptions o = plain();
        o.idleTimeoutMs = 300;
        PubSubEmulator emulator(o);
        QVERIFY(emulator.start());
        // One connection per subject.
        Client first(emulator.url(), emulator.clientToken(QStringLiteral("same"), {kWriteAll}));
        QTRY_VERIFY(!first.connectionId().isEmpty());
        Client second(emulator.url(), emulator.clientToken(QStringLiteral("same"), {}));
        QTRY_VERIFY(second.closed || !second.errorText.isEmpty());
        QCOMPARE(emulator.upgradesRejected(), 1);
        // Message size.
        first.send(QStringLiteral("publish"),
            {{QStringLiteral("topic"), QStringLiteral("t")},
                {QStringLiteral("payload"), QString(6000, QLatin1Char('x'))}});
        QTRY_VERIFY(first.closed);
        QCOMPARE(first.closeCode, 1009);
        // Idle timeout: no frames and no pongs.
        Client idle(emulator.url(), emulator.clientToken(QStringLiteral("idle"), {}));
        QTRY_VERIFY(!idle.connectionId().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(idle.closed, 3000);
        QCOMPARE(idle.closeReason, QStringLiteral("Idle timeout"));
    }

    void adminApi()
    {
        PubSubEmulator emulator(plain());
        QVERIFY(emulator.start());
        Client sub(emulator.url(), emulator.clientToken(QStringLiteral("s"), {}));
        QTRY_VERIFY(!sub.connectionId().isEmpty());
        sub.send(QStringLiteral("subscribe"), {{QStringLiteral("topic"), QStringLiteral("main2")}});
        QTRY_COMPARE(emulator.subscribes(), 1);
        QNetworkAccessManager network;
        auto post = [&](const QString &token, const QJsonObject &body) {
            QUrl url = emulator.adminUrl();
            url.setPath(QStringLiteral("/api/topics/%1/publish").arg(emulator.options().appId));
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            if (!token.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(5000);
            reply->deleteLater();
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        const QJsonObject body {{QStringLiteral("topic"), QStringLiteral("main2")},
            {QStringLiteral("message"), QStringLiteral("Hello Pub/Sub!")}, {QStringLiteral("compress"), false}};
        QCOMPARE(post(QString(), body), 401);
        QCOMPARE(post(emulator.clientToken(QStringLiteral("s"), {kWriteAll}), body), 401); // wrong key
        QCOMPARE(post(emulator.adminToken({QStringLiteral("realtime:publisher:write:topic:other")}), body), 403);
        QCOMPARE(post(emulator.adminToken({kWriteAll}), body), 200);
        QTRY_COMPARE(sub.count(QStringLiteral("main2"), QStringLiteral("broadcast")), 1);
        QCOMPARE(sub.last(QStringLiteral("main2"), QStringLiteral("broadcast")).json.value(QStringLiteral("data")),
            QJsonValue(QStringLiteral("Hello Pub/Sub!")));

        QUrl health = emulator.adminUrl();
        health.setPath(QStringLiteral("/api/health/status"));
        QNetworkReply *reply = network.get(QNetworkRequest(health));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

    void demoTrafficAndFaults()
    {
        PubSubEmulator emulator(plain());
        QVERIFY(emulator.start());
        Client c(emulator.url(), emulator.clientToken(QStringLiteral("d"), {}));
        QTRY_VERIFY(!c.connectionId().isEmpty());
        for (const char *topic : {"prices", "chat", "telemetry"})
            c.send(QStringLiteral("subscribe"), {{QStringLiteral("topic"), QLatin1String(topic)}});
        QTRY_COMPARE(emulator.subscribes(), 3);
        emulator.publishDemo(60);
        QTRY_COMPARE(int(c.frames.size()), 61);
        QVERIFY(c.count(QStringLiteral("prices"), QStringLiteral("tick")) > 0);
        QVERIFY(emulator.binaryFramesSent() > 0); // telemetry goes compressed

        emulator.trigger(PubSubFault::GoingAway);
        QTRY_VERIFY(c.closed);
        QCOMPARE(c.closeCode, 1001);
        emulator.setFault(PubSubFault::RejectUpgrades, true);
        Client refused(emulator.url(), emulator.clientToken(QStringLiteral("r"), {}));
        QTRY_VERIFY(refused.closed || !refused.errorText.isEmpty());
        QVERIFY(refused.frames.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPubSubEmulator)
#include "tst_pubsub_emulator.moc"
