// SqsClient against SqsQueueServer over loopback TLS: signing, long polling, visibility, deletes, auth errors.
#include "net/sqs/sqs_client.h"
#include "net/tls_settings.h"
#include "sim/alerts/sqs_queue_server.h"

#include <QSignalSpy>
#include <QTest>

using namespace sb;
using sb::sim::SqsFault;
using sb::sim::SqsQueueServer;

namespace {

const AwsCredentials kCredentials {QStringLiteral("ASIAEMULATOR1"), QStringLiteral("emulator/secret+key"),
    QStringLiteral("FwoGZXIvYXdzEXAMPLEtoken==")};
const QString kQueue = QStringLiteral("sqs-edsalerts-main-prod-usersqs-test");

// A clock both sides share, moved by hand.
struct ManualClock
{
    QDateTime now = QDateTime::currentDateTimeUtc();
};

} // namespace

class TestSqsClientIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void receiveAndDeleteJson();
    void receiveAndDeleteQuery();
    void longPollWakesOnEnqueue();
    void emptyLongPollAnswersAfterWait();
    void redeliveryAfterVisibilityTimeout();
    void deleteBatchReportsInvalidHandles();
    void deleteBatchSplitsIntoTens();
    void deleteBatchAnswerIsMatchedPerEntryId();
    void changeVisibilityReleasesInTensBothProtocols_data();
    void changeVisibilityReleasesInTensBothProtocols();
    void changeVisibilityReportsInvalidHandles();
    void changeVisibilityRequestFailureFailsEveryEntry();
    void wrongSecretIsSignatureDoesNotMatch();
    void expiredTokenThenNewCredentials();
    void unknownKeyIsInvalidClientTokenId();
    void staleClockIsRejected();
    void serverErrorIsRetryable();
    void duplicateDeliveryKeepsMessageId();
    void untrustedCertificateFails();
    void oneReceiveAtATime();

private:
    SqsClient *makeClient(bool trustCa = true);
    QVector<SqsMessage> receiveOnce(SqsClient *client);

    std::unique_ptr<SqsQueueServer> m_server;
    ManualClock m_clock;
    QUrl m_queueUrl;
    QList<SqsClient *> m_clients;
};

void TestSqsClientIntegration::init()
{
    m_clock.now = QDateTime::currentDateTimeUtc();
    m_server = std::make_unique<SqsQueueServer>();
    m_server->setClock([this] { return m_clock.now; });
    QVERIFY(m_server->start());
    m_server->addCredentials(kCredentials, m_clock.now.addSecs(3600));
    m_queueUrl = m_server->createQueue(kQueue);
}

void TestSqsClientIntegration::cleanup()
{
    qDeleteAll(m_clients);
    m_clients.clear();
    m_server.reset();
}

SqsClient *TestSqsClientIntegration::makeClient(bool trustCa)
{
    auto *client = new SqsClient();
    QSslConfiguration tls;
    TlsSettings::build(trustCa ? m_server->caFile() : QString(), tls);
    client->setTlsConfiguration(tls);
    client->setCredentials(kCredentials);
    client->setRegion(QStringLiteral("us-east-1"));
    client->setWaitTimeSeconds(0);
    client->setClock([this] { return m_clock.now; });
    m_clients.append(client);
    return client;
}

QVector<SqsMessage> TestSqsClientIntegration::receiveOnce(SqsClient *client)
{
    QSignalSpy received(client, &SqsClient::received);
    QSignalSpy failed(client, &SqsClient::failed);
    if (!client->receive(m_queueUrl))
        return {};
    if (!received.wait(10000) || !failed.isEmpty())
        return {};
    return received.takeFirst().at(0).value<QVector<SqsMessage>>();
}

void TestSqsClientIntegration::receiveAndDeleteJson()
{
    const QString id1 = m_server->enqueue(kQueue, "body-1");
    const QString id2 = m_server->enqueue(kQueue, "body+/=2");
    SqsClient *client = makeClient();
    const QVector<SqsMessage> messages = receiveOnce(client);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(m_server->lastProtocol(), QStringLiteral("json"));
    QCOMPARE(messages[0].messageId, id1);
    QCOMPARE(messages[0].body, QByteArray("body-1"));
    QCOMPARE(messages[1].body, QByteArray("body+/=2"));
    QCOMPARE(messages[1].messageId, id2);
    QCOMPARE(messages[0].receiveCount(), 1);
    QVERIFY(!messages[0].md5OfBody.isEmpty());
    QCOMPARE(m_server->inFlightCount(kQueue), 2);

    QSignalSpy deleted(client, &SqsClient::deleted);
    client->deleteBatch(m_queueUrl, messages);
    QVERIFY(deleted.wait(5000));
    const SqsDeleteResult result = deleted.takeFirst().at(0).value<SqsDeleteResult>();
    QVERIFY(result.allDeleted());
    QCOMPARE(result.deletedMessageIds, QStringList({id1, id2}));
    QCOMPARE(m_server->queueSize(kQueue), 0);
    QCOMPARE(m_server->messagesDeleted(), 2);
    QCOMPARE(m_server->authFailures(), 0);
}

void TestSqsClientIntegration::receiveAndDeleteQuery()
{
    m_server->enqueue(kQueue, "<xml & \"quotes\">");
    SqsClient *client = makeClient();
    client->setProtocol(SqsProtocol::Query);
    const QVector<SqsMessage> messages = receiveOnce(client);
    QCOMPARE(m_server->lastProtocol(), QStringLiteral("query"));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages[0].body, QByteArray("<xml & \"quotes\">"));
    QCOMPARE(messages[0].receiveCount(), 1);

    QSignalSpy deleted(client, &SqsClient::deleted);
    client->deleteMessage(m_queueUrl, messages[0]);
    QVERIFY(deleted.wait(5000));
    QVERIFY(deleted.takeFirst().at(0).value<SqsDeleteResult>().allDeleted());
    QCOMPARE(m_server->queueSize(kQueue), 0);

    m_server->enqueue(kQueue, "second");
    const QVector<SqsMessage> again = receiveOnce(client);
    QCOMPARE(again.size(), 1);
    client->deleteBatch(m_queueUrl, again);
    QVERIFY(deleted.wait(5000));
    QVERIFY(deleted.takeFirst().at(0).value<SqsDeleteResult>().allDeleted());
    QCOMPARE(m_server->queueSize(kQueue), 0);
}

void TestSqsClientIntegration::longPollWakesOnEnqueue()
{
    SqsClient *client = makeClient();
    client->setWaitTimeSeconds(20);
    QSignalSpy waiting(m_server.get(), &SqsQueueServer::pollWaiting);
    QSignalSpy received(client, &SqsClient::received);
    QVERIFY(client->receive(m_queueUrl));
    QVERIFY(client->isReceiving());
    QVERIFY(waiting.wait(5000));
    QCOMPARE(m_server->waitingPolls(), 1);
    QElapsedTimer t;
    t.start();
    m_server->enqueue(kQueue, "late news");
    QVERIFY(received.wait(5000));
    QVERIFY(t.elapsed() < 5000); // well before the 20 s wait ran out
    const QVector<SqsMessage> messages = received.takeFirst().at(0).value<QVector<SqsMessage>>();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages[0].body, QByteArray("late news"));
    QCOMPARE(m_server->waitingPolls(), 0);
}

void TestSqsClientIntegration::emptyLongPollAnswersAfterWait()
{
    SqsClient *client = makeClient();
    client->setWaitTimeSeconds(1);
    QSignalSpy received(client, &SqsClient::received);
    QVERIFY(client->receive(m_queueUrl));
    QVERIFY(received.wait(5000));
    QVERIFY(received.takeFirst().at(0).value<QVector<SqsMessage>>().isEmpty());
    QCOMPARE(m_server->emptyReceives(), 1);
}

void TestSqsClientIntegration::redeliveryAfterVisibilityTimeout()
{
    const QString id = m_server->enqueue(kQueue, "not deleted");
    SqsClient *client = makeClient();
    const QVector<SqsMessage> first = receiveOnce(client);
    QCOMPARE(first.size(), 1);
    QVERIFY(receiveOnce(client).isEmpty()); // invisible now
    QCOMPARE(m_server->inFlightCount(kQueue), 1);

    m_clock.now = m_clock.now.addSecs(31); // past the 30 s visibility timeout
    const QVector<SqsMessage> second = receiveOnce(client);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second[0].messageId, id);
    QCOMPARE(second[0].receiveCount(), 2);
    QVERIFY(second[0].receiptHandle != first[0].receiptHandle);

    // The first receipt is stale: SQS answers success but the message stays.
    QSignalSpy deleted(client, &SqsClient::deleted);
    client->deleteBatch(m_queueUrl, first);
    QVERIFY(deleted.wait(5000));
    QVERIFY(deleted.takeFirst().at(0).value<SqsDeleteResult>().allDeleted());
    QCOMPARE(m_server->queueSize(kQueue), 1);
    client->deleteBatch(m_queueUrl, second);
    QVERIFY(deleted.wait(5000));
    QCOMPARE(m_server->queueSize(kQueue), 0);
}

void TestSqsClientIntegration::deleteBatchReportsInvalidHandles()
{
    m_server->enqueue(kQueue, "a");
    SqsClient *client = makeClient();
    QVector<SqsMessage> messages = receiveOnce(client);
    QCOMPARE(messages.size(), 1);
    SqsMessage bogus;
    bogus.messageId = QStringLiteral("bogus");
    bogus.receiptHandle = QStringLiteral("not-a-handle");
    messages.append(bogus);
    QSignalSpy deleted(client, &SqsClient::deleted);
    QSignalSpy failed(client, &SqsClient::failed);
    client->deleteBatch(m_queueUrl, messages);
    QVERIFY(deleted.wait(5000));
    const SqsDeleteResult r = deleted.takeFirst().at(0).value<SqsDeleteResult>();
    QCOMPARE(r.deletedMessageIds.size(), 1);
    QCOMPARE(r.failed.size(), 1);
    QCOMPARE(r.failed[0].messageId, QStringLiteral("bogus"));
    QCOMPARE(r.failed[0].code, QStringLiteral("ReceiptHandleIsInvalid"));
    QVERIFY(failed.isEmpty()); // HTTP 200: per-entry failure only
}

void TestSqsClientIntegration::deleteBatchSplitsIntoTens()
{
    for (int i = 0; i < 25; ++i)
        m_server->enqueue(kQueue, QByteArray::number(i));
    SqsClient *client = makeClient();
    QVector<SqsMessage> all;
    for (int round = 0; round < 3; ++round)
        all += receiveOnce(client);
    QCOMPARE(all.size(), 25);
    QSignalSpy deleted(client, &SqsClient::deleted);
    const int before = m_server->deleteRequests();
    client->deleteBatch(m_queueUrl, all);
    QVERIFY(deleted.wait(5000));
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.takeFirst().at(0).value<SqsDeleteResult>().deletedMessageIds.size(), 25);
    QCOMPARE(m_server->deleteRequests() - before, 3);
    QCOMPARE(m_server->queueSize(kQueue), 0);
}

void TestSqsClientIntegration::deleteBatchAnswerIsMatchedPerEntryId()
{
    // SQS lists the entries of a batch answer in no promised order: each is matched by its Id, and the result
    // pairs every message id with the handle it was deleted with.
    for (int i = 0; i < 3; ++i)
        m_server->enqueue(kQueue, QByteArray::number(i));
    SqsClient *client = makeClient();
    QVector<SqsMessage> messages = receiveOnce(client);
    QCOMPARE(messages.size(), 3);
    SqsMessage bogus;
    bogus.messageId = QStringLiteral("bogus");
    bogus.receiptHandle = QStringLiteral("bm90LWEtaGFuZGxl");
    messages.insert(1, bogus);
    m_server->trigger(SqsFault::ReverseBatchAnswer);
    QSignalSpy deleted(client, &SqsClient::deleted);
    client->deleteBatch(m_queueUrl, messages);
    QVERIFY(deleted.wait(5000));
    const SqsDeleteResult r = deleted.takeFirst().at(0).value<SqsDeleteResult>();
    QCOMPARE(r.deletedMessageIds.size(), 3);
    QCOMPARE(r.deletedReceiptHandles.size(), 3);
    for (qsizetype i = 0; i < r.deletedMessageIds.size(); ++i) {
        const auto m = std::find_if(messages.cbegin(), messages.cend(),
            [&](const SqsMessage &x) { return x.messageId == r.deletedMessageIds.at(i); });
        QVERIFY(m != messages.cend() && m->messageId != bogus.messageId);
        QCOMPARE(r.deletedReceiptHandles.at(i), m->receiptHandle);
    }
    QCOMPARE(r.failed.size(), 1);
    QCOMPARE(r.failed[0].messageId, bogus.messageId);
    QCOMPARE(r.failed[0].receiptHandle, bogus.receiptHandle);
    QCOMPARE(m_server->queueSize(kQueue), 0);
}

void TestSqsClientIntegration::changeVisibilityReleasesInTensBothProtocols_data()
{
    QTest::addColumn<SqsProtocol>("protocol");
    QTest::newRow("json") << SqsProtocol::Json;
    QTest::newRow("query") << SqsProtocol::Query;
}

void TestSqsClientIntegration::changeVisibilityReleasesInTensBothProtocols()
{
    QFETCH(SqsProtocol, protocol);
    for (int i = 0; i < 25; ++i)
        m_server->enqueue(kQueue, QByteArray::number(i));
    SqsClient *client = makeClient();
    client->setProtocol(protocol);
    QVector<SqsMessage> all;
    for (int round = 0; round < 3; ++round)
        all += receiveOnce(client);
    QCOMPARE(all.size(), 25);
    QCOMPARE(m_server->inFlightCount(kQueue), 25);
    QVector<SqsVisibilityChange> changes;
    for (const SqsMessage &m : std::as_const(all))
        changes.append({m.receiptHandle, 0, m.messageId});
    QSignalSpy changed(client, &SqsClient::visibilityChanged);
    QSignalSpy failed(client, &SqsClient::failed);
    client->changeVisibilityBatch(m_queueUrl, changes);
    QCOMPARE(client->visibilityChangesInFlight(), 3);
    QCOMPARE(client->deletesInFlight(), 0);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.size(), 1); // one signal for the whole call
    QCOMPARE(client->visibilityChangesInFlight(), 0);
    const SqsVisibilityResult r = changed.takeFirst().at(0).value<SqsVisibilityResult>();
    QVERIFY(r.allChanged());
    // The three answers may come in any order; every entry is there once.
    QStringList ids;
    QStringList handles;
    for (const SqsMessage &m : std::as_const(all)) {
        ids << m.messageId;
        handles << m.receiptHandle;
    }
    QStringList changedIds = r.changedMessageIds;
    QStringList changedHandles = r.changedReceiptHandles;
    ids.sort();
    handles.sort();
    changedIds.sort();
    changedHandles.sort();
    QCOMPARE(changedIds, ids);
    QCOMPARE(changedHandles, handles);
    QVERIFY(failed.isEmpty());
    QCOMPARE(m_server->visibilityRequests(), 3); // batches of ten
    QCOMPARE(m_server->visibilityChanges(), 25);
    QCOMPARE(
        m_server->lastProtocol(), protocol == SqsProtocol::Json ? QStringLiteral("json") : QStringLiteral("query"));
    // Visible again at once, with no clock moved past the 30 s timeout.
    QCOMPARE(m_server->visibleCount(kQueue), 25);
    QCOMPARE(receiveOnce(client).size(), 10);
    QCOMPARE(m_server->queueSize(kQueue), 25); // released, never deleted
}

void TestSqsClientIntegration::changeVisibilityReportsInvalidHandles()
{
    m_server->enqueue(kQueue, "a");
    SqsClient *client = makeClient();
    const QVector<SqsMessage> messages = receiveOnce(client);
    QCOMPARE(messages.size(), 1);
    QSignalSpy changed(client, &SqsClient::visibilityChanged);
    QSignalSpy failed(client, &SqsClient::failed);
    client->changeVisibilityBatch(m_queueUrl,
        {{messages[0].receiptHandle, 0, messages[0].messageId},
            {QStringLiteral("not-a-handle"), 0, QStringLiteral("bogus")}});
    QVERIFY(changed.wait(5000));
    const SqsVisibilityResult r = changed.takeFirst().at(0).value<SqsVisibilityResult>();
    QCOMPARE(r.changedMessageIds, QStringList {messages[0].messageId});
    QCOMPARE(r.failed.size(), 1);
    QCOMPARE(r.failed[0].messageId, QStringLiteral("bogus"));
    QCOMPARE(r.failed[0].receiptHandle, QStringLiteral("not-a-handle"));
    QCOMPARE(r.failed[0].code, QStringLiteral("ReceiptHandleIsInvalid"));
    QVERIFY(failed.isEmpty()); // HTTP 200: per-entry failure only
    QCOMPARE(m_server->visibleCount(kQueue), 1);
}

void TestSqsClientIntegration::changeVisibilityRequestFailureFailsEveryEntry()
{
    m_server->enqueue(kQueue, "a");
    m_server->enqueue(kQueue, "b");
    SqsClient *client = makeClient();
    const QVector<SqsMessage> messages = receiveOnce(client);
    QCOMPARE(messages.size(), 2);
    m_server->trigger(SqsFault::ServerError);
    QSignalSpy changed(client, &SqsClient::visibilityChanged);
    QSignalSpy failed(client, &SqsClient::failed);
    client->changeVisibilityBatch(
        m_queueUrl, {{messages[0].receiptHandle, 0, messages[0].messageId}, {messages[1].receiptHandle, 0, {}}});
    QVERIFY(changed.wait(5000));
    QCOMPARE(failed.size(), 1);
    const SqsError e = failed.takeFirst().at(0).value<SqsError>();
    QCOMPARE(e.operation, QStringLiteral("ChangeMessageVisibilityBatch"));
    QCOMPARE(e.httpStatus, 500);
    const SqsVisibilityResult r = changed.takeFirst().at(0).value<SqsVisibilityResult>();
    QVERIFY(r.changedMessageIds.isEmpty());
    QCOMPARE(r.failed.size(), 2);
    QCOMPARE(r.failed[0].messageId, messages[0].messageId);
    QCOMPARE(m_server->inFlightCount(kQueue), 2); // they wait out their timeout instead
}

void TestSqsClientIntegration::wrongSecretIsSignatureDoesNotMatch()
{
    m_server->enqueue(kQueue, "kept");
    SqsClient *client = makeClient();
    AwsCredentials wrong = kCredentials;
    wrong.secretKey = QStringLiteral("not-the-secret");
    client->setCredentials(wrong);
    QSignalSpy failed(client, &SqsClient::failed);
    QVERIFY(client->receive(m_queueUrl));
    QVERIFY(failed.wait(5000));
    const SqsError e = failed.takeFirst().at(0).value<SqsError>();
    QCOMPARE(e.httpStatus, 403);
    QCOMPARE(e.code, QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(e.operation, QStringLiteral("ReceiveMessage"));
    QVERIFY(e.isAuthError());
    QVERIFY(!e.isClockSkew());
    QVERIFY(!e.message.contains(wrong.secretKey));
    QCOMPARE(m_server->lastAuthError(), QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(m_server->visibleCount(kQueue), 1); // nothing was handed out

    // Same over the Query protocol: the XML error shape.
    client->setProtocol(SqsProtocol::Query);
    QVERIFY(client->receive(m_queueUrl));
    QVERIFY(failed.wait(5000));
    const SqsError x = failed.takeFirst().at(0).value<SqsError>();
    QCOMPARE(x.code, QStringLiteral("SignatureDoesNotMatch"));
    QVERIFY(x.message.startsWith(QStringLiteral("The request signature we calculated")));
}

void TestSqsClientIntegration::expiredTokenThenNewCredentials()
{
    m_server->enqueue(kQueue, "survives the renewal");
    SqsClient *client = makeClient();
    m_server->expireCredentials(kCredentials.accessKeyId);
    QSignalSpy failed(client, &SqsClient::failed);
    QVERIFY(client->receive(m_queueUrl));
    QVERIFY(failed.wait(5000));
    const SqsError e = failed.takeFirst().at(0).value<SqsError>();
    QCOMPARE(e.code, QStringLiteral("ExpiredToken"));
    QCOMPARE(e.httpStatus, 403);
    QCOMPARE(e.message, QStringLiteral("The security token included in the request is expired"));
    QVERIFY(e.isAuthError());

    const AwsCredentials renewed {
        QStringLiteral("ASIAEMULATOR2"), QStringLiteral("second-secret"), QStringLiteral("tok2")};
    m_server->addCredentials(renewed, m_clock.now.addSecs(3600));
    client->setCredentials(renewed);
    const QVector<SqsMessage> messages = receiveOnce(client);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages[0].body, QByteArray("survives the renewal"));

    // The ExpiredToken fault does the same without touching the credentials, in the Query shape too.
    client->setProtocol(SqsProtocol::Query);
    m_server->trigger(SqsFault::ExpiredToken);
    QVERIFY(client->receive(m_queueUrl));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.takeFirst().at(0).value<SqsError>().code, QStringLiteral("ExpiredToken"));
}

void TestSqsClientIntegration::unknownKeyIsInvalidClientTokenId()
{
    SqsClient *client = makeClient();
    client->setCredentials({QStringLiteral("ASIAUNKNOWN"), QStringLiteral("x"), QStringLiteral("y")});
    QSignalSpy failed(client, &SqsClient::failed);
    QVERIFY(client->receive(m_queueUrl));
    QVERIFY(failed.wait(5000));
    const SqsError e = failed.takeFirst().at(0).value<SqsError>();
    QCOMPARE(e.code, QStringLiteral("InvalidClientTokenId"));
    QVERIFY(e.isAuthError());
}

void TestSqsClientIntegration::staleClockIsRejected()
{
    SqsClient *client = makeClient();
    client->setClock([this] { return m_clock.now.addSecs(-20 * 60); });
    QSignalSpy failed(client, &SqsClient::failed);
    QVERIFY(client->receive(m_queueUrl));
    QVERIFY(failed.wait(5000));
    const SqsError e = failed.takeFirst().at(0).value<SqsError>();
    QCOMPARE(e.code, QStringLiteral("SignatureDoesNotMatch"));
    QVERIFY(e.isClockSkew());
    QVERIFY(e.message.startsWith(QStringLiteral("Signature expired")));
}

void TestSqsClientIntegration::serverErrorIsRetryable()
{
    SqsClient *client = makeClient();
    m_server->trigger(SqsFault::ServerError);
    m_server->trigger(SqsFault::ServiceUnavailable);
    QSignalSpy failed(client, &SqsClient::failed);
    QVERIFY(client->receive(m_queueUrl));
    QVERIFY(failed.wait(5000));
    SqsError e = failed.takeFirst().at(0).value<SqsError>();
    QVERIFY(e.httpStatus == 500 || e.httpStatus == 503);
    QVERIFY(e.retryable());
    QVERIFY(!e.isAuthError());
    QVERIFY(client->receive(m_queueUrl));
    QVERIFY(failed.wait(5000));
    e = failed.takeFirst().at(0).value<SqsError>();
    QVERIFY(e.retryable());
    m_server->enqueue(kQueue, "after the outage");
    QCOMPARE(receiveOnce(client).size(), 1);

    // Qt resends a request once when a kept-alive connection closes under it, so the fault stays on.
    m_server->setFault(SqsFault::DropConnection, true);
    QVERIFY(client->receive(m_queueUrl));
    QVERIFY(failed.wait(5000));
    m_server->setFault(SqsFault::DropConnection, false);
    e = failed.takeFirst().at(0).value<SqsError>();
    QCOMPARE(e.httpStatus, 0);
    QVERIFY(e.retryable());
}

void TestSqsClientIntegration::duplicateDeliveryKeepsMessageId()
{
    const QString id = m_server->enqueue(kQueue, "twice");
    m_server->trigger(SqsFault::DuplicateDelivery);
    SqsClient *client = makeClient();
    const QVector<SqsMessage> first = receiveOnce(client);
    const QVector<SqsMessage> second = receiveOnce(client);
    QCOMPARE(first.size(), 1);
    QCOMPARE(second.size(), 1);
    QCOMPARE(first[0].messageId, id);
    QCOMPARE(second[0].messageId, id);
    QVERIFY(first[0].receiptHandle != second[0].receiptHandle);
}

void TestSqsClientIntegration::untrustedCertificateFails()
{
    SqsClient *client = makeClient(false);
    QSignalSpy failed(client, &SqsClient::failed);
    QVERIFY(client->receive(m_queueUrl));
    QVERIFY(failed.wait(5000));
    const SqsError e = failed.takeFirst().at(0).value<SqsError>();
    QCOMPARE(e.code, QStringLiteral("tls"));
    QCOMPARE(m_server->receiveRequests(), 0);
}

void TestSqsClientIntegration::oneReceiveAtATime()
{
    SqsClient *client = makeClient();
    client->setWaitTimeSeconds(20);
    QSignalSpy waiting(m_server.get(), &SqsQueueServer::pollWaiting);
    QVERIFY(client->receive(m_queueUrl));
    QVERIFY(!client->receive(m_queueUrl));
    QVERIFY(waiting.wait(5000));
    client->abort();
    QVERIFY(!client->isReceiving());
    // Once the server has seen the connection go, the abandoned poll no longer takes messages. (Before that, SQS
    // too would hand them to the dead poll and they would come back after the visibility timeout.)
    QTRY_COMPARE_WITH_TIMEOUT(m_server->waitingPolls(), 0, 5000);
    m_server->enqueue(kQueue, "for the next poll");
    client->setWaitTimeSeconds(0);
    QCOMPARE(receiveOnce(client).size(), 1);
    SqsClient noCredentials;
    QVERIFY(!noCredentials.receive(m_queueUrl));
}

QTEST_GUILESS_MAIN(TestSqsClientIntegration)
#include "tst_sqs_client_integration.moc"
