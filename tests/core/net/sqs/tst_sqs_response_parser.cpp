#include "net/sqs/sqs_response_parser.h"

#include <QTest>

using namespace sb;

class TestSqsResponseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void receiveJson();
    void receiveJsonEmpty();
    void receiveXmlFromSeedDocument();
    void receiveXmlEscapedBodyAndAttributes();
    void receiveSkipsIncompleteEntries();
    void receiveRejects_data();
    void receiveRejects();
    void deleteBatchJson();
    void deleteBatchXml();
    void changeVisibilityBatchJson();
    void changeVisibilityBatchXml();
    void sendBothShapes();
};

void TestSqsResponseParser::receiveJson()
{
    const QByteArray body = R"({"Messages":[{"MessageId":"5c9e6038-9265-4fd5-b9c9-eca9bc8aa0eb","ReceiptHandle":"rh1",)"
                            R"("MD5OfBody":"ddd69f288ee1cd2f6a1c2ddacc3b91c7","Body":"AAAAAQAB+/=",)"
                            R"("Attributes":{"SentTimestamp":"1700000000000","ApproximateReceiveCount":"2"}},)"
                            R"({"MessageId":"m2","ReceiptHandle":"rh2","Body":"x"}]})";
    QVector<SqsMessage> messages;
    QString error;
    QVERIFY2(SqsResponseParser::parseReceive(body, messages, &error), qPrintable(error));
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages[0].messageId, QStringLiteral("5c9e6038-9265-4fd5-b9c9-eca9bc8aa0eb"));
    QCOMPARE(messages[0].receiptHandle, QStringLiteral("rh1"));
    QCOMPARE(messages[0].body, QByteArray("AAAAAQAB+/="));
    QCOMPARE(messages[0].md5OfBody, QStringLiteral("ddd69f288ee1cd2f6a1c2ddacc3b91c7"));
    QCOMPARE(messages[0].receiveCount(), 2);
    QCOMPARE(messages[0].attributes.value(QStringLiteral("SentTimestamp")), QStringLiteral("1700000000000"));
    QCOMPARE(messages[1].body, QByteArray("x"));
}

void TestSqsResponseParser::receiveJsonEmpty()
{
    QVector<SqsMessage> messages;
    QVERIFY(SqsResponseParser::parseReceive("{}", messages));
    QVERIFY(messages.isEmpty());
    QVERIFY(SqsResponseParser::parseReceive(R"({"Messages":[]})", messages));
    QVERIFY(messages.isEmpty());
}

// The sample answer of the source document (Alerts delivery article, step 4).
void TestSqsResponseParser::receiveXmlFromSeedDocument()
{
    const QByteArray body = "<?xml version=\"1.0\"?>\n"
                            "<ReceiveMessageResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\">\n"
                            "  <ReceiveMessageResult>\n"
                            "    <Message>\n"
                            "      <MessageId>5c9e6038-9265-4fd5-b9c9-eca9bc8aa0eb</MessageId>\n"
                            "      <ReceiptHandle>****</ReceiptHandle>\n"
                            "      <MD5OfBody>ddd69f288ee1cd2f6a1c2ddacc3b91c7</MD5OfBody>\n"
                            "      <Body>__encrypted_and_encoded_messages__</Body>\n"
                            "    </Message>\n"
                            "  </ReceiveMessageResult>\n"
                            "  <ResponseMetadata>\n"
                            "    <RequestId>2419fb87-557a-52dd-9a75-afa1a36d30aa</RequestId>\n"
                            "  </ResponseMetadata>\n"
                            "</ReceiveMessageResponse>\n";
    QVector<SqsMessage> messages;
    QString error;
    QVERIFY2(SqsResponseParser::parseReceive(body, messages, &error), qPrintable(error));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages[0].messageId, QStringLiteral("5c9e6038-9265-4fd5-b9c9-eca9bc8aa0eb"));
    QCOMPARE(messages[0].receiptHandle, QStringLiteral("****"));
    QCOMPARE(messages[0].body, QByteArray("__encrypted_and_encoded_messages__"));
}

void TestSqsResponseParser::receiveXmlEscapedBodyAndAttributes()
{
    const QByteArray body = "<ReceiveMessageResponse><ReceiveMessageResult><Message><MessageId>a</MessageId>"
                            "<ReceiptHandle>r&amp;1</ReceiptHandle><Body>&lt;x&gt; &quot;y&quot;</Body>"
                            "<Attribute><Name>ApproximateReceiveCount</Name><Value>3</Value></Attribute>"
                            "</Message></ReceiveMessageResult></ReceiveMessageResponse>";
    QVector<SqsMessage> messages;
    QVERIFY(SqsResponseParser::parseReceive(body, messages));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages[0].receiptHandle, QStringLiteral("r&1"));
    QCOMPARE(messages[0].body, QByteArray("<x> \"y\""));
    QCOMPARE(messages[0].receiveCount(), 3);
    QVERIFY(SqsResponseParser::parseReceive(
        "<ReceiveMessageResponse><ReceiveMessageResult/></ReceiveMessageResponse>", messages));
    QVERIFY(messages.isEmpty());
}

void TestSqsResponseParser::receiveSkipsIncompleteEntries()
{
    QVector<SqsMessage> messages;
    int skipped = 0;
    QVERIFY(SqsResponseParser::parseReceive(
        R"({"Messages":[{"MessageId":"a","Body":"x"},{"ReceiptHandle":"r"},{"MessageId":"b","ReceiptHandle":"r","Body":"y"}]})",
        messages, nullptr, &skipped));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(skipped, 2);
}

void TestSqsResponseParser::receiveRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("neither");
    QTest::newRow("text") << QByteArray("OK") << QStringLiteral("neither");
    QTest::newRow("truncated json") << QByteArray(R"({"Messages":[{"MessageId":"a")")
                                    << QStringLiteral("malformed JSON");
    QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("neither");
    QTest::newRow("messages not array") << QByteArray(R"({"Messages":{}})") << QStringLiteral("not an array");
    QTest::newRow("wrong xml root") << QByteArray("<ErrorResponse/>") << QStringLiteral("unexpected XML root");
    QTest::newRow("broken xml") << QByteArray("<ReceiveMessageResponse><ReceiveMessageResult><Message>")
                                << QStringLiteral("malformed XML");
    QByteArray eleven = R"({"Messages":[)";
    for (int i = 0; i < 11; ++i)
        eleven += QByteArray(i ? "," : "") + R"({"MessageId":"m","ReceiptHandle":"r","Body":"b"})";
    eleven += "]}";
    QTest::newRow("eleven messages") << eleven << QStringLiteral("more than 10");
}

void TestSqsResponseParser::receiveRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorPart);
    QVector<SqsMessage> messages;
    QString error;
    QVERIFY(!SqsResponseParser::parseReceive(body, messages, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY(messages.isEmpty());
    QVERIFY(!SqsResponseParser::parseReceive(QByteArray(200, ' ') + "{}", messages, &error, nullptr, 100));
    QVERIFY(error.contains(QStringLiteral("exceeds")));
}

void TestSqsResponseParser::deleteBatchJson()
{
    SqsResponseParser::DeleteBatch r;
    QVERIFY(SqsResponseParser::parseDeleteBatch(
        R"({"Successful":[{"Id":"m0"},{"Id":"m2"}],"Failed":[{"Id":"m1","SenderFault":true,"Code":"ReceiptHandleIsInvalid","Message":"bad"}]})",
        r));
    QCOMPARE(r.successfulIds, QStringList({QStringLiteral("m0"), QStringLiteral("m2")}));
    QCOMPARE(r.failed.size(), 1);
    QCOMPARE(r.failed[0].id, QStringLiteral("m1"));
    QCOMPARE(r.failed[0].code, QStringLiteral("ReceiptHandleIsInvalid"));
    QVERIFY(r.failed[0].senderFault);
}

void TestSqsResponseParser::deleteBatchXml()
{
    SqsResponseParser::DeleteBatch r;
    QString error;
    QVERIFY2(SqsResponseParser::parseDeleteBatch(
                 "<DeleteMessageBatchResponse><DeleteMessageBatchResult>"
                 "<DeleteMessageBatchResultEntry><Id>m0</Id></DeleteMessageBatchResultEntry>"
                 "<BatchResultErrorEntry><Id>m1</Id><Code>ReceiptHandleIsInvalid</Code><Message>bad</Message>"
                 "<SenderFault>false</SenderFault></BatchResultErrorEntry>"
                 "</DeleteMessageBatchResult><ResponseMetadata><RequestId>x</RequestId></ResponseMetadata>"
                 "</DeleteMessageBatchResponse>",
                 r, &error),
        qPrintable(error));
    QCOMPARE(r.successfulIds, QStringList {QStringLiteral("m0")});
    QCOMPARE(r.failed.size(), 1);
    QCOMPARE(r.failed[0].message, QStringLiteral("bad"));
    QVERIFY(!r.failed[0].senderFault);
    QVERIFY(!SqsResponseParser::parseDeleteBatch("<Other/>", r, &error));
}

void TestSqsResponseParser::changeVisibilityBatchJson()
{
    SqsResponseParser::VisibilityBatch r;
    QString error;
    QVERIFY2(SqsResponseParser::parseChangeVisibilityBatch(
                 R"({"Successful":[{"Id":"m1"}],"Failed":[{"Id":"m0","SenderFault":true,)"
                 R"("Code":"ReceiptHandleIsInvalid","Message":"The input receipt handle is invalid."}]})",
                 r, &error),
        qPrintable(error));
    QCOMPARE(r.successfulIds, QStringList {QStringLiteral("m1")});
    QCOMPARE(r.failed.size(), 1);
    QCOMPARE(r.failed[0].id, QStringLiteral("m0"));
    QCOMPARE(r.failed[0].code, QStringLiteral("ReceiptHandleIsInvalid"));
    QVERIFY(r.failed[0].senderFault);
    // No Failed member when everything worked (SQS leaves it out).
    QVERIFY(SqsResponseParser::parseChangeVisibilityBatch(R"({"Successful":[{"Id":"m0"},{"Id":"m1"}]})", r));
    QCOMPARE(r.successfulIds.size(), 2);
    QVERIFY(r.failed.isEmpty());
    QVERIFY(!SqsResponseParser::parseChangeVisibilityBatch("{not json", r, &error));
    QVERIFY(error.contains(QStringLiteral("malformed JSON")));
}

void TestSqsResponseParser::changeVisibilityBatchXml()
{
    SqsResponseParser::VisibilityBatch r;
    QString error;
    QVERIFY2(SqsResponseParser::parseChangeVisibilityBatch(
                 "<ChangeMessageVisibilityBatchResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\">"
                 "<ChangeMessageVisibilityBatchResult>"
                 "<ChangeMessageVisibilityBatchResultEntry><Id>m0</Id></ChangeMessageVisibilityBatchResultEntry>"
                 "<BatchResultErrorEntry><Id>m1</Id><Code>AWS.SimpleQueueService.MessageNotInflight</Code>"
                 "<Message>not in flight</Message><SenderFault>true</SenderFault></BatchResultErrorEntry>"
                 "<ChangeMessageVisibilityBatchResultEntry><Id>m2</Id></ChangeMessageVisibilityBatchResultEntry>"
                 "</ChangeMessageVisibilityBatchResult><ResponseMetadata><RequestId>x</RequestId></ResponseMetadata>"
                 "</ChangeMessageVisibilityBatchResponse>",
                 r, &error),
        qPrintable(error));
    QCOMPARE(r.successfulIds, QStringList({QStringLiteral("m0"), QStringLiteral("m2")}));
    QCOMPARE(r.failed.size(), 1);
    QCOMPARE(r.failed[0].id, QStringLiteral("m1"));
    QCOMPARE(r.failed[0].code, QStringLiteral("AWS.SimpleQueueService.MessageNotInflight"));
    QCOMPARE(r.failed[0].message, QStringLiteral("not in flight"));
    // Another operation's answer is not taken for this one.
    QVERIFY(!SqsResponseParser::parseChangeVisibilityBatch(
        "<DeleteMessageBatchResponse><DeleteMessageBatchResult/></DeleteMessageBatchResponse>", r, &error));
    QVERIFY(error.contains(QStringLiteral("unexpected XML root")));
    QVERIFY(!SqsResponseParser::parseDeleteBatch("<ChangeMessageVisibilityBatchResponse/>", r, &error));
}

void TestSqsResponseParser::sendBothShapes()
{
    QString id;
    QString md5;
    QVERIFY(SqsResponseParser::parseSend(R"({"MessageId":"i1","MD5OfMessageBody":"abc"})", id, md5));
    QCOMPARE(id, QStringLiteral("i1"));
    QCOMPARE(md5, QStringLiteral("abc"));
    QVERIFY(SqsResponseParser::parseSend("<SendMessageResponse><SendMessageResult><MessageId>i2</MessageId>"
                                         "<MD5OfMessageBody>def</MD5OfMessageBody></SendMessageResult>"
                                         "</SendMessageResponse>",
        id, md5));
    QCOMPARE(id, QStringLiteral("i2"));
    QVERIFY(!SqsResponseParser::parseSend("{}", id, md5));
}

QTEST_GUILESS_MAIN(TestSqsResponseParser)
#include "tst_sqs_response_parser.moc"
