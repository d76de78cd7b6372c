// The gatekeeping WebSocket server the emulators share: the gatekeeper sees the request line and headers of the
// upgrade, a refusal is a plain HTTP answer with no WebSocket behind it, an accepted upgrade reaches connected(),
// subprotocols are negotiated, TLS works with the emulator's CA file, and an endless header is cut off.
#include "sim/emulator_tls_identity.h"
#include "sim/vetted_websocket_server.h"

#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace sb::sim;

namespace {

QUrl wsUrl(const VettedWebSocketServer &server, const QString &pathAndQuery, bool tls = false)
{
    return QUrl(QStringLiteral("%1://localhost:%2%3")
                    .arg(tls ? QStringLiteral("wss") : QStringLiteral("ws"))
                    .arg(server.port())
                    .arg(pathAndQuery));
}

} // namespace

class TestVettedWebSocketServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gatekeeperSeesTargetAndHeaders()
    {
        VettedWebSocketServer server(QStringLiteral("test"));
        UpgradeRequest seen;
        server.setGatekeeper([&seen](const UpgradeRequest &r) {
            seen = r;
            return UpgradeVerdict::accept();
        });
        QVERIFY(server.listen(QSslConfiguration()));
        QSignalSpy connected(&server, &VettedWebSocketServer::connected);
        QWebSocket client;
        QNetworkRequest request(wsUrl(server, QStringLiteral("/v1/hub?site_id=s1&x=%20y")));
        request.setRawHeader("Authorization", "Bearer abc");
        client.open(request);
        QTRY_COMPARE(connected.count(), 1);
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(seen.target.path(), QStringLiteral("/v1/hub"));
        QCOMPARE(seen.target.query(QUrl::FullyDecoded), QStringLiteral("site_id=s1&x= y"));
        QCOMPARE(seen.header("authorization"), QByteArray("Bearer abc"));
        QCOMPARE(seen.header("upgrade").toLower(), QByteArray("websocket"));
        QVERIFY(seen.header("no-such-header").isEmpty());

        // The accepted socket carries messages both ways.
        auto *serverSide = connected.first().at(0).value<QWebSocket *>();
        QVERIFY(serverSide);
        QSignalSpy received(serverSide, &QWebSocket::textMessageReceived);
        client.sendTextMessage(QStringLiteral("hello"));
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.first().at(0).toString(), QStringLiteral("hello"));
    }

    void refusalIsAnHttpAnswer()
    {
        VettedWebSocketServer server(QStringLiteral("test"));
        server.setGatekeeper([](const UpgradeRequest &) {
            return UpgradeVerdict::refuse(
                401, "Unauthorized", "token expired", "WWW-Authenticate: Bearer error=\"invalid_token\"\r\n");
        });
        QVERIFY(server.listen(QSslConfiguration()));
        QSignalSpy connected(&server, &VettedWebSocketServer::connected);
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(raw.waitForConnected(5000));
        raw.write("GET /x HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY((answer += raw.readAll()).contains("token expired"));
        QVERIFY(answer.startsWith("HTTP/1.1 401 Unauthorized\r\n"));
        QVERIFY(answer.contains("WWW-Authenticate: Bearer error=\"invalid_token\"\r\n"));
        QVERIFY(answer.contains("Content-Length: 13\r\n"));
        QTRY_COMPARE(raw.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(connected.count(), 0);
    }

    void refusedClientSeesTheStatus()
    {
        VettedWebSocketServer server(QStringLiteral("test"));
        server.setGatekeeper([](const UpgradeRequest &) { return UpgradeVerdict::refuse(403, "Forbidden"); });
        QVERIFY(server.listen(QSslConfiguration()));
        QWebSocket client;
        QSignalSpy errors(&client, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error));
        client.open(wsUrl(server, QStringLiteral("/")));
        QTRY_VERIFY(errors.count() >= 1);
        QVERIFY2(client.errorString().contains(QLatin1String("403")), qPrintable(client.errorString()));
    }

    void negotiatesSubprotocols()
    {
        VettedWebSocketServer server(QStringLiteral("test"));
        server.setSubprotocols({QStringLiteral("graphql-transport-ws")});
        QVERIFY(server.listen(QSslConfiguration()));
        QWebSocket client;
        QWebSocketHandshakeOptions options;
        options.setSubprotocols({QStringLiteral("graphql-transport-ws")});
        client.open(QNetworkRequest(wsUrl(server, QStringLiteral("/graphql"))), options);
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(client.subprotocol(), QStringLiteral("graphql-transport-ws"));
    }

    void servesTlsTrustedThroughTheCaFile()
    {
        EmulatorTlsIdentity identity;
        QVERIFY(identity.create(QStringLiteral("ca.pem")));
        VettedWebSocketServer server(QStringLiteral("test"));
        QVERIFY(server.listen(identity.serverConfiguration()));
        QSignalSpy connected(&server, &VettedWebSocketServer::connected);
        QWebSocket client;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(identity.caFile()));
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        client.setSslConfiguration(tls);
        client.open(wsUrl(server, QStringLiteral("/"), true));
        QTRY_COMPARE(connected.count(), 1);
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    }

    void endlessHeaderIsCutOff()
    {
        VettedWebSocketServer server(QStringLiteral("test"));
        int asked = 0;
        server.setGatekeeper([&asked](const UpgradeRequest &) {
            ++asked;
            return UpgradeVerdict::accept();
        });
        QVERIFY(server.listen(QSslConfiguration()));
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(raw.waitForConnected(5000));
        raw.write("GET / HTTP/1.1\r\nX-Padding: " + QByteArray(20000, 'a'));
        QTRY_COMPARE(raw.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(asked, 0);
    }

    void discardClosesAnOpenSocket()
    {
        VettedWebSocketServer server(QStringLiteral("test"));
        QVERIFY(server.listen(QSslConfiguration()));
        QSignalSpy connected(&server, &VettedWebSocketServer::connected);
        QWebSocket client;
        QSignalSpy disconnected(&client, &QWebSocket::disconnected);
        client.open(wsUrl(server, QStringLiteral("/")));
        QTRY_COMPARE(connected.count(), 1);
        VettedWebSocketServer::discard(connected.first().at(0).value<QWebSocket *>(), this);
        QTRY_COMPARE(disconnected.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestVettedWebSocketServer)
#include "tst_vetted_websocket_server.moc"
