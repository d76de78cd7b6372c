// Interop: the official AWS SDK for JavaScript v3 (@aws-sdk/client-sqs from npm, JSON protocol, SigV4 with a
// session token) against our SqsQueueServer over plain HTTP on loopback: SendMessage (MD5 checked by the SDK),
// GetQueueAttributes, ReceiveMessage, DeleteMessageBatch, a long poll woken by a new message, DeleteMessage, and a
// wrong secret refused with SignatureDoesNotMatch. Proves the emulator's SigV4 check and wire format match AWS's.
#include "codec/sigv4_signer.h"
#include "sim/alerts/sqs_queue_server.h"

#include "interop_peer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace sb;
using sb::sim::SqsQueueServer;

class TestSqsInterop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void awsSdkAgainstEmulator();

private:
    QJsonObject event(const QList<QJsonObject> &lines, const char *name) const
    {
        for (const QJsonObject &o : lines)
            if (o.value(QStringLiteral("event")).toString() == QLatin1String(name))
                return o;
        return {};
    }
};

void TestSqsInterop::awsSdkAgainstEmulator()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        SB_INTEROP_UNAVAILABLE(QStringLiteral("node is not installed"));
    const QString dir = QStringLiteral(SB_INTEROP_DIR);
    if (!QFileInfo::exists(dir + QStringLiteral("/node_modules/@aws-sdk/client-sqs")))
        SB_INTEROP_UNAVAILABLE(
            QStringLiteral("tests/interop/node_modules lacks @aws-sdk/client-sqs (run scripts/setup.sh)"));
    SB_REQUIRE_INTEROP_HOST();

    SqsQueueServer::Options options;
    options.tls = false; // the SDK is pointed at plain HTTP; TLS is covered by the integration test
    options.hostName = sb::test::interopHost(); // as the emulator hands it out, or ::1 as Node 18 takes it
    SqsQueueServer server(options);
    QVERIFY(server.start());
    const AwsCredentials credentials {QStringLiteral("ASIAINTEROP"), QStringLiteral("interop/secret+key"),
        QStringLiteral("IQoJb3JpZ2luX2VjEXAMPLE//token==")};
    server.addCredentials(credentials, QDateTime::currentDateTimeUtc().addSecs(3600));
    const QUrl queueUrl = server.createQueue(QStringLiteral("interop-alerts"));

    QProcess peer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), dir + QStringLiteral("/node_modules"));
    env.insert(QStringLiteral("NODE_NO_WARNINGS"), QStringLiteral("1")); // the SDK's node-version notice
    env.insert(QStringLiteral("SQS_QUEUE_URL"), queueUrl.toString());
    env.insert(QStringLiteral("SQS_ACCESS_KEY_ID"), credentials.accessKeyId);
    env.insert(QStringLiteral("SQS_SECRET_KEY"), credentials.secretKey);
    env.insert(QStringLiteral("SQS_SESSION_TOKEN"), credentials.sessionToken);
    // No ambient AWS configuration may leak into the SDK.
    for (const char *name : {"AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
             "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_SQS"})
        env.remove(QLatin1String(name));
    peer.setProcessEnvironment(env);
    peer.setWorkingDirectory(dir);
    peer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QList<QJsonObject> lines;
    connect(&peer, &QProcess::readyReadStandardOutput, &peer, [&] {
        while (peer.canReadLine())
            lines << QJsonDocument::fromJson(peer.readLine()).object();
    });
    // Enqueue only once the SDK's long poll waits on the server: the answer must come from the wake-up.
    QString lateId;
    connect(&server, &SqsQueueServer::pollWaiting, this, [&] {
        if (lateId.isEmpty())
            lateId = server.enqueue(QStringLiteral("interop-alerts"), "late alert");
    });
    peer.start(node, {QStringLiteral(SB_SQS_CLIENT_SCRIPT)});
    QVERIFY(peer.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(
        !event(lines, "done").isEmpty() || !event(lines, "fatal").isEmpty() || peer.state() == QProcess::NotRunning,
        40000);
    // The event loop must keep running while node winds down: the server lives on this thread.
    QTRY_COMPARE_WITH_TIMEOUT(peer.state(), QProcess::NotRunning, 10000);
    for (const QJsonObject &o : std::as_const(lines))
        qInfo("%s", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    QVERIFY2(event(lines, "fatal").isEmpty(),
        QJsonDocument(event(lines, "fatal")).toJson(QJsonDocument::Compact).constData());

    int sent = 0;
    for (const QJsonObject &o : lines) {
        if (o.value(QStringLiteral("event")).toString() == QLatin1String("sent")) {
            ++sent;
            QVERIFY(!o.value(QStringLiteral("id")).toString().isEmpty());
        }
    }
    QCOMPARE(sent, 3);
    QCOMPARE(event(lines, "attributes").value(QStringLiteral("visible")).toInt(), 3);
    const QJsonArray bodies = event(lines, "received").value(QStringLiteral("bodies")).toArray();
    QCOMPARE(bodies.size(), 3);
    QCOMPARE(bodies[1].toString(), QStringLiteral("beta with spaces & <xml>"));
    QCOMPARE(bodies[2].toString(), QStringLiteral("gamma \u2713 unicode"));
    QCOMPARE(event(lines, "received").value(QStringLiteral("receiveCounts")).toArray()[0].toInt(), 1);
    QCOMPARE(event(lines, "deleted").value(QStringLiteral("successful")).toInt(), 3);
    QCOMPARE(event(lines, "deleted").value(QStringLiteral("failed")).toInt(), 0);
    const QJsonObject longPoll = event(lines, "long-poll");
    QCOMPARE(longPoll.value(QStringLiteral("bodies")).toArray().first().toString(), QStringLiteral("late alert"));
    QVERIFY(longPoll.value(QStringLiteral("ms")).toInt() < 15000);
    QVERIFY(!event(lines, "deleted-one").isEmpty());
    QCOMPARE(event(lines, "error").value(QStringLiteral("name")).toString(), QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(event(lines, "error").value(QStringLiteral("status")).toInt(), 403);

    QCOMPARE(server.sendRequests(), 3);
    QCOMPARE(server.messagesDeleted(), 4);
    QCOMPARE(server.queueSize(QStringLiteral("interop-alerts")), 0);
    QCOMPARE(server.authFailures(), 1);
    QCOMPARE(server.lastProtocol(), QStringLiteral("json"));
}

QTEST_GUILESS_MAIN(TestSqsInterop)
#include "tst_sqs_interop.moc"
