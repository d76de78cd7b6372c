#include "codec/sigv4_signer.h"
#include "codec/sigv4_verifier.h"

#include <QTest>
#include <QTimeZone>

using namespace sb;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(10, 0, 0), Qt::UTC);

AwsCredentials goodCredentials()
{
    return {QStringLiteral("ASIAGOOD"), QStringLiteral("s3cr3t"), QStringLiteral("tok")};
}

SigV4Verifier makeVerifier(QDateTime expiresAt = kNow.addSecs(3600))
{
    return SigV4Verifier(QStringLiteral("sqs"), QStringLiteral("us-east-1"),
        [expiresAt](const QString &akid) -> std::optional<AwsCredentialRecord> {
            if (akid == QLatin1String("ASIAGOOD"))
                return AwsCredentialRecord {QStringLiteral("s3cr3t"), QStringLiteral("tok"), expiresAt};
            if (akid == QLatin1String("AKIALONG"))
                return AwsCredentialRecord {QStringLiteral("long"), QString(), QDateTime()};
            return std::nullopt;
        });
}

SigV4Request signedRequest(
    const AwsCredentials &c, const QDateTime &when, const QString &region = QStringLiteral("us-east-1"))
{
    SigV4Request r;
    r.method = "POST";
    r.url = QUrl(QStringLiteral("http://localhost:9324/123456789012/alerts?x=1"));
    r.headers = {{"Host", "localhost:9324"}, {"Content-Type", "application/x-amz-json-1.0"},
        {"X-Amz-Target", "AmazonSQS.ReceiveMessage"}};
    r.body = R"({"QueueUrl":"http://localhost:9324/123456789012/alerts"})";
    SigV4Signer(c, region, QStringLiteral("sqs")).sign(r, when);
    return r;
}

} // namespace

class TestSigV4Verifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsOurSignature();
    void acceptsLongTermKey();
    void wrongSecret();
    void tamperedBody();
    void tamperedSignedHeader();
    void unknownAccessKey();
    void wrongToken();
    void expiredToken();
    void staleAndFutureDates();
    void missingAndMalformedAuthorization();
    void wrongRegion();
};

void TestSigV4Verifier::acceptsOurSignature()
{
    const SigV4Verification v = makeVerifier().verify(signedRequest(goodCredentials(), kNow), kNow);
    QVERIFY2(v.ok(), qPrintable(v.message));
    QCOMPARE(v.accessKeyId, QStringLiteral("ASIAGOOD"));
    QCOMPARE(v.httpStatus(), 200);
}

void TestSigV4Verifier::acceptsLongTermKey()
{
    const SigV4Verification v
        = makeVerifier().verify(signedRequest({QStringLiteral("AKIALONG"), QStringLiteral("long"), {}}, kNow), kNow);
    QVERIFY2(v.ok(), qPrintable(v.message));
}

void TestSigV4Verifier::wrongSecret()
{
    AwsCredentials c = goodCredentials();
    c.secretKey = QStringLiteral("guess");
    const SigV4Verification v = makeVerifier().verify(signedRequest(c, kNow), kNow);
    QCOMPARE(v.result, SigV4Verification::Result::SignatureMismatch);
    QCOMPARE(v.code(), QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(v.httpStatus(), 403);
    QVERIFY(v.message.startsWith(QStringLiteral("The request signature we calculated does not match")));
}

void TestSigV4Verifier::tamperedBody()
{
    SigV4Request r = signedRequest(goodCredentials(), kNow);
    r.body.replace("alerts", "others");
    QCOMPARE(makeVerifier().verify(r, kNow).result, SigV4Verification::Result::SignatureMismatch);
}

void TestSigV4Verifier::tamperedSignedHeader()
{
    SigV4Request r = signedRequest(goodCredentials(), kNow);
    r.setHeader("X-Amz-Target", "AmazonSQS.DeleteQueue");
    QCOMPARE(makeVerifier().verify(r, kNow).result, SigV4Verification::Result::SignatureMismatch);
    // An unsigned header may change freely.
    SigV4Request r2 = signedRequest(goodCredentials(), kNow);
    r2.headers.append(qMakePair(QByteArray("User-Agent"), QByteArray("anything")));
    QVERIFY(makeVerifier().verify(r2, kNow).ok());
}

void TestSigV4Verifier::unknownAccessKey()
{
    AwsCredentials c = goodCredentials();
    c.accessKeyId = QStringLiteral("ASIANOPE");
    const SigV4Verification v = makeVerifier().verify(signedRequest(c, kNow), kNow);
    QCOMPARE(v.result, SigV4Verification::Result::UnknownAccessKey);
    QCOMPARE(v.code(), QStringLiteral("InvalidClientTokenId"));
    QCOMPARE(v.httpStatus(), 403);
    QCOMPARE(v.message, QStringLiteral("The security token included in the request is invalid."));
}

void TestSigV4Verifier::wrongToken()
{
    AwsCredentials c = goodCredentials();
    c.sessionToken = QStringLiteral("old");
    QCOMPARE(makeVerifier().verify(signedRequest(c, kNow), kNow).code(), QStringLiteral("InvalidClientTokenId"));
    c.sessionToken.clear();
    QCOMPARE(makeVerifier().verify(signedRequest(c, kNow), kNow).code(), QStringLiteral("InvalidClientTokenId"));
}

void TestSigV4Verifier::expiredToken()
{
    const SigV4Verification v = makeVerifier(kNow).verify(signedRequest(goodCredentials(), kNow), kNow);
    QCOMPARE(v.result, SigV4Verification::Result::ExpiredToken);
    QCOMPARE(v.code(), QStringLiteral("ExpiredToken"));
    QCOMPARE(v.httpStatus(), 403);
    QCOMPARE(v.message, QStringLiteral("The security token included in the request is expired"));
    QVERIFY(makeVerifier(kNow.addSecs(1)).verify(signedRequest(goodCredentials(), kNow), kNow).ok());
}

void TestSigV4Verifier::staleAndFutureDates()
{
    const SigV4Verifier verifier = makeVerifier(kNow.addDays(1));
    QVERIFY(verifier.verify(signedRequest(goodCredentials(), kNow.addSecs(-14 * 60)), kNow).ok());
    QVERIFY(verifier.verify(signedRequest(goodCredentials(), kNow.addSecs(14 * 60)), kNow).ok());
    const SigV4Verification stale = verifier.verify(signedRequest(goodCredentials(), kNow.addSecs(-16 * 60)), kNow);
    QCOMPARE(stale.result, SigV4Verification::Result::RequestExpired);
    QCOMPARE(stale.code(), QStringLiteral("SignatureDoesNotMatch"));
    QVERIFY(stale.message.startsWith(QStringLiteral("Signature expired: 20260302T094400Z is now earlier than")));
    const SigV4Verification future = verifier.verify(signedRequest(goodCredentials(), kNow.addSecs(16 * 60)), kNow);
    QCOMPARE(future.result, SigV4Verification::Result::RequestExpired);
    QVERIFY(future.message.startsWith(QStringLiteral("Signature not yet current")));
}

void TestSigV4Verifier::missingAndMalformedAuthorization()
{
    SigV4Request r = signedRequest(goodCredentials(), kNow);
    r.removeHeader("Authorization");
    SigV4Verification v = makeVerifier().verify(r, kNow);
    QCOMPARE(v.code(), QStringLiteral("MissingAuthenticationToken"));
    QCOMPARE(v.httpStatus(), 403);
    r.setHeader("Authorization", "AWS4-HMAC-SHA256 Credential=ASIAGOOD/20260302/us-east-1/sqs/aws4_request");
    v = makeVerifier().verify(r, kNow);
    QCOMPARE(v.code(), QStringLiteral("IncompleteSignature"));
    QCOMPARE(v.httpStatus(), 400);
    SigV4Request noDate = signedRequest(goodCredentials(), kNow);
    noDate.removeHeader("X-Amz-Date");
    QCOMPARE(makeVerifier().verify(noDate, kNow).code(), QStringLiteral("IncompleteSignature"));
}

void TestSigV4Verifier::wrongRegion()
{
    const SigV4Verification v
        = makeVerifier().verify(signedRequest(goodCredentials(), kNow, QStringLiteral("eu-west-1")), kNow);
    QCOMPARE(v.code(), QStringLiteral("SignatureDoesNotMatch"));
}

QTEST_GUILESS_MAIN(TestSigV4Verifier)
#include "tst_sigv4_verifier.moc"
