// Interop: the official SignalR JavaScript client (npm @microsoft/signalr, WebSockets with skipNegotiation, token
// from accessTokenFactory, automatic reconnect) against our Salto emulator over plain ws on loopback: the upgrade
// passes the JWT check, the handshake completes, ReceiveMessage invocations arrive with their JSON string
// argument, and a Close with allowReconnect is survived (reconnecting → reconnected → messages again); a Close
// without it ends the connection.
#include "sim/salto/salto_emulator.h"

#include "interop_peer.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace sb;
using namespace sb::sim;

namespace {

class NodeClient
{
public:
    bool start(const QUrl &url, const QString &token, QString *why)
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            *why = QStringLiteral("node/npm packages absent: node is not installed");
            return false;
        }
        const QString dir = QStringLiteral(SB_INTEROP_DIR);
        if (!QFileInfo::exists(dir + QStringLiteral("/node_modules/@microsoft/signalr"))) {
            *why = QStringLiteral("node/npm packages absent: tests/interop/node_modules lacks @microsoft/signalr "
                                  "(run scripts/setup.sh)");
            return false;
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), dir + QStringLiteral("/node_modules"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(dir);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [this] {
            while (process.canReadLine()) {
                const QByteArray line = process.readLine();
                lines << QJsonDocument::fromJson(line).object();
                if (qEnvironmentVariableIsSet("SB_TEST_TRACE"))
                    qInfo("node: %s", line.trimmed().constData());
            }
        });
        process.start(node, {QStringLiteral(SB_SIGNALR_CLIENT_SCRIPT), url.toString(), token});
        if (!process.waitForStarted(10000)) {
            *why = QStringLiteral("node did not start");
            return false;
        }
        return true;
    }
    ~NodeClient()
    {
        process.closeWriteChannel();
        if (!process.waitForFinished(5000))
            process.kill();
        process.waitForFinished(1000);
    }
    int count(const char *event) const
    {
        int n = 0;
        for (const QJsonObject &o : lines)
            n += o.value(QStringLiteral("event")).toString() == QLatin1String(event);
        return n;
    }
    QList<QJsonObject> messages() const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &o : lines)
            if (o.value(QStringLiteral("event")).toString() == QLatin1String("message"))
                out << o;
        return out;
    }

    QProcess process;
    QList<QJsonObject> lines;
};

QUrl entriesUrl(const SaltoEmulator &emulator)
{
    QUrl url = sb::test::withInteropHost(emulator.hubBaseUrl());
    url.setScheme(QStringLiteral("http")); // the JS client takes http(s) URLs and maps them to ws(s)
    url.setPath(QStringLiteral("/v1/hub/entries"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("site_id"), emulator.sites().first().id);
    url.setQuery(query);
    return url;
}

} // namespace

class TstSignalRInterop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { SB_REQUIRE_INTEROP_HOST(); }

    void officialClientConnectsReceivesAndSurvivesClose()
    {
        SaltoEmulatorOptions o;
        o.tls = false;
        o.pingIntervalMs = 200;
        o.incidentEvery = 0;
        SaltoEmulator emulator(o);
        QVERIFY(emulator.start());
        NodeClient client;
        QString why;
        if (!client.start(entriesUrl(emulator), emulator.validToken(), &why))
            SB_INTEROP_UNAVAILABLE(why);
        QTRY_COMPARE_WITH_TIMEOUT(client.count("connected"), 1, 15000);
        QCOMPARE(emulator.activeConnections(), 1);
        QCOMPARE(emulator.authorizations(), (QList<QByteArray> {"header"}));
        // The JS client pings right after the handshake.
        QTRY_VERIFY_WITH_TIMEOUT(emulator.pingsReceived() >= 1, 5000);

        emulator.publish(3);
        QTRY_COMPARE_WITH_TIMEOUT(client.messages().size(), 3, 5000);
        const QJsonObject first = client.messages().first();
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("string"));
        const QJsonObject entry
            = QJsonDocument::fromJson(first.value(QStringLiteral("message")).toString().toUtf8()).object();
        QVERIFY(emulator.eventIdsSent().contains(entry.value(QStringLiteral("id")).toString()));

        emulator.trigger(SaltoFault::CloseAllowReconnect, QStringLiteral("Hub restarting"));
        QTRY_COMPARE_WITH_TIMEOUT(client.count("reconnecting"), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(client.count("reconnected"), 1, 10000);
        QCOMPARE(client.count("closed"), 0);
        QTRY_COMPARE(emulator.activeConnections(), 1);
        QCOMPARE(emulator.connections(), 2);
        emulator.publish(2);
        QTRY_COMPARE_WITH_TIMEOUT(client.messages().size(), 5, 5000);

        // Without allowReconnect the official client stops for good.
        emulator.trigger(SaltoFault::CloseNoReconnect, QStringLiteral("Subscription revoked"));
        QTRY_COMPARE_WITH_TIMEOUT(client.count("closed"), 1, 5000);
        QCOMPARE(client.count("reconnecting"), 1);
    }
};

QTEST_GUILESS_MAIN(TstSignalRInterop)
#include "tst_signalr_interop.moc"
