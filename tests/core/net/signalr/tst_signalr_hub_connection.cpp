// The SignalR hub connection against a scripted hub over loopback: the handshake (with messages in the same frame),
// its timeout and refusal, records split across frames, the client's Ping when idle, the server timeout, the
// server's Close with and without allowReconnect (also when the socket ends right after it), a malformed record that
// is skipped, our own close, and a refused upgrade.
#include "net/signalr/signalr_hub_connection.h"
#include "signalr_test_parser.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace sb;

namespace {

QByteArray q(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

class ScriptedHub : public QObject
{
public:
    ScriptedHub()
        : server(QStringLiteral("scripted-hub"), QWebSocketServer::NonSecureMode)
    {
        QObject::connect(&server, &QWebSocketServer::newConnection, this, [this] {
            socket = server.nextPendingConnection();
            socket->setParent(this); // the server hands over ownership
            authorization = socket->request().rawHeader("Authorization");
            QObject::connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
                received += text.toUtf8();
                if (!handshakeSeen && received.contains('\x1e')) {
                    handshakeSeen = true;
                    if (!handshakeAnswer.isEmpty())
                        send(handshakeAnswer);
                }
            });
        });
        server.listen(QHostAddress::LocalHost, 0);
    }
    QNetworkRequest request() const
    {
        QNetworkRequest r(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/hub/entries?site_id=s1").arg(server.serverPort())));
        r.setRawHeader("Authorization", "Bearer t0k3n");
        return r;
    }
    void send(const QByteArray &bytes) { socket->sendTextMessage(QString::fromUtf8(bytes)); }
    int count(const char *needle) const { return int(received.count(needle)); }

    QWebSocketServer server;
    QWebSocket *socket = nullptr;
    QByteArray received;
    QByteArray authorization;
    QByteArray handshakeAnswer = QByteArray("{}\x1e");
    bool handshakeSeen = false;
};

SignalRHubConnection::Options fast()
{
    SignalRHubConnection::Options o;
    o.handshakeTimeoutMs = 300;
    o.keepAliveMs = 60000;
    o.serverTimeoutMs = 60000;
    return o;
}

// Most tests drive one connection and wait for its handshake or its close; the spies exist before open() so no early
// signal is missed.
struct WatchedConnection
{
    explicit WatchedConnection(const SignalRHubConnection::Options &options = fast())
        : connection(options)
        , done(&connection, &SignalRHubConnection::handshakeCompleted)
        , closed(&connection, &SignalRHubConnection::closed)
    { }
    SignalRHubConnection connection;
    QSignalSpy done;
    QSignalSpy closed;
};

SignalRCloseInfo closeInfo(const QSignalSpy &spy)
{
    return spy.first().at(0).value<SignalRCloseInfo>();
}

} // namespace

class TstSignalRHubConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreThoseOfTheOfficialClients()
    {
        // HubProtocol.md and the clients' configuration docs: 15 s handshake, 15 s keep-alive, 30 s server timeout.
        const SignalRHubConnection connection;
        QCOMPARE(connection.options().handshakeTimeoutMs, 15000);
        QCOMPARE(connection.options().keepAliveMs, 15000);
        QCOMPARE(connection.options().serverTimeoutMs, 30000);
    }

    void handshakeThenMessagesInTheSameFrame()
    {
        ScriptedHub hub;
        hub.handshakeAnswer = q("{}\x1e{'type':1,'target':'ReceiveMessage','arguments':['a']}\x1e");
        WatchedConnection t;
        test::SignalRTestParser parser(t.connection);
        t.connection.open(hub.request());
        QCOMPARE(t.connection.state(), SignalRHubConnection::State::Connecting);
        QTRY_COMPARE(t.done.count(), 1);
        QCOMPARE(t.connection.state(), SignalRHubConnection::State::Connected);
        QCOMPARE(hub.received, QByteArray("{\"protocol\":\"json\",\"version\":1}\x1e"));
        QCOMPARE(hub.authorization, QByteArray("Bearer t0k3n"));
        QTRY_COMPARE(parser.messages.size(), 1);
        QCOMPARE(parser.messages.first().target, QStringLiteral("ReceiveMessage"));
        QCOMPARE(parser.records.first(), q("{'type':1,'target':'ReceiveMessage','arguments':['a']}"));
        QCOMPARE(parser.contexts.first(), QStringLiteral("entries"));
        QCOMPARE(parser.channels.first(), 7);
    }

    void recordsSplitAcrossFrames()
    {
        ScriptedHub hub;
        WatchedConnection t;
        test::SignalRTestParser parser(t.connection);
        t.connection.open(hub.request());
        QTRY_COMPARE(t.done.count(), 1);
        hub.send(q("{'type':1,'target':'Rece"));
        hub.send(q("iveMessage','arguments':[1]}\x1e{'type':1,'target':'ReceiveMessage',"));
        hub.send(q("'arguments':[2]}\x1e"));
        QTRY_COMPARE(parser.messages.size(), 2);
        QCOMPARE(parser.messages.at(1).arguments.at(0).toInt(), 2);
    }

    void handshakeTimeout()
    {
        ScriptedHub hub;
        hub.handshakeAnswer.clear();
        WatchedConnection t;
        t.connection.open(hub.request());
        QTRY_COMPARE(t.closed.count(), 1);
        QVERIFY(closeInfo(t.closed).timedOut);
        QVERIFY(closeInfo(t.closed).reason.contains(QLatin1String("handshake")));
    }

    void handshakeRefused()
    {
        ScriptedHub hub;
        hub.handshakeAnswer = q("{'error':'Requested protocol is not available.'}\x1e");
        WatchedConnection t;
        t.connection.open(hub.request());
        QTRY_COMPARE(t.closed.count(), 1);
        QVERIFY(closeInfo(t.closed).handshakeRefused);
        QCOMPARE(closeInfo(t.closed).reason, QStringLiteral("Requested protocol is not available."));
    }

    void handshakeAnswerThatIsAMessage()
    {
        ScriptedHub hub;
        hub.handshakeAnswer = q("{'type':6}\x1e");
        WatchedConnection t;
        QSignalSpy errors(&t.connection, &SignalRHubConnection::protocolError);
        t.connection.open(hub.request());
        QTRY_COMPARE(t.closed.count(), 1);
        QCOMPARE(errors.count(), 1);
    }

    void pingsWhenIdle()
    {
        ScriptedHub hub;
        SignalRHubConnection::Options o = fast();
        o.keepAliveMs = 50;
        WatchedConnection t(o);
        t.connection.open(hub.request());
        QTRY_COMPARE(t.done.count(), 1);
        QTRY_VERIFY(hub.count("{\"type\":6}\x1e") >= 2);
        QVERIFY(t.connection.pingsSent() >= 2);
        QVERIFY(t.connection.isConnected());
    }

    void serverTimeoutCloses()
    {
        ScriptedHub hub;
        SignalRHubConnection::Options o = fast();
        o.serverTimeoutMs = 500;
        WatchedConnection t(o);
        t.connection.open(hub.request());
        QTRY_COMPARE(t.done.count(), 1);
        // Server pings every 100 ms keep it alive past the 500 ms timeout...
        QTimer serverPings;
        connect(&serverPings, &QTimer::timeout, &hub, [&hub] { hub.send(q("{'type':6}\x1e")); });
        serverPings.start(100);
        QElapsedTimer alive;
        alive.start();
        QTRY_VERIFY_WITH_TIMEOUT(t.connection.pingsReceived() >= 8, 10000);
        QVERIFY(alive.elapsed() > o.serverTimeoutMs);
        QCOMPARE(t.closed.count(), 0);
        // ...silence ends it.
        serverPings.stop();
        QTRY_COMPARE(t.closed.count(), 1);
        QVERIFY(closeInfo(t.closed).timedOut);
        QVERIFY(closeInfo(t.closed).reason.contains(QLatin1String("server timeout")));
    }

    void serverCloseWithAllowReconnect_data()
    {
        QTest::addColumn<QByteArray>("close");
        QTest::addColumn<bool>("allow");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("dropAtOnce");
        QTest::newRow("reconnect") << q("{'type':7,'error':'Server restarting','allowReconnect':true}\x1e") << true
                                   << QStringLiteral("Server restarting") << false;
        QTest::newRow("stop") << q("{'type':7,'error':'Forbidden'}\x1e") << false << QStringLiteral("Forbidden")
                              << false;
        QTest::newRow("plain") << q("{'type':7}\x1e") << false << QString() << false;
        QTest::newRow("then dropped") << q("{'type':7,'error':'Forbidden'}\x1e") << false << QStringLiteral("Forbidden")
                                      << true;
    }

    void serverCloseWithAllowReconnect()
    {
        QFETCH(QByteArray, close);
        QFETCH(bool, allow);
        QFETCH(QString, error);
        ScriptedHub hub;
        QFETCH(bool, dropAtOnce);
        WatchedConnection t;
        test::SignalRTestParser parser(t.connection);
        t.connection.open(hub.request());
        QTRY_COMPARE(t.done.count(), 1);
        hub.send(close);
        if (dropAtOnce) {
            // The socket ends before the record is parsed: closed() still waits for it.
            hub.socket->flush();
            hub.socket->abort();
        }
        QTRY_COMPARE(t.closed.count(), 1);
        const SignalRCloseInfo info = closeInfo(t.closed);
        QVERIFY(info.serverSentClose);
        QCOMPARE(info.allowReconnect, allow);
        QCOMPARE(info.serverError, error);
        QVERIFY(!info.weClosed);
        QVERIFY(!info.describe().isEmpty());
    }

    void malformedRecordIsSkipped()
    {
        ScriptedHub hub;
        WatchedConnection t;
        test::SignalRTestParser parser(t.connection);
        QSignalSpy errors(&t.connection, &SignalRHubConnection::protocolError);
        t.connection.open(hub.request());
        QTRY_COMPARE(t.done.count(), 1);
        hub.send(
            q("{not json\x1e{'type':99}\x1e{'type':8,'sequenceId':1}\x1e{'type':1,'target':'T','arguments':[]}\x1e"));
        QTRY_COMPARE(parser.messages.size(), 2); // Ack tolerated and passed on, then the invocation
        QCOMPARE(parser.errors.size(), 2);
        QVERIFY(parser.errors.at(1).contains(QLatin1String("unknown message type 99")));
        QCOMPARE(errors.count(), 0); // the connection parses nothing itself
        QVERIFY(t.connection.isConnected());
    }

    void ourCloseSendsCloseMessage()
    {
        ScriptedHub hub;
        WatchedConnection t;
        t.connection.open(hub.request());
        QTRY_COMPARE(t.done.count(), 1);
        t.connection.close();
        QTRY_COMPARE(t.closed.count(), 1);
        QVERIFY(closeInfo(t.closed).weClosed);
        QTRY_COMPARE(hub.count("{\"type\":7}\x1e"), 1);
    }

    void abruptDropIs1006()
    {
        ScriptedHub hub;
        WatchedConnection t;
        t.connection.open(hub.request());
        QTRY_COMPARE(t.done.count(), 1);
        hub.socket->abort();
        QTRY_COMPARE(t.closed.count(), 1);
        QCOMPARE(closeInfo(t.closed).closeCode, 1006);
    }

    void socketErrorAfterTheCloseFrameKeepsTheServersCode()
    {
        // Our reply to the server's close frame can meet a socket the server has already shut, and Qt then reports
        // an error after the close: the server's code must not become 1006.
        ScriptedHub hub;
        WatchedConnection t;
        t.connection.open(hub.request());
        QTRY_COMPARE(t.done.count(), 1);
        QWebSocket *clientSocket = t.connection.findChild<QWebSocket *>();
        QVERIFY(clientSocket);
        connect(clientSocket, &QWebSocket::aboutToClose, clientSocket,
            [clientSocket] { Q_EMIT clientSocket->error(QAbstractSocket::RemoteHostClosedError); });
        hub.socket->close(QWebSocketProtocol::CloseCodeNormal);
        QTRY_COMPARE(t.closed.count(), 1);
        QCOMPARE(closeInfo(t.closed).closeCode, 1000);
    }

    void refusedUpgradeReportsStatus()
    {
        QTcpServer http;
        QVERIFY(http.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&http, &QTcpServer::newConnection, &http, [&http] {
            QTcpSocket *s = http.nextPendingConnection();
            s->setParent(&http);
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
                if (!s->readAll().contains("\r\n\r\n"))
                    return;
                s->write("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                s->disconnectFromHost();
            });
        });
        WatchedConnection t;
        t.connection.open(
            QNetworkRequest(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/hub/entries").arg(http.serverPort()))));
        QTRY_COMPARE(t.closed.count(), 1);
        QCOMPARE(closeInfo(t.closed).httpStatus, 401);
    }
};

QTEST_GUILESS_MAIN(TstSignalRHubConnection)
#include "tst_signalr_hub_connection.moc"
