#include "net/secret_redactor.h"

#include <QTest>

using sb::SecretRedactor;

class TestSecretRedactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secretKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("secret");
        QTest::newRow("client_secret") << QStringLiteral("client_secret") << true;
        QTest::newRow("password") << QStringLiteral("password") << true;
        QTest::newRow("passwd") << QStringLiteral("passwd") << true;
        QTest::newRow("access_token") << QStringLiteral("access_token") << true;
        QTest::newRow("refresh_token") << QStringLiteral("refresh_token") << true;
        QTest::newRow("AuthenticationToken") << QStringLiteral("AuthenticationToken") << true;
        QTest::newRow("ACCESS_TOKEN") << QStringLiteral("ACCESS_TOKEN") << true;
        QTest::newRow("key") << QStringLiteral("key") << true;
        QTest::newRow("X-Amz-Signature") << QStringLiteral("X-Amz-Signature") << true;
        QTest::newRow("X-Amz-Credential") << QStringLiteral("X-Amz-Credential") << true;
        QTest::newRow("Authorization") << QStringLiteral("Authorization") << true;
        QTest::newRow("token_type") << QStringLiteral("token_type") << false;
        QTest::newRow("expires_in") << QStringLiteral("expires_in") << false;
        QTest::newRow("client_id") << QStringLiteral("client_id") << false;
        QTest::newRow("grant_type") << QStringLiteral("grant_type") << false;
        QTest::newRow("scope") << QStringLiteral("scope") << false;
        QTest::newRow("username") << QStringLiteral("username") << false;
    }
    void secretKeys()
    {
        QFETCH(QString, key);
        QFETCH(bool, secret);
        QCOMPARE(SecretRedactor::isSecretKey(key), secret);
    }

    void urlQuery()
    {
        const QUrl url(
            QStringLiteral("wss://host.example:443/subscriptions?key=K3Y-VALUE&hotel=H1&access_token=abc%2Bdef"));
        const QString out = SecretRedactor::redactUrl(url);
        QVERIFY2(!out.contains(QStringLiteral("K3Y-VALUE")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("abc")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("hotel=H1")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("key=***")), qPrintable(out));
        QVERIFY2(out.startsWith(QStringLiteral("wss://host.example:443/subscriptions?")), qPrintable(out));
    }
    void urlUserInfoAndFragment()
    {
        const QUrl url(QStringLiteral("https://user:hunter2@host/cb#access_token=FRAGTOKEN&state=s1"));
        const QString out = SecretRedactor::redactUrl(url);
        QVERIFY2(!out.contains(QStringLiteral("hunter2")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("FRAGTOKEN")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("state=s1")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("user")), qPrintable(out));
    }
    void urlWithoutSecretsUnchanged()
    {
        const QUrl url(QStringLiteral("https://api.refinitiv.com/streaming/pricing/v1/?transport=websocket"));
        QCOMPARE(SecretRedactor::redactUrl(url), url.toString());
    }

    void jsonMembers()
    {
        const QString in = QStringLiteral(
            R"({"access_token":"eyJ0eXAi","expires_in":"600","refresh_token": "R-123","scope":"trapi","token_type":"Bearer"})");
        const QString out = SecretRedactor::redactText(in);
        QVERIFY2(!out.contains(QStringLiteral("eyJ0eXAi")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("R-123")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(R"("access_token":"***")")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(R"("refresh_token": "***")")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(R"("expires_in":"600")")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(R"("token_type":"Bearer")")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(R"("scope":"trapi")")), qPrintable(out));
    }
    void jsonEscapedQuoteDoesNotLeakTheRest()
    {
        const QString out
            = SecretRedactor::redactText(QStringLiteral("{\"password\":\"ab\\\"cd-TAIL\",\"user\":\"u\"}"));
        QVERIFY2(!out.contains(QStringLiteral("TAIL")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(R"("user":"u")")), qPrintable(out));
    }
    void jsonTruncatedValue()
    {
        // A body cut short for a log line must not leave half a token behind.
        const QString out
            = SecretRedactor::redactText(QStringLiteral("{\"expires_in\":600,\"access_token\":\"PARTIALTOK"));
        QVERIFY2(!out.contains(QStringLiteral("PARTIALTOK")), qPrintable(out));
    }
    void ommLogin()
    {
        const QString out = SecretRedactor::redactText(QStringLiteral(
            R"({"ID":1,"Domain":"Login","Key":{"NameType":"AuthnToken","Elements":{"ApplicationId":"256","AuthenticationToken":"LOGINTOKEN"}}})"));
        QVERIFY2(!out.contains(QStringLiteral("LOGINTOKEN")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(R"("ApplicationId":"256")")), qPrintable(out));
    }

    void formFields()
    {
        const QString in = QStringLiteral(
            "grant_type=password&username=machine&password=p%40ss+w0rd&client_id=app&client_secret=S3CR3T&scope=trapi");
        const QString out = SecretRedactor::redactText(in);
        QVERIFY2(!out.contains(QStringLiteral("p%40ss")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("S3CR3T")), qPrintable(out));
        QCOMPARE(out,
            QStringLiteral("grant_type=password&username=machine&password=***&client_id=app&client_secret=***"
                           "&scope=trapi"));
    }
    void formFieldInProse()
    {
        const QString out
            = SecretRedactor::redactText(QStringLiteral("rejected body (refresh_token=RT-1; client_id=x)"));
        QVERIFY2(!out.contains(QStringLiteral("RT-1")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("client_id=x")), qPrintable(out));
    }
    void bearerHeader()
    {
        QString out = SecretRedactor::redactText(QStringLiteral("Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.abc.def"));
        QVERIFY2(!out.contains(QStringLiteral("eyJhbGci")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("abc.def")), qPrintable(out));
        out = SecretRedactor::redactText(QStringLiteral("sent bearer 0123456789abcdef to the gateway"));
        QVERIFY2(!out.contains(QStringLiteral("0123456789abcdef")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("to the gateway")), qPrintable(out));
        out = SecretRedactor::redactText(QStringLiteral("authorization: Basic dXNlcjpwYXNz"));
        QVERIFY2(!out.contains(QStringLiteral("dXNlcjpwYXNz")), qPrintable(out));
    }
    void bareJwt()
    {
        const QString out = SecretRedactor::redactText(
            QStringLiteral("login rejected for eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl today"));
        QVERIFY2(!out.contains(QStringLiteral("eyJzdWIi")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("today")), qPrintable(out));
    }
    void harmlessTextUntouched()
    {
        const QString in = QStringLiteral("access denied. Scopes required to access the resource: "
                                          "[trapi.streaming.pricing.read]. token expired; status=401");
        QCOMPARE(SecretRedactor::redactText(in), in);
    }

    void knownValues()
    {
        const QStringList secrets {QStringLiteral("s3cr t+&/x"), QString()};
        const QString in
            = QStringLiteral("invalid secret 's3cr t+&/x' (as sent: s3cr%20t%2B%26%2Fx, s3cr+t%2b%26%2fx)");
        const QString out = SecretRedactor::redactValues(in, secrets);
        QVERIFY2(!out.contains(QStringLiteral("s3cr")), qPrintable(out));
        QCOMPARE(out, QStringLiteral("invalid secret '***' (as sent: ***, ***)"));
    }
};

QTEST_APPLESS_MAIN(TestSecretRedactor)
#include "tst_secret_redactor.moc"
