// OmmSession against a scripted tr_json2 server on loopback: login, pong, login status, item status re-requests,
// OMM errors and the liveness deadline. Frames go through the real MrnFrameDecoder, whose control messages come back
// to the session as they do in the feed.
#include "callback_frame_sink.h"
#include "collecting_output.h"
#include "feeds/mrn/mrn_frame_decoder.h"
#include "feeds/mrn/omm_control.h"
#include "feeds/mrn/omm_session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace sb;

class ScriptedOmmServer : public QObject
{
    Q_OBJECT
public:
    ScriptedOmmServer()
    {
        m_server.setSupportedSubprotocols({QStringLiteral("tr_json2")});
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            client = m_server.nextPendingConnection();
            client->setParent(this); // the server hands over ownership
            connect(client, &QWebSocket::textMessageReceived, this,
                [this](const QString &m) { received << QJsonDocument::fromJson(m.toUtf8()).object(); });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/WebSocket").arg(m_server.serverPort())); }
    void send(const QString &frame) { client->sendTextMessage(frame); }
    QJsonObject last() const { return received.isEmpty() ? QJsonObject() : received.last(); }
    int countOf(const QString &key, const QJsonValue &value) const
    {
        int n = 0;
        for (const QJsonObject &o : received)
            n += o.value(key) == value;
        return n;
    }

    QWebSocket *client = nullptr;
    QList<QJsonObject> received;

private:
    QWebSocketServer m_server {QStringLiteral("omm"), QWebSocketServer::NonSecureMode};
};

class TestOmmSession : public QObject
{
    Q_OBJECT
private:
    struct Rig
    {
        explicit Rig(OmmSession::Options options = {})
            : session(options)
        {
            session.setFrameSink(&sink);
        }
        void loginAndOpen()
        {
            session.open(server.url(), QStringLiteral("tok"), QSslConfiguration());
            QTRY_VERIFY(server.client);
            QTRY_COMPARE(server.received.size(), 1);
            server.send(
                QStringLiteral("[{\"Domain\":\"Login\",\"Elements\":{\"MaxMsgSize\":61430,\"PingTimeout\":2},\"ID\":1,"
                               "\"State\":{\"Data\":\"Ok\",\"Stream\":\"Open\",\"Text\":\"Login accepted by host "
                               "x.\"},\"Type\":\"Refresh\"}]"));
        }
        ScriptedOmmServer server;
        MrnFrameDecoder decoder {QStringLiteral("mrn")};
        test::CallbackFrameSink sink {[this](RawFrame &&frame) {
            test::CollectingOutput out;
            decoder.decode(frame, out);
            for (const QVariant &c : out.controls)
                session.handleControl(c.value<OmmControl>());
        }};
        OmmSession session;
    };

private Q_SLOTS:
    void logsInWithTokenAndRequestsItems()
    {
        OmmSession::Options options;
        options.items = {QStringLiteral("MRN_STORY"), QStringLiteral("MRN_TRNA")};
        options.position = QStringLiteral("10.0.0.1/host");
        Rig rig(options);
        QSignalSpy loggedIn(&rig.session, &OmmSession::loggedIn);
        rig.loginAndOpen();
        const QJsonObject login = rig.server.received.first();
        QCOMPARE(login.value(QStringLiteral("Domain")).toString(), QStringLiteral("Login"));
        QCOMPARE(login.value(QStringLiteral("Key"))
                     .toObject()
                     .value(QStringLiteral("Elements"))
                     .toObject()
                     .value(QStringLiteral("AuthenticationToken"))
                     .toString(),
            QStringLiteral("tok"));
        QTRY_COMPARE(loggedIn.size(), 1);
        QCOMPARE(loggedIn.at(0).at(0).toString(), QStringLiteral("Login accepted by host x."));
        QTRY_COMPARE(rig.server.received.size(), 3);
        QCOMPARE(rig.server.received[1].value(QStringLiteral("ID")).toInt(), 2);
        QCOMPARE(
            rig.server.received[2].value(QStringLiteral("Key")).toObject().value(QStringLiteral("Name")).toString(),
            QStringLiteral("MRN_TRNA"));
        QCOMPARE(rig.session.pingTimeoutSec(), 2);
    }

    void answersPingWithPong()
    {
        Rig rig;
        rig.loginAndOpen();
        QTRY_VERIFY(rig.session.isLoggedIn());
        rig.server.send(QStringLiteral("[{\"Type\":\"Ping\"}]"));
        QTRY_COMPARE(rig.server.countOf(QStringLiteral("Type"), QStringLiteral("Pong")), 1);
        QCOMPARE(rig.session.pongsSent(), 1);
    }

    void loginClosedIsFinal_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<int>("reason");
        QTest::newRow("Closed") << QStringLiteral("Closed") << int(OmmSession::CloseReason::LoginRejected);
        QTest::newRow("ClosedRecover") << QStringLiteral("ClosedRecover")
                                       << int(OmmSession::CloseReason::LoginRecoverable);
    }
    void loginClosedIsFinal()
    {
        QFETCH(QString, stream);
        QFETCH(int, reason);
        Rig rig;
        QSignalSpy closed(&rig.session, &OmmSession::closed);
        rig.session.open(rig.server.url(), QStringLiteral("tok"), QSslConfiguration());
        QTRY_COMPARE(rig.server.received.size(), 1);
        rig.server.send(
            QStringLiteral("[{\"ID\":1,\"Type\":\"Status\",\"Domain\":\"Login\",\"State\":{\"Stream\":\"%1\",\"Data\":"
                           "\"Suspect\",\"Code\":\"UserUnknownToPermSys\",\"Text\":\"Login Rejected.\"}}]")
                .arg(stream));
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(int(closed.at(0).at(0).value<OmmSession::CloseReason>()), reason);
        QVERIFY(closed.at(0).at(1).toString().contains(QLatin1String("UserUnknownToPermSys")));
        QVERIFY(!rig.session.isOpen());
    }

    void itemStatusClosedIsRequestedAgain()
    {
        OmmSession::Options options;
        options.itemRetryMs = 10;
        Rig rig(options);
        QSignalSpy errors(&rig.session, &OmmSession::errorOccurred);
        rig.loginAndOpen();
        QTRY_COMPARE(rig.server.received.size(), 2);
        rig.server.send(
            QStringLiteral("[{\"ID\":2,\"Type\":\"Status\",\"Key\":{\"Name\":\"MRN_STORY\"},\"State\":{\"Stream\":"
                           "\"ClosedRecover\",\"Data\":\"Suspect\",\"Text\":\"Source unavailable\"}}]"));
        QTRY_COMPARE(rig.server.received.size(), 3);
        QCOMPARE(rig.server.last().value(QStringLiteral("Key")).toObject().value(QStringLiteral("Name")).toString(),
            QStringLiteral("MRN_STORY"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).value<FeedError>().code, QStringLiteral("item_closedrecover"));
    }

    void ommErrorIsSurfacedAndSessionContinues()
    {
        Rig rig;
        QSignalSpy errors(&rig.session, &OmmSession::errorOccurred);
        rig.loginAndOpen();
        QTRY_VERIFY(rig.session.isLoggedIn());
        rig.server.send(
            QStringLiteral("{\"ID\":0,\"Type\":\"Error\",\"Text\":\"JSON Converter Token Type "
                           "error\",\"Debug\":{\"Message\":\"{\\\"AuthenticationToken\\\":\\\"secret\\\"}\"}}"));
        QTRY_COMPARE(errors.size(), 1);
        const FeedError e = errors.at(0).at(0).value<FeedError>();
        QCOMPARE(e.code, QStringLiteral("omm_error"));
        QVERIFY(e.message.contains(QLatin1String("JSON Converter")));
        QVERIFY2(!e.message.contains(QLatin1String("secret")), qPrintable(e.message));
        QVERIFY(rig.session.isLoggedIn());
    }

    void silenceAfterLoginTimesOut()
    {
        Rig rig;
        QSignalSpy closed(&rig.session, &OmmSession::closed);
        rig.loginAndOpen(); // PingTimeout 2 s, and the server then says nothing
        QTRY_VERIFY(rig.session.isLoggedIn());
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
        QCOMPARE(closed.at(0).at(0).value<OmmSession::CloseReason>(), OmmSession::CloseReason::PingTimeout);
    }

    void connectFailureIsReported()
    {
        Rig rig;
        QSignalSpy closed(&rig.session, &OmmSession::closed);
        rig.session.open(
            QUrl(QStringLiteral("ws://127.0.0.1:1/WebSocket")), QStringLiteral("tok"), QSslConfiguration());
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(closed.at(0).at(0).value<OmmSession::CloseReason>(), OmmSession::CloseReason::ConnectFailed);
    }

    void userNameLoginWithoutToken()
    {
        OmmSession::Options options;
        options.userName = QStringLiteral("ads-user");
        Rig rig(options);
        rig.session.open(rig.server.url(), QString(), QSslConfiguration());
        QTRY_COMPARE(rig.server.received.size(), 1);
        QCOMPARE(rig.server.received.first()
                     .value(QStringLiteral("Key"))
                     .toObject()
                     .value(QStringLiteral("Name"))
                     .toString(),
            QStringLiteral("ads-user"));
    }
};

QTEST_GUILESS_MAIN(TestOmmSession)
#include "tst_omm_session.moc"
