// The graphql-transport-ws client state machine against a scripted server over loopback: handshake, ack timeout,
// ping/pong both ways, pong timeout with messages as proof of life, subscribe/next/error/complete, close codes,
// the graceful complete-then-server-close, a missing subprotocol, invalid messages and a refused upgrade.
#include "graphql_ws_test_decoder.h"
#include "net/graphqlws/graphql_ws_client.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace sb;

namespace {
// JSON written with single quotes (moc 6.4 mis-parses raw string literals holding double quotes).
QByteArray q(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}
} // namespace

namespace {

class ScriptedServer : public QObject
{
public:
    explicit ScriptedServer(bool offerSubprotocol = true)
        : server(QStringLiteral("scripted"), QWebSocketServer::NonSecureMode)
    {
        if (offerSubprotocol)
            server.setSupportedSubprotocols({QStringLiteral("graphql-transport-ws")});
        QObject::connect(&server, &QWebSocketServer::newConnection, this, [this] {
            socket = server.nextPendingConnection();
            socket->setParent(this); // the server hands over ownership
            QObject::connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
                const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
                received << m;
                const QString type = m.value(QStringLiteral("type")).toString();
                if (type == QLatin1String("connection_init") && autoAck)
                    send(QString::fromUtf8(q("{'type':'connection_ack'}")));
                else if (type == QLatin1String("ping") && autoPong)
                    send(QString::fromUtf8(q("{'type':'pong'}")));
                else if (type == QLatin1String("complete") && closeOnComplete)
                    socket->close(QWebSocketProtocol::CloseCodeNormal);
            });
        });
        server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/graphql").arg(server.serverPort())); }
    void send(const QString &text) { socket->sendTextMessage(text); }
    int count(const char *type) const
    {
        int n = 0;
        for (const QJsonObject &m : received)
            n += m.value(QStringLiteral("type")).toString() == QLatin1String(type);
        return n;
    }

    QWebSocketServer server;
    QWebSocket *socket = nullptr;
    QList<QJsonObject> received;
    bool autoAck = true;
    bool autoPong = true;
    bool closeOnComplete = true;
};

GraphqlWsClient::Options fast()
{
    GraphqlWsClient::Options o;
    o.ackTimeoutMs = 300;
    o.keepAliveMs = 40;
    o.pongTimeoutMs = 150;
    o.closeWaitMs = 300;
    return o;
}

QJsonObject subscription()
{
    QJsonObject p;
    p.insert(QStringLiteral("query"), QStringLiteral("subscription { newEvent { x } }"));
    return p;
}

// Every test drives one client and reads what it decoded and when it acknowledged or closed; the spies exist before
// open() so no early signal is missed.
struct WatchedClient
{
    explicit WatchedClient(const GraphqlWsClient::Options &options = fast())
        : client(options)
        , decoder(client)
        , acked(&client, &GraphqlWsClient::acknowledged)
        , closed(&client, &GraphqlWsClient::closed)
    { }
    GraphqlWsClient client;
    sb::test::GraphqlWsTestDecoder decoder;
    QSignalSpy acked;
    QSignalSpy closed;
};

} // namespace

class TstGraphqlWsClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handshakeSendsInitAndWaitsForAck()
    {
        ScriptedServer server;
        WatchedClient t;
        QJsonObject init;
        init.insert(QStringLiteral("Authorization"), QStringLiteral("Bearer abc"));
        t.client.open(server.url(), init);
        QCOMPARE(t.client.state(), GraphqlWsClient::State::Connecting);
        QTRY_COMPARE(t.acked.count(), 1);
        QCOMPARE(t.client.state(), GraphqlWsClient::State::Ready);
        QCOMPARE(server.received.first().value(QStringLiteral("type")).toString(), QStringLiteral("connection_init"));
        QCOMPARE(server.received.first().value(QStringLiteral("payload")).toObject(), init);
        QCOMPARE(server.socket->subprotocol(), QStringLiteral("graphql-transport-ws"));
    }

    void closesWith4504WhenNoAckComes()
    {
        ScriptedServer server;
        server.autoAck = false;
        WatchedClient t;
        t.client.open(server.url(), QJsonValue::Undefined);
        QTRY_COMPARE(t.closed.count(), 1);
        QCOMPARE(t.closed.first().at(0).toInt(), 4504);
        QCOMPARE(t.client.state(), GraphqlWsClient::State::Closed);
    }

    void answersServerPingAtOnce()
    {
        ScriptedServer server;
        GraphqlWsClient::Options o = fast();
        o.keepAliveMs = 60000;
        WatchedClient t(o);
        t.client.open(server.url(), QJsonValue::Undefined);
        QTRY_COMPARE(t.acked.count(), 1);
        server.send(QString::fromUtf8(q("{'type':'ping','payload':{'n':1}}")));
        QTRY_COMPARE(server.count("pong"), 1);
        QCOMPARE(t.client.pingsReceived(), 1);
        QCOMPARE(t.client.pongsSent(), 1);
    }

    void sendsKeepAlivePingsAndCountsPongs()
    {
        ScriptedServer server;
        WatchedClient t;
        t.client.open(server.url(), QJsonValue::Undefined);
        QTRY_VERIFY(server.count("ping") >= 4);
        QTRY_VERIFY(t.client.pongsReceived() >= 3);
        QCOMPARE(t.closed.count(), 0);
    }

    void terminatesWhenPongAndMessagesStop()
    {
        ScriptedServer server;
        server.autoPong = false;
        WatchedClient t;
        t.client.open(server.url(), QJsonValue::Undefined);
        QTRY_COMPARE(t.closed.count(), 1);
        QCOMPARE(t.closed.first().at(0).toInt(), 4499);
    }

    void messagesAreProofOfLifeWhilePongsAreDeferred()
    {
        ScriptedServer server;
        server.autoPong = false; // OHIP under backpressure defers pongs while a burst runs
        WatchedClient t;
        t.client.open(server.url(), QJsonValue::Undefined);
        QTRY_COMPARE(t.acked.count(), 1);
        QVERIFY(t.client.subscribe(QStringLiteral("s"), subscription()));
        QTimer burst;
        connect(&burst, &QTimer::timeout, &server,
            [&] { server.send(QString::fromUtf8(q("{'id':'s','type':'next','payload':{'data':{}}}"))); });
        burst.start(20);
        QTRY_VERIFY_WITH_TIMEOUT(t.decoder.nexts.size() >= 30, 5000); // 600 ms: four pong timeouts' worth
        QCOMPARE(t.closed.count(), 0);
        burst.stop();
        QTRY_COMPARE(t.closed.count(), 1);
        QCOMPARE(t.closed.first().at(0).toInt(), 4499);
    }

    void subscribeNextErrorComplete()
    {
        ScriptedServer server;
        WatchedClient t;
        QSignalSpy errors(&t.client, &GraphqlWsClient::operationError);
        QSignalSpy completed(&t.client, &GraphqlWsClient::completed);
        QVERIFY(!t.client.subscribe(QStringLiteral("early"), subscription())); // not before the ack
        t.client.open(server.url(), QJsonValue::Undefined);
        QTRY_COMPARE(t.acked.count(), 1);
        QVERIFY(t.client.subscribe(QStringLiteral("s1"), subscription()));
        QTRY_COMPARE(server.count("subscribe"), 1);
        server.send(QString::fromUtf8(q("{'id':'s1','type':'next','payload':{'data':{'v':42}}}")));
        QTRY_COMPARE(t.decoder.nexts.size(), 1);
        QCOMPARE(t.decoder.nexts.first().first, QStringLiteral("s1"));
        QCOMPARE(
            t.decoder.nexts.first().second.value(QStringLiteral("data")).toObject().value(QStringLiteral("v")).toInt(),
            42);
        server.send(QString::fromUtf8(q("{'id':'s2','type':'error','payload':[{'message':'Field x unknown'}]}")));
        QTRY_COMPARE(errors.count(), 1);
        server.send(QString::fromUtf8(q("{'id':'s1','type':'complete'}")));
        QTRY_COMPARE(completed.count(), 1);
        QCOMPARE(completed.first().at(0).toString(), QStringLiteral("s1"));
    }

    void reportsServerCloseCode()
    {
        ScriptedServer server;
        WatchedClient t;
        t.client.open(server.url(), QJsonValue::Undefined);
        QTRY_COMPARE(t.acked.count(), 1);
        server.socket->close(QWebSocketProtocol::CloseCode(4409), QStringLiteral("Subscriber for s already exists"));
        QTRY_COMPARE(t.closed.count(), 1);
        QCOMPARE(t.closed.first().at(0).toInt(), 4409);
        QCOMPARE(t.closed.first().at(1).toString(), QStringLiteral("Subscriber for s already exists"));
        QCOMPARE(t.closed.first().at(3).toBool(), false);
    }

    void reportsAbruptDropAs1006()
    {
        ScriptedServer server;
        WatchedClient t;
        t.client.open(server.url(), QJsonValue::Undefined);
        QTRY_COMPARE(t.acked.count(), 1);
        server.socket->abort();
        QTRY_COMPARE(t.closed.count(), 1);
        QCOMPARE(t.closed.first().at(0).toInt(), 1006);
    }

    void completeThenWaitsForTheServerToClose()
    {
        ScriptedServer server;
        WatchedClient t;
        t.client.open(server.url(), QJsonValue::Undefined);
        QTRY_COMPARE(t.acked.count(), 1);
        t.client.subscribe(QStringLiteral("s1"), subscription());
        t.client.completeAndAwaitClose(QStringLiteral("s1"));
        QCOMPARE(t.client.state(), GraphqlWsClient::State::Closing);
        QTRY_COMPARE(t.closed.count(), 1);
        QCOMPARE(server.count("complete"), 1);
        QCOMPARE(t.closed.first().at(0).toInt(), 1000);
        QCOMPARE(t.closed.first().at(3).toBool(), true);
    }

    void socketErrorAfterTheCloseFrameKeepsTheServersCode()
    {
        // Our reply to the server's close frame can meet a socket the server has already shut, and Qt then reports
        // an error after the close: the server's 1000 must not become 1006.
        ScriptedServer server;
        WatchedClient t;
        t.client.open(server.url(), QJsonValue::Undefined);
        QTRY_COMPARE(t.acked.count(), 1);
        QWebSocket *clientSocket = t.client.findChild<QWebSocket *>();
        QVERIFY(clientSocket);
        connect(clientSocket, &QWebSocket::aboutToClose, clientSocket,
            [clientSocket] { Q_EMIT clientSocket->error(QAbstractSocket::RemoteHostClosedError); });
        server.socket->close(QWebSocketProtocol::CloseCodeNormal);
        QTRY_COMPARE(t.closed.count(), 1);
        QCOMPARE(t.closed.first().at(0).toInt(), 1000);
    }

    void closesItselfWhenTheServerDoesNotAfterComplete()
    {
        ScriptedServer server;
        server.closeOnComplete = false;
        WatchedClient t;
        t.client.open(server.url(), QJsonValue::Undefined);
        QTRY_COMPARE(t.acked.count(), 1);
        t.client.completeAndAwaitClose(QStringLiteral("s1"));
        QTRY_COMPARE(t.closed.count(), 1);
        QCOMPARE(t.closed.first().at(3).toBool(), true);
    }

    void refusesServerWithoutSubprotocol()
    {
        ScriptedServer server(false);
        WatchedClient t;
        t.client.open(server.url(), QJsonValue::Undefined);
        QTRY_COMPARE(t.closed.count(), 1);
        QCOMPARE(t.closed.first().at(0).toInt(), 4406);
    }

    void closesWith4004OnInvalidMessage()
    {
        ScriptedServer server;
        WatchedClient t;
        QSignalSpy protocolErrors(&t.client, &GraphqlWsClient::protocolError);
        QSignalSpy closed(&t.client, &GraphqlWsClient::closed);
        t.client.open(server.url(), QJsonValue::Undefined);
        QTRY_COMPARE(t.acked.count(), 1);
        server.send(QString::fromUtf8(q("{'type':'next','payload':{}}"))); // no id
        QTRY_COMPARE(t.closed.count(), 1);
        QCOMPARE(protocolErrors.count(), 1);
        QCOMPARE(t.closed.first().at(0).toInt(), 4004);
    }

    void reportsRefusedUpgradeStatus()
    {
        QTcpServer http;
        QVERIFY(http.listen(QHostAddress::LocalHost, 0));
        connect(&http, &QTcpServer::newConnection, &http, [&http] {
            QTcpSocket *s = http.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                s->disconnectFromHost();
            });
        });
        WatchedClient t;
        t.client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/subscriptions?key=wrong").arg(http.serverPort())),
            QJsonValue::Undefined);
        QTRY_COMPARE(t.closed.count(), 1);
        QVERIFY2(t.closed.first().at(2).toInt() == 400, qPrintable(t.closed.first().at(1).toString()));
    }

    void connectionRefusedIsAbnormal()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        WatchedClient t;
        t.client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)), QJsonValue::Undefined);
        QTRY_COMPARE(t.closed.count(), 1);
        QCOMPARE(t.closed.first().at(0).toInt(), 1006);
        QCOMPARE(t.closed.first().at(2).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TstGraphqlWsClient)
#include "tst_graphql_ws_client.moc"
