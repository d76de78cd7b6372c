// SqsQueueServer's ChangeMessageVisibility and ChangeMessageVisibilityBatch over loopback, in both protocols, with
// requests built and signed the way the client does: a release makes an in-flight message visible at once and wakes
// a waiting long poll; unknown or stale handles fail as SQS fails them; unsigned callers change nothing. The delete
// fault switches: a held delete, a stale handle rejected, a batch answer in reverse.
#include "net/sqs/sqs_request_builder.h"
#include "net/sqs/sqs_response_parser.h"
#include "sim/alerts/sqs_queue_server.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

using namespace sb;
using sb::sim::SqsFault;
using sb::sim::SqsQueueServer;

namespace {

const AwsCredentials kCredentials {QStringLiteral("ASIAEMULATOR1"), QStringLiteral("emulator/secret+key"),
    QStringLiteral("FwoGZXIvYXdzEXAMPLEtoken==")};
const QString kQueue = QStringLiteral("alerts-visibility");

struct Answer
{
    int status = 0;
    QByteArray body;
};

} // namespace

class TestSqsQueueServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void releaseWakesALongPoll_data();
    void releaseWakesALongPoll();
    void batchChangesValidEntriesAndFailsTheRest_data();
    void batchChangesValidEntriesAndFailsTheRest();
    void staleHandleIsInvalid();
    void wrongSignatureChangesNothing();
    void emptyBatchIsRefused();
    void heldDeleteIsAppliedWhenReleased();
    void staleDeleteHandleSucceedsOrIsRejected();
    void batchAnswerCanComeInReverse();

private:
    QNetworkReply *post(const SigV4Request &unsignedRequest, const AwsCredentials &credentials = kCredentials);
    Answer call(const SigV4Request &unsignedRequest, const AwsCredentials &credentials = kCredentials);
    QVector<SqsMessage> receive(SqsProtocol protocol, int max);
    // Enqueues one message and receives it twice, releasing it between: the second receipt makes the first stale.
    void receiveTwice(QVector<SqsMessage> &first, QVector<SqsMessage> &second);

    std::unique_ptr<SqsQueueServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QUrl m_queueUrl;
};

void TestSqsQueueServer::init()
{
    SqsQueueServer::Options options;
    options.tls = false; // TLS is the client integration test's business; here the calls themselves
    options.visibilityTimeoutSeconds = 30;
    m_server = std::make_unique<SqsQueueServer>(options);
    QVERIFY(m_server->start());
    m_server->addCredentials(kCredentials, QDateTime::currentDateTimeUtc().addSecs(3600));
    m_queueUrl = m_server->createQueue(kQueue);
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestSqsQueueServer::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

QNetworkReply *TestSqsQueueServer::post(const SigV4Request &unsignedRequest, const AwsCredentials &credentials)
{
    SigV4Request r = unsignedRequest;
    SigV4Signer(credentials, QStringLiteral("us-east-1"), QStringLiteral("sqs"))
        .sign(r, QDateTime::currentDateTimeUtc());
    QNetworkRequest request(r.url);
    for (const auto &h : r.headers)
        request.setRawHeader(h.first, h.second);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return m_nam->post(request, r.body);
}

Answer TestSqsQueueServer::call(const SigV4Request &unsignedRequest, const AwsCredentials &credentials)
{
    QNetworkReply *reply = post(unsignedRequest, credentials);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return {};
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

QVector<SqsMessage> TestSqsQueueServer::receive(SqsProtocol protocol, int max)
{
    const Answer a = call(SqsRequestBuilder::receiveMessage(protocol, m_queueUrl, {max, 0, -1}));
    QVector<SqsMessage> messages;
    if (a.status != 200 || !SqsResponseParser::parseReceive(a.body, messages))
        return {};
    return messages;
}

void TestSqsQueueServer::releaseWakesALongPoll_data()
{
    QTest::addColumn<SqsProtocol>("protocol");
    QTest::addColumn<bool>("batch");
    QTest::newRow("json single") << SqsProtocol::Json << false;
    QTest::newRow("json batch") << SqsProtocol::Json << true;
    QTest::newRow("query single") << SqsProtocol::Query << false;
    QTest::newRow("query batch") << SqsProtocol::Query << true;
}

void TestSqsQueueServer::releaseWakesALongPoll()
{
    QFETCH(SqsProtocol, protocol);
    QFETCH(bool, batch);
    const QString id = m_server->enqueue(kQueue, "alert-body");
    const QVector<SqsMessage> first = receive(protocol, 1);
    QCOMPARE(first.size(), 1);
    QCOMPARE(m_server->inFlightCount(kQueue), 1);

    // A long poll waits: the only message is in flight for another 30 s.
    QSignalSpy waiting(m_server.get(), &SqsQueueServer::pollWaiting);
    QNetworkReply *poll = post(SqsRequestBuilder::receiveMessage(protocol, m_queueUrl, {1, 20, -1}));
    QVERIFY(waiting.wait(5000));
    QCOMPARE(m_server->waitingPolls(), 1);

    QSignalSpy changed(m_server.get(), &SqsQueueServer::visibilityChanged);
    QElapsedTimer clock;
    clock.start();
    const SigV4Request release = batch
        ? SqsRequestBuilder::changeMessageVisibilityBatch(
            protocol, m_queueUrl, {{first[0].receiptHandle, 0, first[0].messageId}})
        : SqsRequestBuilder::changeMessageVisibility(protocol, m_queueUrl, first[0].receiptHandle, 0);
    const Answer a = call(release);
    QCOMPARE(a.status, 200);
    QCOMPARE(
        m_server->lastProtocol(), protocol == SqsProtocol::Json ? QStringLiteral("json") : QStringLiteral("query"));
    if (batch) {
        SqsResponseParser::VisibilityBatch parsed;
        QString error;
        QVERIFY2(SqsResponseParser::parseChangeVisibilityBatch(a.body, parsed, &error), qPrintable(error));
        QCOMPARE(parsed.successfulIds, QStringList {QStringLiteral("m0")});
        QVERIFY(parsed.failed.isEmpty());
    } else if (protocol == SqsProtocol::Query) {
        QVERIFY(a.body.contains("<ChangeMessageVisibilityResponse"));
    }
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toString(), kQueue);
    QCOMPARE(changed.first().at(1).toString(), id);
    QCOMPARE(changed.first().at(2).toInt(), 0);
    QCOMPARE(m_server->visibilityRequests(), 1);
    QCOMPARE(m_server->visibilityChanges(), 1);

    // The waiting poll answers with the released message at once, not after the 30 s timeout or its 20 s wait.
    QSignalSpy polled(poll, &QNetworkReply::finished);
    QVERIFY(poll->isFinished() || polled.wait(5000));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVector<SqsMessage> again;
    QVERIFY(SqsResponseParser::parseReceive(poll->readAll(), again));
    poll->deleteLater();
    QCOMPARE(again.size(), 1);
    QCOMPARE(again[0].messageId, id);
    QCOMPARE(again[0].receiveCount(), 2);
    QVERIFY(again[0].receiptHandle != first[0].receiptHandle);
    QCOMPARE(m_server->queueSize(kQueue), 1); // released, not deleted
}

void TestSqsQueueServer::batchChangesValidEntriesAndFailsTheRest_data()
{
    QTest::addColumn<SqsProtocol>("protocol");
    QTest::newRow("json") << SqsProtocol::Json;
    QTest::newRow("query") << SqsProtocol::Query;
}

void TestSqsQueueServer::batchChangesValidEntriesAndFailsTheRest()
{
    QFETCH(SqsProtocol, protocol);
    m_server->enqueue(kQueue, "one");
    m_server->enqueue(kQueue, "two");
    m_server->enqueue(kQueue, "three");
    const QVector<SqsMessage> got = receive(protocol, 3);
    QCOMPARE(got.size(), 3);
    // Released, unknown, kept longer, out of range: SQS answers 200 and fails entries one by one.
    const Answer a = call(SqsRequestBuilder::changeMessageVisibilityBatch(protocol, m_queueUrl,
        {{got[0].receiptHandle, 0, {}}, {QStringLiteral("bm90LWEtaGFuZGxl"), 0, {}}, {got[1].receiptHandle, 600, {}},
            {got[2].receiptHandle, 43201, {}}}));
    QCOMPARE(a.status, 200);
    SqsResponseParser::VisibilityBatch parsed;
    QString error;
    QVERIFY2(SqsResponseParser::parseChangeVisibilityBatch(a.body, parsed, &error), qPrintable(error));
    QCOMPARE(parsed.successfulIds, QStringList({QStringLiteral("m0"), QStringLiteral("m2")}));
    QCOMPARE(parsed.failed.size(), 2);
    QCOMPARE(parsed.failed[0].id, QStringLiteral("m1"));
    QCOMPARE(parsed.failed[0].code, QStringLiteral("ReceiptHandleIsInvalid"));
    QVERIFY(parsed.failed[0].senderFault);
    QCOMPARE(parsed.failed[1].id, QStringLiteral("m3"));
    QCOMPARE(parsed.failed[1].code, QStringLiteral("InvalidParameterValue"));
    QCOMPARE(m_server->visibilityChanges(), 2);
    QCOMPARE(m_server->visibleCount(kQueue), 1); // only the released one
    QCOMPARE(m_server->inFlightCount(kQueue), 2);
    // Released already (visible, not in flight): SQS's MessageNotInflight.
    const Answer twice
        = call(SqsRequestBuilder::changeMessageVisibilityBatch(protocol, m_queueUrl, {{got[0].receiptHandle, 0, {}}}));
    QVERIFY(SqsResponseParser::parseChangeVisibilityBatch(twice.body, parsed));
    QCOMPARE(parsed.failed.size(), 1);
    QCOMPARE(parsed.failed[0].code, QStringLiteral("AWS.SimpleQueueService.MessageNotInflight"));
}

void TestSqsQueueServer::receiveTwice(QVector<SqsMessage> &first, QVector<SqsMessage> &second)
{
    m_server->enqueue(kQueue, "a");
    first = receive(SqsProtocol::Json, 1);
    QCOMPARE(first.size(), 1);
    QCOMPARE(call(SqsRequestBuilder::changeMessageVisibility(SqsProtocol::Json, m_queueUrl, first[0].receiptHandle, 0))
                 .status,
        200);
    second = receive(SqsProtocol::Json, 1);
    QCOMPARE(second.size(), 1);
}

void TestSqsQueueServer::staleHandleIsInvalid()
{
    QVector<SqsMessage> first, second;
    receiveTwice(first, second);
    if (QTest::currentTestFailed())
        return;
    // The first receipt no longer owns the message: a single call fails as a whole.
    for (const SqsProtocol protocol : {SqsProtocol::Json, SqsProtocol::Query}) {
        const Answer a
            = call(SqsRequestBuilder::changeMessageVisibility(protocol, m_queueUrl, first[0].receiptHandle, 0));
        QCOMPARE(a.status, 400);
        QVERIFY2(a.body.contains("ReceiptHandleIsInvalid"), a.body.constData());
    }
    QCOMPARE(m_server->inFlightCount(kQueue), 1);
    QCOMPARE(m_server->visibilityChanges(), 1);
    // Without the parameter the call is refused before any queue is touched.
    const Answer missing = call(SqsRequestBuilder::changeMessageVisibility(SqsProtocol::Json, m_queueUrl, {}, 0));
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.body.contains("MissingParameter"));
}

void TestSqsQueueServer::wrongSignatureChangesNothing()
{
    m_server->enqueue(kQueue, "a");
    const QVector<SqsMessage> got = receive(SqsProtocol::Json, 1);
    QCOMPARE(got.size(), 1);
    AwsCredentials wrong = kCredentials;
    wrong.secretKey = QStringLiteral("not-the-secret");
    for (const SqsProtocol protocol : {SqsProtocol::Json, SqsProtocol::Query}) {
        const Answer single
            = call(SqsRequestBuilder::changeMessageVisibility(protocol, m_queueUrl, got[0].receiptHandle, 0), wrong);
        QCOMPARE(single.status, 403);
        const Answer batch = call(
            SqsRequestBuilder::changeMessageVisibilityBatch(protocol, m_queueUrl, {{got[0].receiptHandle, 0, {}}}),
            wrong);
        QCOMPARE(batch.status, 403);
        QVERIFY2(batch.body.contains("SignatureDoesNotMatch") || batch.body.contains("InvalidSignature"),
            batch.body.constData());
    }
    QCOMPARE(m_server->lastAuthError(), QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(m_server->visibilityChanges(), 0);
    QCOMPARE(m_server->inFlightCount(kQueue), 1);
}

void TestSqsQueueServer::emptyBatchIsRefused()
{
    for (const SqsProtocol protocol : {SqsProtocol::Json, SqsProtocol::Query}) {
        const Answer a = call(SqsRequestBuilder::changeMessageVisibilityBatch(protocol, m_queueUrl, {}));
        QCOMPARE(a.status, 400);
        QVERIFY2(a.body.contains("EmptyBatchRequest"), a.body.constData());
    }
}

QTEST_GUILESS_MAIN(TestSqsQueueServer)
#include "tst_sqs_queue_server.moc"

void TestSqsQueueServer::heldDeleteIsAppliedWhenReleased()
{
    m_server->enqueue(kQueue, "a");
    const QVector<SqsMessage> got = receive(SqsProtocol::Json, 1);
    QCOMPARE(got.size(), 1);
    m_server->trigger(SqsFault::HoldDelete);
    QSignalSpy held(m_server.get(), &SqsQueueServer::deleteHeld);
    QNetworkReply *reply
        = post(SqsRequestBuilder::deleteMessageBatch(SqsProtocol::Json, m_queueUrl, {got[0].receiptHandle}));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(held.wait(5000));
    QCOMPARE(m_server->heldDeletes(), 1);
    QCOMPARE(m_server->queueSize(kQueue), 1);
    QVERIFY(!reply->isFinished());
    QCOMPARE(m_server->releaseHeldDeletes(), 1);
    QCOMPARE(m_server->queueSize(kQueue), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    SqsResponseParser::DeleteBatch parsed;
    QVERIFY(SqsResponseParser::parseDeleteBatch(reply->readAll(), parsed));
    QCOMPARE(parsed.successfulIds, QStringList({QStringLiteral("m0")}));
    reply->deleteLater();
    QCOMPARE(m_server->heldDeletes(), 0);
    // Held once only: the next delete is answered at once.
    m_server->enqueue(kQueue, "b");
    const QVector<SqsMessage> next = receive(SqsProtocol::Json, 1);
    QCOMPARE(call(SqsRequestBuilder::deleteMessage(SqsProtocol::Json, m_queueUrl, next[0].receiptHandle)).status, 200);
    QCOMPARE(m_server->queueSize(kQueue), 0);
}

void TestSqsQueueServer::staleDeleteHandleSucceedsOrIsRejected()
{
    QVector<SqsMessage> first, second;
    receiveTwice(first, second);
    if (QTest::currentTestFailed())
        return;
    const auto deleteStale = [&] {
        const Answer a
            = call(SqsRequestBuilder::deleteMessageBatch(SqsProtocol::Json, m_queueUrl, {first[0].receiptHandle}));
        SqsResponseParser::DeleteBatch parsed;
        if (a.status != 200 || !SqsResponseParser::parseDeleteBatch(a.body, parsed))
            parsed.failed.append({QStringLiteral("?"), QStringLiteral("bad answer"), {}, true});
        return parsed;
    };
    // As SQS may: success, and the message stays.
    SqsResponseParser::DeleteBatch parsed = deleteStale();
    QCOMPARE(parsed.successfulIds, QStringList({QStringLiteral("m0")}));
    QCOMPARE(m_server->queueSize(kQueue), 1);
    // As SQS may too: the entry fails.
    m_server->setFault(SqsFault::RejectStaleHandle, true);
    parsed = deleteStale();
    QVERIFY(parsed.successfulIds.isEmpty());
    QCOMPARE(parsed.failed.size(), 1);
    QCOMPARE(parsed.failed[0].code, QStringLiteral("ReceiptHandleIsInvalid"));
    QCOMPARE(m_server->queueSize(kQueue), 1);
    // The newest handle deletes either way.
    QCOMPARE(
        call(SqsRequestBuilder::deleteMessage(SqsProtocol::Json, m_queueUrl, second[0].receiptHandle)).status, 200);
    QCOMPARE(m_server->queueSize(kQueue), 0);
}

void TestSqsQueueServer::batchAnswerCanComeInReverse()
{
    m_server->enqueue(kQueue, "a");
    m_server->enqueue(kQueue, "b");
    const QVector<SqsMessage> got = receive(SqsProtocol::Query, 2);
    QCOMPARE(got.size(), 2);
    m_server->trigger(SqsFault::ReverseBatchAnswer);
    const Answer a = call(SqsRequestBuilder::deleteMessageBatch(SqsProtocol::Query, m_queueUrl,
        {got[0].receiptHandle, QStringLiteral("bm90LWEtaGFuZGxl"), got[1].receiptHandle}));
    QCOMPARE(a.status, 200);
    SqsResponseParser::DeleteBatch parsed;
    QVERIFY(SqsResponseParser::parseDeleteBatch(a.body, parsed));
    QCOMPARE(parsed.successfulIds, QStringList({QStringLiteral("m2"), QStringLiteral("m0")}));
    QCOMPARE(parsed.failed.size(), 1);
    QCOMPARE(parsed.failed[0].id, QStringLiteral("m1"));
    QCOMPARE(m_server->queueSize(kQueue), 0);
}
