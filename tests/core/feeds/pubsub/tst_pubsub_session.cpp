// PubSubSession against a loopback WebSocket server: frames reach the sink unparsed (text and binary), text goes
// out only while connected, WebSocket pings are answered, the server's close comes with its code and reason, and
// the owner's close() is silent.
#include "callback_frame_sink.h"
#include "feeds/pubsub/pubsub_session.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace sb;

class TestPubSubSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<QWebSocketServer>(QStringLiteral("peer"), QWebSocketServer::NonSecureMode);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
        connect(m_server.get(), &QWebSocketServer::newConnection, this, [this] {
            m_peer = m_server->nextPendingConnection();
            m_peer->setParent(m_server.get()); // ours to delete: with the server, in cleanup()
            connect(m_peer, &QWebSocket::textMessageReceived, this, [this](const QString &t) { m_fromClient << t; });
        });
        m_frames.clear();
        m_fromClient.clear();
        m_peer = nullptr;
    }
    void cleanup() { m_server.reset(); }

    void movesFramesUnparsedAndSends()
    {
        test::CallbackFrameSink sink([this](RawFrame &&f) { m_frames.append(std::move(f)); });
        PubSubSession session;
        session.setFrameSink(&sink);
        QSignalSpy connected(&session, &PubSubSession::connected);
        QVERIFY(!session.sendText("early"));
        session.open(url(), QSslConfiguration());
        QVERIFY(session.isActive());
        QVERIFY(connected.wait(5000));
        QTRY_VERIFY(m_peer);
        m_peer->sendTextMessage(QStringLiteral("{not json at all"));
        m_peer->sendBinaryMessage(QByteArray("\x01\x02", 2));
        QTRY_COMPARE(m_frames.size(), 2);
        QCOMPARE(m_frames[0].kind, RawFrame::Kind::Text);
        QCOMPARE(m_frames[0].text, QStringLiteral("{not json at all"));
        QCOMPARE(m_frames[1].kind, RawFrame::Kind::Binary);
        QCOMPARE(m_frames[1].binary, QByteArray("\x01\x02", 2));
        QVERIFY(session.sendText("{\"type\":\"ping\"}"));
        QTRY_COMPARE(m_fromClient, QStringList {QStringLiteral("{\"type\":\"ping\"}")});
    }

    void pingsAreAnswered()
    {
        PubSubSession session;
        PubSubSession::Options options;
        options.pingIntervalMs = 20;
        session.setOptions(options);
        session.open(url(), QSslConfiguration());
        QTRY_VERIFY(session.pongsReceived() >= 2);
        QVERIFY(session.isConnected());
    }

    void serverCloseIsReportedWithCodeAndReason()
    {
        PubSubSession session;
        QSignalSpy closed(&session, &PubSubSession::closed);
        session.open(url(), QSslConfiguration());
        QTRY_VERIFY(m_peer && session.isConnected());
        m_peer->close(QWebSocketProtocol::CloseCode(4001), QStringLiteral("forbidden topic"));
        QVERIFY(closed.wait(5000));
        const auto close = closed.first().at(0).value<PubSubSession::Close>();
        QCOMPARE(close.code, 4001);
        QCOMPARE(close.reason, QStringLiteral("forbidden topic"));
        QCOMPARE(close.httpStatus, 0);
        QVERIFY(!session.isActive());
    }

    void refusedConnectionIsReportedAsLost()
    {
        const quint16 port = m_server->serverPort();
        m_server.reset(); // nobody listens there any more
        PubSubSession session;
        QSignalSpy closed(&session, &PubSubSession::closed);
        session.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/apps/a").arg(port)), QSslConfiguration());
        QVERIFY(closed.wait(5000));
        QCOMPARE(closed.first().at(0).value<PubSubSession::Close>().code, 1006);
        QVERIFY(!closed.first().at(0).value<PubSubSession::Close>().socketError.isEmpty());
    }

    void ownersCloseIsSilent()
    {
        PubSubSession session;
        QSignalSpy closed(&session, &PubSubSession::closed);
        session.open(url(), QSslConfiguration());
        QTRY_VERIFY(m_peer && session.isConnected());
        QSignalSpy peerGone(m_peer, &QWebSocket::disconnected);
        session.close();
        QVERIFY(!session.isActive());
        QVERIFY(peerGone.wait(5000));
        QCOMPARE(closed.count(), 0);
    }

private:
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/apps/a").arg(m_server->serverPort())); }

    std::unique_ptr<QWebSocketServer> m_server;
    QWebSocket *m_peer = nullptr;
    QVector<RawFrame> m_frames;
    QStringList m_fromClient;
};

QTEST_GUILESS_MAIN(TestPubSubSession)
#include "tst_pubsub_session.moc"
