// Interop: our graphql-transport-ws client against the real npm graphql-ws server (v5, on ws, schema from graphql)
// over plain ws on loopback: connect, connection_ack, ping/pong both ways, subscribe with the OHIP newEvent query,
// next, the server's complete, our complete, and a rejected connection_init (4403).
#include "feeds/opera/opera_subscription.h"
#include "graphql_ws_test_decoder.h"
#include "net/graphqlws/graphql_ws_client.h"
#include "net/graphqlws/graphql_ws_close_policy.h"

#include "interop_peer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace sb;

namespace {

// The node peer: started per test, its JSON-lines stdout collected.
class NodePeer
{
public:
    bool start(QString *why)
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            *why = QStringLiteral("node is not installed");
            return false;
        }
        const QString dir = QStringLiteral(SB_INTEROP_DIR);
        if (!QFileInfo::exists(dir + QStringLiteral("/node_modules/graphql-ws"))) {
            *why = QStringLiteral("tests/interop/node_modules lacks graphql-ws (run scripts/setup.sh)");
            return false;
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), dir + QStringLiteral("/node_modules"));
        env.insert(QStringLiteral("SB_INTEROP_HOST"), sb::test::interopHost());
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(dir);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [this] {
            while (process.canReadLine())
                lines << QJsonDocument::fromJson(process.readLine()).object();
        });
        process.start(node, {QStringLiteral(SB_GRAPHQL_WS_SERVER_SCRIPT)});
        if (!process.waitForStarted(10000)) {
            *why = QStringLiteral("node did not start");
            return false;
        }
        return true;
    }
    ~NodePeer()
    {
        process.closeWriteChannel();
        if (!process.waitForFinished(3000))
            process.kill();
        process.waitForFinished(1000);
    }
    QUrl url() const
    {
        QUrl u(QStringLiteral("ws://localhost/graphql"));
        u.setPort(port());
        return sb::test::withInteropHost(u);
    }
    int port() const
    {
        for (const QJsonObject &o : lines)
            if (o.contains(QStringLiteral("port")))
                return o.value(QStringLiteral("port")).toInt();
        return 0;
    }
    int countReceived(const char *type) const
    {
        int n = 0;
        for (const QJsonObject &o : lines)
            n += o.value(QStringLiteral("received")).toObject().value(QStringLiteral("type")).toString()
                == QLatin1String(type);
        return n;
    }
    bool saw(const char *key, const QJsonValue &value) const
    {
        for (const QJsonObject &o : lines)
            if (o.value(QLatin1String(key)) == value)
                return true;
        return false;
    }

    QProcess process;
    QList<QJsonObject> lines;
};

QJsonObject init(const QString &token)
{
    QJsonObject p;
    p.insert(QStringLiteral("Authorization"), QString(QStringLiteral("Bearer ") + token));
    p.insert(QStringLiteral("x-app-key"), QStringLiteral("interop-app-key"));
    return p;
}

GraphqlWsClient::Options options()
{
    GraphqlWsClient::Options o;
    o.keepAliveMs = 100;
    o.pongTimeoutMs = 3000;
    o.ackTimeoutMs = 5000;
    o.closeWaitMs = 300;
    return o;
}

} // namespace

class TstGraphqlWsInterop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { SB_REQUIRE_INTEROP_HOST(); }

    void speaksTheProtocolWithGraphqlWs()
    {
        NodePeer peer;
        QString why;
        if (!peer.start(&why))
            SB_INTEROP_UNAVAILABLE(why);
        QTRY_VERIFY_WITH_TIMEOUT(peer.port() > 0, 15000);
        const QUrl url = peer.url();

        GraphqlWsClient client(options());

        sb::test::GraphqlWsTestDecoder decoder(client);
        QSignalSpy acked(&client, &GraphqlWsClient::acknowledged);
        QSignalSpy completed(&client, &GraphqlWsClient::completed);
        QSignalSpy errors(&client, &GraphqlWsClient::operationError);
        QSignalSpy closed(&client, &GraphqlWsClient::closed);
        client.open(url, init(QStringLiteral("interop-token")));
        QTRY_COMPARE_WITH_TIMEOUT(acked.count(), 1, 10000);
        QTRY_VERIFY(peer.saw("onConnect", true));

        // Ping/pong both ways: our keep-alive pings are answered by the library, its ping by us.
        QTRY_VERIFY_WITH_TIMEOUT(client.pongsReceived() >= 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(client.pingsReceived() >= 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(peer.countReceived("pong") >= 1, 5000);

        // The OHIP newEvent subscription is valid GraphQL against the schema; the server runs it and completes.
        QVERIFY(client.subscribe(QStringLiteral("s1"),
            OperaSubscription::payload(QStringLiteral("SBHC"), 5, {QStringLiteral("SBHCLON")}, true)));
        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 1, 5000);
        QCOMPARE(errors.count(), 0);
        QCOMPARE(decoder.nexts.size(), 3);
        QStringList offsets;
        for (const auto &args : decoder.nexts) {
            QCOMPARE(args.first, QStringLiteral("s1"));
            const QJsonObject ev
                = args.second.value(QStringLiteral("data")).toObject().value(QStringLiteral("newEvent")).toObject();
            offsets << ev.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("offset")).toString();
            QCOMPARE(ev.value(QStringLiteral("hotelId")).toString(), QStringLiteral("SBHCLON"));
        }
        QCOMPARE(offsets, (QStringList {QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7")}));

        // Our complete ends a running operation on the server.
        QVERIFY(
            client.subscribe(QStringLiteral("s2"), OperaSubscription::payload(QStringLiteral("SBHC"), 1, {}, false)));
        QTRY_VERIFY_WITH_TIMEOUT(decoder.nexts.size() >= 4, 5000);
        client.complete(QStringLiteral("s2"));
        QTRY_VERIFY_WITH_TIMEOUT(peer.saw("onComplete", QStringLiteral("s2")), 5000);
        QTRY_VERIFY(peer.countReceived("complete") >= 1);

        // graphql-ws leaves the socket open after complete; the client closes it itself with 1000.
        client.completeAndAwaitClose(QStringLiteral("s2"));
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 5000);
        QCOMPARE(closed.first().at(0).toInt(), 1000);
        QCOMPARE(closed.first().at(3).toBool(), true);
        QCOMPARE(peer.countReceived("connection_init"), 1);
        QCOMPARE(peer.countReceived("subscribe"), 2);
    }

    void rejectedConnectionInitIs4403()
    {
        NodePeer peer;
        QString why;
        if (!peer.start(&why))
            SB_INTEROP_UNAVAILABLE(why);
        QTRY_VERIFY_WITH_TIMEOUT(peer.port() > 0, 15000);
        GraphqlWsClient client(options());
        sb::test::GraphqlWsTestDecoder decoder(client);
        QSignalSpy acked(&client, &GraphqlWsClient::acknowledged);
        QSignalSpy closed(&client, &GraphqlWsClient::closed);
        client.open(peer.url(), init(QStringLiteral("wrong")));
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 10000);
        QCOMPARE(acked.count(), 0);
        QCOMPARE(closed.first().at(0).toInt(), 4403);
        QCOMPARE(closed.first().at(1).toString(), QStringLiteral("Forbidden"));
        QVERIFY(peer.saw("onConnect", false));
        // Our policy: renew the token once, then give up.
        QCOMPARE(GraphqlWsClosePolicy::classify(4403).action, GraphqlWsClosePolicy::Action::RenewAuth);
    }
};

QTEST_GUILESS_MAIN(TstGraphqlWsInterop)
#include "tst_graphql_ws_interop.moc"
