#include "net/sqs/sqs_request_builder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace sb;

namespace {

const QUrl kQueue(
    QStringLiteral("https://sqs.us-east-1.amazonaws.com/123456789012/sqs-edsalerts-main-prod-usersqs-abc"));

QJsonObject jsonBody(const SigV4Request &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QUrlQuery form(const SigV4Request &r)
{
    return QUrlQuery(QString::fromUtf8(r.body));
}

} // namespace

class TestSqsRequestBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void receiveJson();
    void receiveQuery();
    void receiveClampsLimits();
    void deleteBatchJson();
    void deleteBatchQuery();
    void deleteMessageBothProtocols();
    void changeVisibilityBatchJson();
    void changeVisibilityBatchQuery();
    void changeVisibilityBothProtocols();
    void sendMessageBothProtocols();
    void loopbackEndpointKeepsPort();
};

void TestSqsRequestBuilder::receiveJson()
{
    const SigV4Request r = SqsRequestBuilder::receiveMessage(SqsProtocol::Json, kQueue, {});
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.url, QUrl(QStringLiteral("https://sqs.us-east-1.amazonaws.com/")));
    QCOMPARE(r.header("X-Amz-Target"), QByteArray("AmazonSQS.ReceiveMessage"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/x-amz-json-1.0"));
    QCOMPARE(r.header("Host"), QByteArray("sqs.us-east-1.amazonaws.com"));
    const QJsonObject o = jsonBody(r);
    QCOMPARE(o.value(QStringLiteral("QueueUrl")).toString(), kQueue.toString());
    QCOMPARE(o.value(QStringLiteral("MaxNumberOfMessages")).toInt(), 10);
    QCOMPARE(o.value(QStringLiteral("WaitTimeSeconds")).toInt(), 20);
    QCOMPARE(
        o.value(QStringLiteral("MessageSystemAttributeNames")).toArray().first().toString(), QStringLiteral("All"));
    QVERIFY(!o.contains(QStringLiteral("VisibilityTimeout")));
}

void TestSqsRequestBuilder::receiveQuery()
{
    SqsRequestBuilder::ReceiveOptions options;
    options.visibilityTimeoutSeconds = 45;
    const SigV4Request r = SqsRequestBuilder::receiveMessage(SqsProtocol::Query, kQueue, options);
    QCOMPARE(r.url, kQueue);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/x-www-form-urlencoded; charset=utf-8"));
    QVERIFY(r.header("X-Amz-Target").isNull());
    QVERIFY(r.body.startsWith("Action=ReceiveMessage&Version=2012-11-05&"));
    const QUrlQuery f = form(r);
    QCOMPARE(f.queryItemValue(QStringLiteral("MaxNumberOfMessages")), QStringLiteral("10"));
    QCOMPARE(f.queryItemValue(QStringLiteral("WaitTimeSeconds")), QStringLiteral("20"));
    QCOMPARE(f.queryItemValue(QStringLiteral("AttributeName.1")), QStringLiteral("All"));
    QCOMPARE(f.queryItemValue(QStringLiteral("VisibilityTimeout")), QStringLiteral("45"));
    QCOMPARE(f.queryItemValue(QStringLiteral("QueueUrl"), QUrl::FullyDecoded), kQueue.toString());
    QVERIFY(r.body.contains("QueueUrl=https%3A%2F%2Fsqs.us-east-1.amazonaws.com%2F123456789012%2F"));
}

void TestSqsRequestBuilder::receiveClampsLimits()
{
    const SigV4Request r = SqsRequestBuilder::receiveMessage(SqsProtocol::Json, kQueue, {50, 99, -1});
    QCOMPARE(jsonBody(r).value(QStringLiteral("MaxNumberOfMessages")).toInt(), 10);
    QCOMPARE(jsonBody(r).value(QStringLiteral("WaitTimeSeconds")).toInt(), 20);
    const SigV4Request r2 = SqsRequestBuilder::receiveMessage(SqsProtocol::Json, kQueue, {0, -3, -1});
    QCOMPARE(jsonBody(r2).value(QStringLiteral("MaxNumberOfMessages")).toInt(), 1);
    QCOMPARE(jsonBody(r2).value(QStringLiteral("WaitTimeSeconds")).toInt(), 0);
}

void TestSqsRequestBuilder::deleteBatchJson()
{
    QStringList handles;
    for (int i = 0; i < 12; ++i)
        handles.append(QStringLiteral("h+/=%1").arg(i));
    const SigV4Request r = SqsRequestBuilder::deleteMessageBatch(SqsProtocol::Json, kQueue, handles);
    QCOMPARE(r.header("X-Amz-Target"), QByteArray("AmazonSQS.DeleteMessageBatch"));
    const QJsonArray entries = jsonBody(r).value(QStringLiteral("Entries")).toArray();
    QCOMPARE(entries.size(), 10); // SQS maximum per request
    QCOMPARE(entries[0].toObject().value(QStringLiteral("Id")).toString(), QStringLiteral("m0"));
    QCOMPARE(entries[9].toObject().value(QStringLiteral("ReceiptHandle")).toString(), QStringLiteral("h+/=9"));
}

void TestSqsRequestBuilder::deleteBatchQuery()
{
    const SigV4Request r = SqsRequestBuilder::deleteMessageBatch(
        SqsProtocol::Query, kQueue, {QStringLiteral("a+b"), QStringLiteral("c d")});
    QVERIFY(r.body.contains("Action=DeleteMessageBatch"));
    QVERIFY(
        r.body.contains("DeleteMessageBatchRequestEntry.1.Id=m0&DeleteMessageBatchRequestEntry.1.ReceiptHandle=a%2Bb"));
    QVERIFY(r.body.contains("DeleteMessageBatchRequestEntry.2.ReceiptHandle=c%20d"));
}

void TestSqsRequestBuilder::deleteMessageBothProtocols()
{
    const SigV4Request j = SqsRequestBuilder::deleteMessage(SqsProtocol::Json, kQueue, QStringLiteral("rh"));
    QCOMPARE(j.header("X-Amz-Target"), QByteArray("AmazonSQS.DeleteMessage"));
    QCOMPARE(jsonBody(j).value(QStringLiteral("ReceiptHandle")).toString(), QStringLiteral("rh"));
    const SigV4Request q = SqsRequestBuilder::deleteMessage(SqsProtocol::Query, kQueue, QStringLiteral("rh"));
    QCOMPARE(form(q).queryItemValue(QStringLiteral("Action")), QStringLiteral("DeleteMessage"));
    QCOMPARE(form(q).queryItemValue(QStringLiteral("ReceiptHandle")), QStringLiteral("rh"));
}

void TestSqsRequestBuilder::changeVisibilityBatchJson()
{
    QVector<SqsVisibilityChange> changes;
    for (int i = 0; i < 12; ++i)
        changes.append({QStringLiteral("h+/=%1").arg(i), i == 3 ? 45 : 0, QStringLiteral("id%1").arg(i)});
    const SigV4Request r = SqsRequestBuilder::changeMessageVisibilityBatch(SqsProtocol::Json, kQueue, changes);
    QCOMPARE(r.url, QUrl(QStringLiteral("https://sqs.us-east-1.amazonaws.com/")));
    QCOMPARE(r.header("X-Amz-Target"), QByteArray("AmazonSQS.ChangeMessageVisibilityBatch"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/x-amz-json-1.0"));
    const QJsonObject body = jsonBody(r);
    QCOMPARE(body.value(QStringLiteral("QueueUrl")).toString(), kQueue.toString());
    const QJsonArray entries = body.value(QStringLiteral("Entries")).toArray();
    QCOMPARE(entries.size(), 10); // SQS maximum per request
    const QJsonObject first = entries[0].toObject();
    QCOMPARE(first.value(QStringLiteral("Id")).toString(), QStringLiteral("m0"));
    QCOMPARE(first.value(QStringLiteral("ReceiptHandle")).toString(), QStringLiteral("h+/=0"));
    // A number, as the JSON protocol's Integer shape requires, not a string.
    QVERIFY(first.value(QStringLiteral("VisibilityTimeout")).isDouble());
    QCOMPARE(first.value(QStringLiteral("VisibilityTimeout")).toInt(), 0);
    QCOMPARE(entries[3].toObject().value(QStringLiteral("VisibilityTimeout")).toInt(), 45);
    QCOMPARE(entries[9].toObject().value(QStringLiteral("Id")).toString(), QStringLiteral("m9"));
    QCOMPARE(first.keys(),
        QStringList({QStringLiteral("Id"), QStringLiteral("ReceiptHandle"),
            QStringLiteral("VisibilityTimeout")})); // the message id is not sent
}

void TestSqsRequestBuilder::changeVisibilityBatchQuery()
{
    const SigV4Request r = SqsRequestBuilder::changeMessageVisibilityBatch(
        SqsProtocol::Query, kQueue, {{QStringLiteral("a+b"), 0, {}}, {QStringLiteral("c d"), 30, {}}});
    QCOMPARE(r.url, kQueue);
    QVERIFY(r.header("X-Amz-Target").isEmpty());
    QVERIFY(r.body.startsWith("Action=ChangeMessageVisibilityBatch&Version=2012-11-05&"));
    QVERIFY(r.body.contains("ChangeMessageVisibilityBatchRequestEntry.1.Id=m0"
                            "&ChangeMessageVisibilityBatchRequestEntry.1.ReceiptHandle=a%2Bb"
                            "&ChangeMessageVisibilityBatchRequestEntry.1.VisibilityTimeout=0"));
    QVERIFY(r.body.contains("ChangeMessageVisibilityBatchRequestEntry.2.ReceiptHandle=c%20d"));
    QVERIFY(r.body.contains("ChangeMessageVisibilityBatchRequestEntry.2.VisibilityTimeout=30"));
    QVERIFY(!r.body.contains("RequestEntry.3."));
    QCOMPARE(form(r).queryItemValue(QStringLiteral("QueueUrl"), QUrl::FullyDecoded), kQueue.toString());
}

void TestSqsRequestBuilder::changeVisibilityBothProtocols()
{
    const SigV4Request j
        = SqsRequestBuilder::changeMessageVisibility(SqsProtocol::Json, kQueue, QStringLiteral("rh"), 0);
    QCOMPARE(j.header("X-Amz-Target"), QByteArray("AmazonSQS.ChangeMessageVisibility"));
    QCOMPARE(jsonBody(j).value(QStringLiteral("ReceiptHandle")).toString(), QStringLiteral("rh"));
    QVERIFY(jsonBody(j).value(QStringLiteral("VisibilityTimeout")).isDouble());
    QCOMPARE(jsonBody(j).value(QStringLiteral("VisibilityTimeout")).toInt(), 0);
    const SigV4Request q
        = SqsRequestBuilder::changeMessageVisibility(SqsProtocol::Query, kQueue, QStringLiteral("r h"), 120);
    QCOMPARE(form(q).queryItemValue(QStringLiteral("Action")), QStringLiteral("ChangeMessageVisibility"));
    QCOMPARE(form(q).queryItemValue(QStringLiteral("ReceiptHandle"), QUrl::FullyDecoded), QStringLiteral("r h"));
    QCOMPARE(form(q).queryItemValue(QStringLiteral("VisibilityTimeout")), QStringLiteral("120"));
}

void TestSqsRequestBuilder::sendMessageBothProtocols()
{
    // Shares the single-request path with the calls above; its shape must not have moved.
    const SigV4Request j = SqsRequestBuilder::sendMessage(SqsProtocol::Json, kQueue, "b+/= ü");
    QCOMPARE(j.header("X-Amz-Target"), QByteArray("AmazonSQS.SendMessage"));
    QCOMPARE(jsonBody(j).value(QStringLiteral("MessageBody")).toString(), QStringLiteral("b+/= ü"));
    const SigV4Request q = SqsRequestBuilder::sendMessage(SqsProtocol::Query, kQueue, "b+/= ü");
    QVERIFY(q.body.contains("Action=SendMessage&Version=2012-11-05&MessageBody=b%2B%2F%3D%20%C3%BC&QueueUrl="));
}

void TestSqsRequestBuilder::loopbackEndpointKeepsPort()
{
    const QUrl local(QStringLiteral("https://localhost:4567/123456789012/alerts"));
    const SigV4Request r = SqsRequestBuilder::receiveMessage(SqsProtocol::Json, local, {});
    QCOMPARE(r.url, QUrl(QStringLiteral("https://localhost:4567/")));
    QCOMPARE(r.header("Host"), QByteArray("localhost:4567"));
}

QTEST_GUILESS_MAIN(TestSqsRequestBuilder)
#include "tst_sqs_request_builder.moc"
