#include "codec/sigv4_signer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace sb;

namespace {

const QString kSuiteDir = QStringLiteral(SB_TESTDATA_DIR "/sigv4");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QDateTime suiteTime()
{
    return QDateTime(QDate(2015, 8, 30), QTime(12, 36, 0), Qt::UTC);
}

// A suite request.txt: request line, headers (continuation lines start with whitespace), blank line, body.
SigV4Request parseSuiteRequest(const QByteArray &text)
{
    SigV4Request r;
    const qsizetype split = text.indexOf("\n\n");
    const QByteArray head = split < 0 ? text : text.left(split);
    r.body = split < 0 ? QByteArray() : text.mid(split + 2);
    const QByteArrayList lines = head.split('\n');
    const QByteArray requestLine = lines.value(0);
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    r.method = requestLine.left(firstSpace);
    const QByteArray target = requestLine.mid(firstSpace + 1, lastSpace - firstSpace - 1);
    const qsizetype q = target.indexOf('?');
    QByteArray host;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !r.headers.isEmpty()) {
            r.headers.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        r.headers.append({line.left(colon), line.mid(colon + 1)});
        if (line.left(colon).compare("host", Qt::CaseInsensitive) == 0)
            host = line.mid(colon + 1).trimmed();
    }
    r.url.setScheme(QStringLiteral("https"));
    r.url.setHost(QString::fromUtf8(host));
    r.url.setPath(QString::fromUtf8(q < 0 ? target : target.left(q)), QUrl::DecodedMode);
    if (q >= 0)
        r.url.setQuery(QString::fromUtf8(target.mid(q + 1)), QUrl::TolerantMode);
    return r;
}

} // namespace

class TestSigV4Signer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void suite_data();
    void suite();
    void mongocryptFormUrlEncoded();
    void signingKeyFromDocs();
    void sqsJsonRequestHeaders();
    void resigningReplacesOldHeaders();
    void canonicalUriNormalizes_data();
    void canonicalUriNormalizes();
    void regionFromQueueUrl_data();
    void regionFromQueueUrl();
};

void TestSigV4Signer::suite_data()
{
    QTest::addColumn<QString>("dir");
    const QStringList cases = QDir(kSuiteDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(cases.size() >= 30, qPrintable(QStringLiteral("suite cases missing in %1").arg(kSuiteDir)));
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << kSuiteDir + QLatin1Char('/') + c;
}

void TestSigV4Signer::suite()
{
    QFETCH(QString, dir);
    const QJsonObject context = QJsonDocument::fromJson(readFile(dir + QStringLiteral("/context.json"))).object();
    const QJsonObject creds = context.value(QStringLiteral("credentials")).toObject();
    AwsCredentials c;
    c.accessKeyId = creds.value(QStringLiteral("access_key_id")).toString();
    c.secretKey = creds.value(QStringLiteral("secret_access_key")).toString();
    c.sessionToken = creds.value(QStringLiteral("token")).toString();
    QCOMPARE(context.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2015-08-30T12:36:00Z"));
    QVERIFY(context.value(QStringLiteral("normalize")).toBool(true));

    SigV4Signer signer(
        c, context.value(QStringLiteral("region")).toString(), context.value(QStringLiteral("service")).toString());
    signer.setSignPayloadHeader(context.value(QStringLiteral("sign_body")).toBool());
    signer.setSignSessionToken(!context.value(QStringLiteral("omit_session_token")).toBool());

    SigV4Request request = parseSuiteRequest(readFile(dir + QStringLiteral("/request.txt")));
    signer.sign(request, suiteTime());

    const QByteArray expectedCanonical = readFile(dir + QStringLiteral("/header-canonical-request.txt"));
    const QByteArray expectedStringToSign = readFile(dir + QStringLiteral("/header-string-to-sign.txt"));
    const QByteArray expectedSignature = readFile(dir + QStringLiteral("/header-signature.txt")).trimmed();
    QVERIFY(!expectedCanonical.isEmpty());

    // Canonical request over the headers the signer chose; for the "header after" case the token was added after
    // signing, so leave it out as the signer did.
    SigV4Request signedView = request;
    if (!c.sessionToken.isEmpty() && context.value(QStringLiteral("omit_session_token")).toBool())
        signedView.removeHeader("X-Amz-Security-Token");
    signedView.removeHeader("Authorization");
    const QByteArrayList signedHeaders = SigV4Signer::headersToSign(signedView);
    const QByteArray canonical = SigV4Signer::canonicalRequest(signedView, signedHeaders);
    QCOMPARE(canonical, expectedCanonical);
    const QByteArray scope = SigV4Signer::credentialScope("20150830", signer.region(), signer.service());
    QCOMPARE(SigV4Signer::stringToSign("20150830T123600Z", scope, canonical), expectedStringToSign);

    const QByteArray authorization = request.header("Authorization");
    QCOMPARE(authorization,
        QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=")
            + signedHeaders.join(';') + ", Signature=" + expectedSignature);
    QCOMPARE(request.header("X-Amz-Date"), QByteArray("20150830T123600Z"));
    if (!c.sessionToken.isEmpty())
        QCOMPARE(request.header("X-Amz-Security-Token"), c.sessionToken.toUtf8());
}

// The original (libmongocrypt) form of post-x-www-form-urlencoded, without X-Amz-Content-Sha256 (reference §13).
void TestSigV4Signer::mongocryptFormUrlEncoded()
{
    SigV4Signer signer({QStringLiteral("AKIDEXAMPLE"), QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), {}},
        QStringLiteral("us-east-1"), QStringLiteral("service"));
    SigV4Request r;
    r.method = "POST";
    r.url = QUrl(QStringLiteral("https://example.amazonaws.com/"));
    r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Host", "example.amazonaws.com"}};
    r.body = "Param1=value1";
    signer.sign(r, suiteTime());
    QVERIFY(r.header("Authorization")
                .endsWith("SignedHeaders=content-type;host;x-amz-date, "
                          "Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"));
    SigV4Request view = r;
    view.removeHeader("Authorization");
    QCOMPARE(SigV4Signer::sha256Hex(SigV4Signer::canonicalRequest(view, SigV4Signer::headersToSign(view))),
        QByteArray("42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281"));
}

// The derived-key example of the AWS docs (IAM user guide, "Create a signed AWS API request").
void TestSigV4Signer::signingKeyFromDocs()
{
    const QByteArray key = SigV4Signer::signingKey(QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
        "20120215", QStringLiteral("us-east-1"), QStringLiteral("iam"));
    QCOMPARE(key.toHex(), QByteArray("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d"));
}

void TestSigV4Signer::sqsJsonRequestHeaders()
{
    SigV4Signer signer({QStringLiteral("ASIAEXAMPLE"), QStringLiteral("secret"), QStringLiteral("token/+=")},
        QStringLiteral("eu-west-1"), QStringLiteral("sqs"));
    SigV4Request r;
    r.method = "POST";
    r.url = QUrl(QStringLiteral("https://localhost:8443/"));
    r.headers = {{"Content-Type", "application/x-amz-json-1.0"}, {"X-Amz-Target", "AmazonSQS.ReceiveMessage"},
        {"User-Agent", "switchboard"}};
    r.body = R"({"QueueUrl":"https://sqs.eu-west-1.amazonaws.com/1/q"})";
    signer.sign(r, suiteTime());
    const QByteArray auth = r.header("Authorization");
    QVERIFY(auth.startsWith("AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/20150830/eu-west-1/sqs/aws4_request, "
                            "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, "
                            "Signature="));
    QCOMPARE(r.header("X-Amz-Security-Token"), QByteArray("token/+="));
    QCOMPARE(SigV4Signer::hostHeader(r.url), QByteArray("localhost:8443"));
    QCOMPARE(SigV4Signer::hostHeader(QUrl(QStringLiteral("https://sqs.us-east-1.amazonaws.com/1/q"))),
        QByteArray("sqs.us-east-1.amazonaws.com"));
}

void TestSigV4Signer::resigningReplacesOldHeaders()
{
    SigV4Signer signer({QStringLiteral("AK"), QStringLiteral("s"), QStringLiteral("t")}, QStringLiteral("us-east-1"),
        QStringLiteral("sqs"));
    SigV4Request r;
    r.method = "POST";
    r.url = QUrl(QStringLiteral("https://sqs.us-east-1.amazonaws.com/"));
    signer.sign(r, suiteTime());
    const QByteArray first = r.header("Authorization");
    signer.sign(r, suiteTime().addSecs(60));
    QCOMPARE(r.headers.size(), 3); // X-Amz-Date, X-Amz-Security-Token, Authorization: no duplicates
    QVERIFY(r.header("Authorization") != first);
    QCOMPARE(r.header("Authorization").count("AWS4-HMAC-SHA256"), 1);
}

void TestSigV4Signer::canonicalUriNormalizes_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("canonical");
    QTest::newRow("root") << QStringLiteral("https://h") << QByteArray("/");
    QTest::newRow("queue") << QStringLiteral("https://h/123456789012/sqs-edsalerts-main-prod-usersqs-ab_1")
                           << QByteArray("/123456789012/sqs-edsalerts-main-prod-usersqs-ab_1");
    QTest::newRow("space") << QStringLiteral("https://h/a%20b/") << QByteArray("/a%20b/");
    QTest::newRow("dots") << QStringLiteral("https://h/a/./b/../c") << QByteArray("/a/c");
}

void TestSigV4Signer::canonicalUriNormalizes()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, canonical);
    QCOMPARE(SigV4Signer::canonicalUri(QUrl(url)), canonical);
}

void TestSigV4Signer::regionFromQueueUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("region");
    QTest::newRow("us-east-1") << QStringLiteral("https://sqs.us-east-1.amazonaws.com/123/q")
                               << QStringLiteral("us-east-1");
    QTest::newRow("eu-west-1") << QStringLiteral("https://sqs.eu-west-1.amazonaws.com/123/q")
                               << QStringLiteral("eu-west-1");
    QTest::newRow("china") << QStringLiteral("https://sqs.cn-north-1.amazonaws.com.cn/123/q")
                           << QStringLiteral("cn-north-1");
    QTest::newRow("legacy") << QStringLiteral("https://ap-southeast-2.queue.amazonaws.com/123/q")
                            << QStringLiteral("ap-southeast-2");
    QTest::newRow("global legacy") << QStringLiteral("https://queue.amazonaws.com/123/q")
                                   << QStringLiteral("fallback-1");
    QTest::newRow("loopback") << QStringLiteral("https://localhost:4443/123/q") << QStringLiteral("fallback-1");
    QTest::newRow("lookalike") << QStringLiteral("https://sqs.us-east-1.amazonaws.com.evil.test/123/q")
                               << QStringLiteral("fallback-1");
}

void TestSigV4Signer::regionFromQueueUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, region);
    QCOMPARE(SigV4Signer::regionFromQueueUrl(QUrl(url), QStringLiteral("fallback-1")), region);
}

QTEST_GUILESS_MAIN(TestSigV4Signer)
#include "tst_sigv4_signer.moc"
