#include "sim/alerts/sqs_queue.h"

#include <QTest>

using sb::sim::SqsQueue;

class TestSqsQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void receiveHidesForVisibilityTimeout();
    void oldestFirstAndMax();
    void receiptHandlesPerReceipt();
    void duplicateCopyKeepsMessageId();
    void changeVisibilityOfTheLatestReceipt();
    void changeVisibilityRefusesOtherHandles();
    void md5OfBody();
};

void TestSqsQueue::receiveHidesForVisibilityTimeout()
{
    SqsQueue q(QStringLiteral("q"), 30);
    const QString id = q.enqueue("a", 1000);
    QCOMPARE(q.visibleCount(1000), 1);
    const auto first = q.receive(10, -1, 1000);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first[0].messageId, id);
    QCOMPARE(first[0].attributes.value(QStringLiteral("ApproximateReceiveCount")), QStringLiteral("1"));
    QCOMPARE(first[0].attributes.value(QStringLiteral("SentTimestamp")), QStringLiteral("1000"));
    QCOMPARE(q.inFlightCount(1000), 1);
    QVERIFY(q.receive(10, -1, 30999).isEmpty());
    QCOMPARE(q.nextVisibleAtMs(1000), qint64(31000));
    const auto second = q.receive(10, 5, 31000);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second[0].attributes.value(QStringLiteral("ApproximateReceiveCount")), QStringLiteral("2"));
    QCOMPARE(second[0].attributes.value(QStringLiteral("ApproximateFirstReceiveTimestamp")), QStringLiteral("1000"));
    QCOMPARE(q.nextVisibleAtMs(31000), qint64(36000)); // the per-request visibility timeout
}

void TestSqsQueue::oldestFirstAndMax()
{
    SqsQueue q;
    for (int i = 0; i < 5; ++i)
        q.enqueue(QByteArray::number(i), 0);
    const auto got = q.receive(3, -1, 0);
    QCOMPARE(got.size(), 3);
    QCOMPARE(got[0].body, QByteArray("0"));
    QCOMPARE(got[2].body, QByteArray("2"));
    QCOMPARE(q.receive(10, -1, 0).size(), 2);
}

void TestSqsQueue::receiptHandlesPerReceipt()
{
    SqsQueue q(QStringLiteral("q"), 1);
    q.enqueue("a", 0);
    const QString h1 = q.receive(1, -1, 0).first().receiptHandle;
    const QString h2 = q.receive(1, -1, 1000).first().receiptHandle;
    QVERIFY(h1 != h2);
    QCOMPARE(q.remove(QStringLiteral("garbage")), SqsQueue::DeleteOutcome::InvalidHandle);
    QCOMPARE(q.remove(h1), SqsQueue::DeleteOutcome::StaleHandle);
    QCOMPARE(q.size(), 1);
    QCOMPARE(q.remove(h2), SqsQueue::DeleteOutcome::Deleted);
    QCOMPARE(q.size(), 0);
    QCOMPARE(q.remove(h2), SqsQueue::DeleteOutcome::AlreadyGone);
}

void TestSqsQueue::duplicateCopyKeepsMessageId()
{
    SqsQueue q;
    const QString id = q.enqueue("a", 0);
    q.enqueue("a", 0, id);
    const auto got = q.receive(10, -1, 0);
    QCOMPARE(got.size(), 2);
    QCOMPARE(got[0].messageId, id);
    QCOMPARE(got[1].messageId, id);
    QCOMPARE(q.remove(got[0].receiptHandle), SqsQueue::DeleteOutcome::Deleted);
    QCOMPARE(q.remove(got[1].receiptHandle), SqsQueue::DeleteOutcome::Deleted);
}

void TestSqsQueue::changeVisibilityOfTheLatestReceipt()
{
    SqsQueue q(QStringLiteral("q"), 30);
    const QString id = q.enqueue("a", 0);
    const QString h1 = q.receive(1, -1, 1000).first().receiptHandle;
    QCOMPARE(q.visibleCount(2000), 0);
    // 0: visible at once, long before the 30 s timeout.
    QCOMPARE(q.changeVisibility(h1, 0, 2000), SqsQueue::VisibilityOutcome::Changed);
    QCOMPARE(q.visibleCount(2000), 1);
    const auto again = q.receive(1, -1, 2000);
    QCOMPARE(again.size(), 1);
    QCOMPARE(again[0].messageId, id);
    QCOMPARE(again[0].attributes.value(QStringLiteral("ApproximateReceiveCount")), QStringLiteral("2"));
    // A longer one moves the time it comes back, counted from the change.
    QCOMPARE(q.changeVisibility(again[0].receiptHandle, 5, 3000), SqsQueue::VisibilityOutcome::Changed);
    QCOMPARE(q.nextVisibleAtMs(3000), qint64(8000));
    QVERIFY(q.receive(1, -1, 7999).isEmpty());
    QCOMPARE(q.receive(1, -1, 8000).size(), 1);
}

void TestSqsQueue::changeVisibilityRefusesOtherHandles()
{
    SqsQueue q(QStringLiteral("q"), 1);
    q.enqueue("a", 0);
    const QString h1 = q.receive(1, -1, 0).first().receiptHandle;
    // Its timeout ran out: visible, not in flight.
    QCOMPARE(q.changeVisibility(h1, 0, 1000), SqsQueue::VisibilityOutcome::NotInFlight);
    const QString h2 = q.receive(1, -1, 1000).first().receiptHandle;
    QCOMPARE(q.changeVisibility(QStringLiteral("garbage"), 0, 1000), SqsQueue::VisibilityOutcome::InvalidHandle);
    QCOMPARE(q.changeVisibility(h1, 0, 1000), SqsQueue::VisibilityOutcome::InvalidHandle); // stale
    QCOMPARE(q.inFlightCount(1000), 1); // the stale handle changed nothing
    QCOMPARE(q.remove(h2), SqsQueue::DeleteOutcome::Deleted);
    QCOMPARE(q.changeVisibility(h2, 0, 1000), SqsQueue::VisibilityOutcome::InvalidHandle); // gone
}

void TestSqsQueue::md5OfBody()
{
    QCOMPARE(SqsQueue::md5Hex("hello"), QStringLiteral("5d41402abc4b2a76b9719d911017c592"));
}

QTEST_GUILESS_MAIN(TestSqsQueue)
#include "tst_sqs_queue.moc"
