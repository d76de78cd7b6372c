// AlertMessageLedger against the SQS emulator: a message is deleted only once committed, a duplicate or quarantined;
// one the sink refused goes back to the queue; without a store a quarantine leaves it there; a redelivery renews the
// handle without counting as new; a stopping ledger hands back what it will not delete.
#include "feeds/alerts/alert_message_ledger.h"
#include "net/sqs/sqs_client.h"
#include "net/tls_settings.h"
#include "sim/alerts/sqs_queue_server.h"

#include <QSignalSpy>
#include <QTest>

using namespace sb;
using sb::sim::SqsQueueServer;

namespace {
const AwsCredentials kCredentials {QStringLiteral("ASIAEMULATOR1"), QStringLiteral("emulator/secret+key"),
    QStringLiteral("FwoGZXIvYXdzEXAMPLEtoken==")};
const QString kQueue = QStringLiteral("alerts-ledger");
} // namespace

class TestAlertMessageLedger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SqsQueueServer>();
        QVERIFY(m_server->start());
        m_server->addCredentials(kCredentials);
        m_queueUrl = m_server->createQueue(kQueue);
        m_sqs = std::make_unique<SqsClient>();
        QSslConfiguration tls;
        QVERIFY(TlsSettings::build(m_server->caFile(), tls));
        m_sqs->setTlsConfiguration(tls);
        m_sqs->setCredentials(kCredentials);
        m_sqs->setWaitTimeSeconds(0);
        m_ledger = std::make_unique<AlertMessageLedger>();
        m_ledger->setClient(m_sqs.get());
        m_ledger->setQueueUrl(m_queueUrl);
    }

    void cleanup()
    {
        m_ledger.reset();
        m_sqs.reset();
        m_server.reset();
    }

    void committedMessageIsDeleted()
    {
        const SqsMessage m = receiveOne("a");
        QVERIFY(m_ledger->admit(m));
        m_ledger->markAwaitingSink(m.messageId);
        QVERIFY(m_ledger->isWaiting());
        m_ledger->commit(m.messageId);
        QTRY_COMPARE(m_ledger->deletedCount(), 1);
        QCOMPARE(m_ledger->size(), 0);
        QCOMPARE(m_server->queueSize(kQueue), 0);
    }

    void refusedMessageGoesBackToTheQueue()
    {
        const SqsMessage m = receiveOne("b");
        QVERIFY(m_ledger->admit(m));
        m_ledger->markAwaitingSink(m.messageId);
        m_ledger->refuse(m.messageId);
        QCOMPARE(m_ledger->size(), 0);
        QTRY_COMPARE(m_server->visibleCount(kQueue), 1);
        QCOMPARE(m_ledger->deletedCount(), 0);
        QCOMPARE(m_server->queueSize(kQueue), 1);
    }

    void quarantineWithoutAStoreNeverDeletes()
    {
        const SqsMessage m = receiveOne("c");
        QVERIFY(m_ledger->admit(m));
        QSignalSpy progressed(m_ledger.get(), &AlertMessageLedger::progressed);
        m_ledger->quarantine(nullptr, QStringLiteral("alerts"), m.messageId, "raw", QStringLiteral("unreadable"));
        QCOMPARE(progressed.size(), 1);
        QCOMPARE(m_ledger->size(), 0);
        QCOMPARE(m_ledger->quarantinedCount(), 0);
        QCOMPARE(m_server->queueSize(kQueue), 1);
        QCOMPARE(m_server->inFlightCount(kQueue), 1); // it waits out its visibility timeout
    }

    void redeliveryRenewsTheHandleOnly()
    {
        SqsMessage m = receiveOne("d");
        QVERIFY(m_ledger->admit(m));
        m.receiptHandle = QStringLiteral("newer");
        QVERIFY(!m_ledger->admit(m));
        QCOMPARE(m_ledger->size(), 1);
        QVERIFY(!m_ledger->claimFetched(m.messageId));
        m_ledger->markClaimFetched(m.messageId);
        QVERIFY(m_ledger->claimFetched(m.messageId));
    }

    void duplicateIsDeletedAndCounted()
    {
        const SqsMessage m = receiveOne("e");
        QVERIFY(m_ledger->admit(m));
        m_ledger->deleteDuplicate(m.messageId);
        QVERIFY(m_ledger->hasQueuedDeletes());
        QTRY_COMPARE(m_ledger->deletedCount(), 1);
        QCOMPARE(m_ledger->duplicateCount(), 1);
        QCOMPARE(m_server->queueSize(kQueue), 0);
    }

    void stoppingHandsBackWhatItWillNotDelete()
    {
        m_server->enqueue(kQueue, "f");
        m_server->enqueue(kQueue, "g");
        const QVector<SqsMessage> both = receive();
        QCOMPARE(both.size(), 2);
        for (const SqsMessage &m : both)
            QVERIFY(m_ledger->admit(m));
        m_ledger->setStopping(true);
        m_ledger->commit(both[0].messageId); // goes out at once, no batching delay
        QCOMPARE(m_sqs->deletesInFlight(), 1);
        m_ledger->releaseRemaining();
        m_ledger->flushReleases();
        QCOMPARE(m_ledger->size(), 1); // the one being deleted
        QTRY_COMPARE(m_ledger->deletedCount(), 1);
        QTRY_COMPARE(m_server->visibleCount(kQueue), 1);
        QCOMPARE(m_server->queueSize(kQueue), 1);
    }

private:
    QVector<SqsMessage> receive()
    {
        QSignalSpy received(m_sqs.get(), &SqsClient::received);
        if (!m_sqs->receive(m_queueUrl) || !received.wait(10000))
            return {};
        return received.takeFirst().at(0).value<QVector<SqsMessage>>();
    }
    SqsMessage receiveOne(const QByteArray &body)
    {
        m_server->enqueue(kQueue, body);
        const QVector<SqsMessage> messages = receive();
        return messages.value(0);
    }

    std::unique_ptr<SqsQueueServer> m_server;
    std::unique_ptr<SqsClient> m_sqs;
    std::unique_ptr<AlertMessageLedger> m_ledger;
    QUrl m_queueUrl;
};

QTEST_GUILESS_MAIN(TestAlertMessageLedger)
#include "tst_alert_message_ledger.moc"
