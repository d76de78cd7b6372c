#include "net/sqs/sqs_error.h"

#include <QTest>

using namespace sb;

class TestSqsError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonQueueDoesNotExist();
    void jsonUsesQueryErrorHeader();
    void jsonTypeWithoutHeader();
    void xmlErrorResponse();
    void authClassification_data();
    void authClassification();
    void retryableClassification();
    void clockSkew();
    void unreadableBodies();
    void redactsSecrets();
};

// Reference §8, the AWS-JSON example.
void TestSqsError::jsonQueueDoesNotExist()
{
    const SqsError e = SqsError::fromResponse(QStringLiteral("ReceiveMessage"), 400,
        R"({ "__type": "com.amazonaws.sqs#QueueDoesNotExist", "message": "The specified queue does not exist." })",
        "AWS.SimpleQueueService.NonExistentQueue;Sender", "66916324-67ca-54bb-a410-3f567a7a0571");
    QCOMPARE(e.httpStatus, 400);
    QCOMPARE(e.code, QStringLiteral("AWS.SimpleQueueService.NonExistentQueue"));
    QCOMPARE(e.message, QStringLiteral("The specified queue does not exist."));
    QCOMPARE(e.requestId, QStringLiteral("66916324-67ca-54bb-a410-3f567a7a0571"));
    QVERIFY(e.senderFault);
    QVERIFY(!e.isAuthError());
    QVERIFY(!e.retryable());
    QCOMPARE(e.toString(),
        QStringLiteral(
            "ReceiveMessage: HTTP 400 AWS.SimpleQueueService.NonExistentQueue: The specified queue does not exist."));
}

void TestSqsError::jsonUsesQueryErrorHeader()
{
    const SqsError e = SqsError::fromResponse(QStringLiteral("ReceiveMessage"), 403,
        R"({"__type":"com.amazon.coral.service#ExpiredTokenException","message":"The security token included in the request is expired"})",
        "ExpiredToken;Sender");
    QCOMPARE(e.code, QStringLiteral("ExpiredToken"));
    QVERIFY(e.isAuthError());
}

void TestSqsError::jsonTypeWithoutHeader()
{
    const SqsError e = SqsError::fromResponse(QStringLiteral("ReceiveMessage"), 400,
        R"({"__type":"com.amazon.coral.service#UnrecognizedClientException","Message":"The security token included in the request is invalid."})");
    QCOMPARE(e.code, QStringLiteral("UnrecognizedClientException"));
    QCOMPARE(e.message, QStringLiteral("The security token included in the request is invalid."));
    QVERIFY(e.isAuthError());
}

void TestSqsError::xmlErrorResponse()
{
    const SqsError e = SqsError::fromResponse(QStringLiteral("DeleteMessageBatch"), 403,
        "<?xml version=\"1.0\"?><ErrorResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\"><Error>"
        "<Type>Sender</Type><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does "
        "not match the signature you provided.</Message><Detail/></Error><RequestId>r-1</RequestId></ErrorResponse>");
    QCOMPARE(e.code, QStringLiteral("SignatureDoesNotMatch"));
    QVERIFY(e.message.startsWith(QStringLiteral("The request signature")));
    QCOMPARE(e.requestId, QStringLiteral("r-1"));
    QVERIFY(e.isAuthError());
    const SqsError r = SqsError::fromResponse(QStringLiteral("ReceiveMessage"), 500,
        "<ErrorResponse><Error><Type>Receiver</Type><Code>InternalError</Code><Message>x</Message></Error></"
        "ErrorResponse>");
    QVERIFY(!r.senderFault);
    QVERIFY(r.retryable());
}

void TestSqsError::authClassification_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("queryError");
    QTest::addColumn<bool>("auth");
    QTest::newRow("ExpiredToken 400") << 400 << QByteArray("ExpiredToken;Sender") << true;
    QTest::newRow("InvalidClientTokenId") << 403 << QByteArray("InvalidClientTokenId;Sender") << true;
    QTest::newRow("SignatureDoesNotMatch") << 403 << QByteArray("SignatureDoesNotMatch;Sender") << true;
    QTest::newRow("AccessDenied 403") << 403 << QByteArray("AccessDenied;Sender") << true;
    QTest::newRow("throttled") << 400 << QByteArray("RequestThrottled;Sender") << false;
    QTest::newRow("no queue") << 400 << QByteArray("AWS.SimpleQueueService.NonExistentQueue;Sender") << false;
}

void TestSqsError::authClassification()
{
    QFETCH(int, status);
    QFETCH(QByteArray, queryError);
    QFETCH(bool, auth);
    QCOMPARE(SqsError::fromResponse(QStringLiteral("ReceiveMessage"), status, "{}", queryError).isAuthError(), auth);
}

void TestSqsError::retryableClassification()
{
    QVERIFY(SqsError::transport(QStringLiteral("ReceiveMessage"), QStringLiteral("timeout"), QString()).retryable());
    QVERIFY(SqsError::transport(QStringLiteral("ReceiveMessage"), QStringLiteral("network"), QString()).retryable());
    QVERIFY(SqsError::fromResponse(QStringLiteral("ReceiveMessage"), 503, "").retryable());
    QVERIFY(SqsError::fromResponse(QStringLiteral("ReceiveMessage"), 400, "{}", "RequestThrottled;Sender").retryable());
    QVERIFY(!SqsError::fromResponse(QStringLiteral("ReceiveMessage"), 400, "{}", "InvalidParameterValue;Sender")
                 .retryable());
}

void TestSqsError::clockSkew()
{
    const SqsError e = SqsError::fromResponse(QStringLiteral("ReceiveMessage"), 403,
        R"j({"__type":"com.amazon.coral.service#InvalidSignatureException","message":"Signature expired: 20260302T094400Z is now earlier than 20260302T094500Z (20260302T100000Z - 15 min.)"})j",
        "SignatureDoesNotMatch;Sender");
    QVERIFY(e.isAuthError());
    QVERIFY(e.isClockSkew());
}

void TestSqsError::unreadableBodies()
{
    const SqsError e = SqsError::fromResponse(QStringLiteral("ReceiveMessage"), 502, "<html>Bad gateway</html>");
    QCOMPARE(e.code, QStringLiteral("http_502"));
    QVERIFY(e.retryable());
    const SqsError f = SqsError::fromResponse(QStringLiteral("ReceiveMessage"), 400, QByteArray(100000, '{'));
    QCOMPARE(f.code, QStringLiteral("http_400"));
    QVERIFY(f.message.size() <= 500);
}

void TestSqsError::redactsSecrets()
{
    const SqsError e = SqsError::fromResponse(QStringLiteral("ReceiveMessage"), 400,
        R"({"__type":"x#Bad","message":"Authorization: Bearer abc.def.ghi rejected"})");
    QVERIFY(!e.message.contains(QStringLiteral("abc.def.ghi")));
}

QTEST_GUILESS_MAIN(TestSqsError)
#include "tst_sqs_error.moc"
