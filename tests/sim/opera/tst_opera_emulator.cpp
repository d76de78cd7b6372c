// The OHIP emulator seen by a raw WebSocket client: the token endpoint, HTTP 400 for a wrong key hash, 429 when
// switched on, 4401 for bad credentials, 4408 init timeout, 4400 for an invalid subscription, 4409 for a second
// consumer, replay from an offset, server pings, stalled pongs, close after complete, 1001 maintenance.
#include "feeds/opera/opera_feed_config.h"
#include "sim/opera/opera_emulator.h"
#include "sim_plain_options.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace sb::sim;

namespace {

OperaEmulatorOptions plain()
{
    return sb::test::plainEmulatorOptions<OperaEmulatorOptions>();
}

// A hand-driven graphql-transport-ws client.
struct RawClient
{
    explicit RawClient(const QUrl &url)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
            [this](const QString &t) { received << QJsonDocument::fromJson(t.toUtf8()).object(); });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] {
            closeCode = int(socket.closeCode());
            closed = true;
        });
        QWebSocketHandshakeOptions o;
        o.setSubprotocols({QStringLiteral("graphql-transport-ws")});
        socket.open(QNetworkRequest(url), o);
    }
    void send(const QJsonObject &m) { socket.sendTextMessage(QString::fromUtf8(QJsonDocument(m).toJson())); }
    void send(const char *type)
    {
        QJsonObject m;
        m.insert(QStringLiteral("type"), QLatin1String(type));
        send(m);
    }
    void init(const QString &token, const QString &appKey)
    {
        QJsonObject p;
        p.insert(QStringLiteral("Authorization"), QString(QStringLiteral("Bearer ") + token));
        p.insert(QStringLiteral("x-app-key"), appKey);
        QJsonObject m;
        m.insert(QStringLiteral("type"), QStringLiteral("connection_init"));
        m.insert(QStringLiteral("payload"), p);
        send(m);
    }
    void subscribe(const QString &id, const QString &query)
    {
        QJsonObject p;
        p.insert(QStringLiteral("query"), query);
        QJsonObject m;
        m.insert(QStringLiteral("id"), id);
        m.insert(QStringLiteral("type"), QStringLiteral("subscribe"));
        m.insert(QStringLiteral("payload"), p);
        send(m);
    }
    int count(const char *type) const
    {
        int n = 0;
        for (const QJsonObject &m : received)
            n += m.value(QStringLiteral("type")).toString() == QLatin1String(type);
        return n;
    }
    QStringList offsets() const
    {
        QStringList out;
        for (const QJsonObject &m : received)
            if (m.value(QStringLiteral("type")).toString() == QLatin1String("next"))
                out << m.value(QStringLiteral("payload"))
                           .toObject()
                           .value(QStringLiteral("data"))
                           .toObject()
                           .value(QStringLiteral("newEvent"))
                           .toObject()
                           .value(QStringLiteral("metadata"))
                           .toObject()
                           .value(QStringLiteral("offset"))
                           .toString();
        return out;
    }

    QWebSocket socket;
    QList<QJsonObject> received;
    bool closed = false;
    int closeCode = 0;
};

QString query(const QString &chain, const QString &offset = QString())
{
    return QStringLiteral("subscription { newEvent(input: { chainCode: \"%1\"%2 delta: true }) { metadata { offset "
                          "uniqueEventId } moduleName } }")
        .arg(chain, offset.isEmpty() ? QString() : QStringLiteral(" offset: \"%1\"").arg(offset));
}

bool ready(RawClient &c, OperaEmulator &e)
{
    if (!QTest::qWaitFor([&] { return c.socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return false;
    c.init(e.issueAccessToken(), e.options().appKey);
    return QTest::qWaitFor([&] { return c.count("connection_ack") == 1; }, 5000);
}

} // namespace

class TstOperaEmulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenEndpointChecksBasicAuthAndAppKey()
    {
        OperaEmulatorOptions o; // TLS
        OperaEmulator e(o);
        QVERIFY(e.start());
        QNetworkAccessManager nam;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(e.caFile());
        auto post = [&](const QString &secret, const QByteArray &appKey) {
            QNetworkRequest r(e.tokenUrl());
            r.setSslConfiguration(tls);
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
            r.setRawHeader("Authorization", "Basic " + (o.clientId + QLatin1Char(':') + secret).toUtf8().toBase64());
            if (!appKey.isEmpty())
                r.setRawHeader("x-app-key", appKey);
            QNetworkReply *reply = nam.post(r, QByteArray("grant_type=client_credentials&scope=x"));
            const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000);
            Q_UNUSED(finished)
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            return qMakePair(status, body);
        };
        const auto ok = post(o.clientSecret, o.appKey.toUtf8());
        QCOMPARE(ok.first, 200);
        QVERIFY(!ok.second.value(QStringLiteral("access_token")).toString().isEmpty());
        QCOMPARE(ok.second.value(QStringLiteral("expires_in")).toInt(), 3600);
        QCOMPARE(post(QStringLiteral("wrong"), o.appKey.toUtf8()).first, 401);
        QCOMPARE(post(o.clientSecret, QByteArray()).first, 401);
        QCOMPARE(e.tokensIssued(), 1);
    }

    void wrongKeyHashIsRefusedWithHttp400()
    {
        OperaEmulator e(plain());
        QVERIFY(e.start());
        QUrl url = e.streamUrl();
        url.setQuery(QStringLiteral("key=") + sb::OperaFeedConfig::keyHash(QStringLiteral("other")));
        RawClient c(url);
        QTRY_VERIFY(c.closed || c.socket.error() != QAbstractSocket::UnknownSocketError);
        QCOMPARE(e.upgradesRejected(), 1);
        QCOMPARE(e.connections(), 0);
        e.setFault(OperaFault::RejectUpgrades, true);
        RawClient d(e.streamUrl());
        QTRY_COMPARE(e.upgradesRejected(), 2);
    }

    void badCredentialsAre4401AndSilenceIs4408()
    {
        OperaEmulatorOptions o = plain();
        o.initTimeoutMs = 100;
        OperaEmulator e(o);
        QVERIFY(e.start());
        RawClient bad(e.streamUrl());
        QTRY_VERIFY(bad.socket.state() == QAbstractSocket::ConnectedState);
        bad.init(QStringLiteral("forged"), o.appKey);
        QTRY_VERIFY(bad.closed);
        QCOMPARE(bad.closeCode, 4401);
        RawClient silent(e.streamUrl());
        QTRY_VERIFY(silent.closed);
        QCOMPARE(silent.closeCode, 4408);
    }

    void invalidSubscriptionIs4400()
    {
        OperaEmulator e(plain());
        QVERIFY(e.start());
        RawClient c(e.streamUrl());
        QVERIFY(ready(c, e));
        c.subscribe(
            QStringLiteral("s"), QStringLiteral("subscription { newEvent(input: { chainCode: \"NOPE\" }) { x } }"));
        QTRY_VERIFY(c.closed);
        QCOMPARE(c.closeCode, 4400);
        QCOMPARE(c.count("error"), 1);
    }

    void secondConsumerIs4409()
    {
        OperaEmulator e(plain());
        QVERIFY(e.start());
        RawClient a(e.streamUrl());
        QVERIFY(ready(a, e));
        a.subscribe(QStringLiteral("a"), query(QStringLiteral("SBHC")));
        QTRY_COMPARE(e.subscriptions(), 1);
        RawClient b(e.streamUrl());
        QVERIFY(ready(b, e));
        b.subscribe(QStringLiteral("b"), query(QStringLiteral("SBHC")));
        QTRY_VERIFY(b.closed);
        QCOMPARE(b.closeCode, 4409);
        QVERIFY(!a.closed);
    }

    void replaysFromOffsetAndContinues()
    {
        OperaEmulator e(plain());
        QVERIFY(e.start());
        e.publish(5);
        RawClient c(e.streamUrl());
        QVERIFY(ready(c, e));
        c.subscribe(QStringLiteral("s"), query(QStringLiteral("SBHC"), QStringLiteral("3")));
        QTRY_COMPARE(c.offsets(), (QStringList {QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")}));
        e.publish(1);
        QTRY_COMPARE(c.offsets().size(), 4);
        QCOMPARE(c.offsets().last(), QStringLiteral("6"));
        // complete: the server closes the socket itself.
        QJsonObject complete;
        complete.insert(QStringLiteral("id"), QStringLiteral("s"));
        complete.insert(QStringLiteral("type"), QStringLiteral("complete"));
        c.send(complete);
        QTRY_VERIFY(c.closed);
        QCOMPARE(c.closeCode, 1000);
        // Without an offset the stream continues after what this key saw last.
        e.publish(2);
        RawClient d(e.streamUrl());
        QVERIFY(ready(d, e));
        d.subscribe(QStringLiteral("s2"), query(QStringLiteral("SBHC")));
        QTRY_COMPARE(d.offsets(), (QStringList {QStringLiteral("7"), QStringLiteral("8")}));
    }

    void pingsPongsAndFaults()
    {
        OperaEmulatorOptions o = plain();
        o.pingIntervalMs = 50;
        OperaEmulator e(o);
        QVERIFY(e.start());
        RawClient c(e.streamUrl());
        QVERIFY(ready(c, e));
        QTRY_VERIFY(c.count("ping") >= 2);
        c.send("ping");
        QTRY_COMPARE(c.count("pong"), 1);
        e.setFault(OperaFault::StallPongs, true);
        c.send("ping");
        // Two server pings later the stalled pong still has not come.
        const int pings = c.count("ping");
        QTRY_VERIFY(c.count("ping") >= pings + 2);
        QCOMPARE(c.count("pong"), 1);
        e.setFault(OperaFault::StallPongs, false);
        QTRY_COMPARE(c.count("pong"), 2);
        e.trigger(OperaFault::MaintenanceClose);
        QTRY_VERIFY(c.closed);
        QCOMPARE(c.closeCode, 1001);
    }
};

QTEST_GUILESS_MAIN(TstOperaEmulator)
#include "tst_opera_emulator.moc"
