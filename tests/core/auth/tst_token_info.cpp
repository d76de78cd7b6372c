#include "auth/token_info.h"

#include <QTest>

using sb::TokenInfo;

namespace {
constexpr qint64 kNow = 1'751'450'000'000;
}

class TestTokenInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void v2NumberExpiry()
    {
        // The V2 answer as issue #21 shows it.
        QString error;
        const auto t = TokenInfo::fromJson(
            QByteArrayLiteral(R"({"expires_in": 7199, "token_type": "Bearer", "access_token": "eyJhbGciOi.x.y"})"),
            kNow, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->accessToken, QStringLiteral("eyJhbGciOi.x.y"));
        QCOMPARE(t->expiresInSec, 7199);
        QCOMPARE(t->tokenType, QStringLiteral("Bearer"));
        QVERIFY(t->refreshToken.isEmpty());
        QCOMPARE(t->obtainedMs, kNow);
        QCOMPARE(t->expiresAtMs(), kNow + 7'199'000);
        QVERIFY(t->isValid());
    }
    void v1StringExpiry()
    {
        // The real V1 answer (TRNA notebook): expires_in is a string.
        const auto t = TokenInfo::fromJson(
            QByteArrayLiteral(R"({"access_token":"JWT","expires_in":"600","refresh_token":"3f2a-uuid",)"
                              R"("scope":"trapi.streaming.pricing.read","token_type":"Bearer"})"),
            kNow, nullptr);
        QVERIFY(t);
        QCOMPARE(t->expiresInSec, 600);
        QCOMPARE(t->refreshToken, QStringLiteral("3f2a-uuid"));
        QCOMPARE(t->scope, QStringLiteral("trapi.streaming.pricing.read"));
    }
    void fractionalAndPaddedExpiry()
    {
        // WS-GO reads expires_in as a float; a fraction is dropped, never rounded up past the real expiry.
        auto t = TokenInfo::fromJson(QByteArrayLiteral(R"({"access_token":"a","expires_in":599.9})"), kNow, nullptr);
        QVERIFY(t);
        QCOMPARE(t->expiresInSec, 599);
        t = TokenInfo::fromJson(QByteArrayLiteral(R"({"access_token":"a","expires_in":" 300 "})"), kNow, nullptr);
        QVERIFY(t);
        QCOMPARE(t->expiresInSec, 300);
        t = TokenInfo::fromJson(QByteArrayLiteral(R"({"access_token":"a","expires_in":1.5})"), kNow, nullptr);
        QVERIFY(t);
        QCOMPARE(t->expiresInSec, 1);
        t = TokenInfo::fromJson(QByteArrayLiteral(R"({"access_token":"a","expires_in":2147483647.5})"), kNow, nullptr);
        QVERIFY(t);
        QCOMPARE(t->expiresInSec, 2147483647);
    }
    void extraFieldsIgnored()
    {
        const auto t = TokenInfo::fromJson(
            QByteArrayLiteral(R"({"access_token":"a","expires_in":10,"id_token":{"x":1},"note":[1,2]})"), kNow,
            nullptr);
        QVERIFY(t);
        QCOMPARE(t->expiresInSec, 10);
    }
    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("not json") << QByteArrayLiteral("<html>gateway</html>") << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArrayLiteral("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("no token") << QByteArrayLiteral(R"({"expires_in":600})") << QStringLiteral("access_token");
        QTest::newRow("empty token") << QByteArrayLiteral(R"({"access_token":"","expires_in":600})")
                                     << QStringLiteral("access_token");
        QTest::newRow("numeric token") << QByteArrayLiteral(R"({"access_token":12,"expires_in":600})")
                                       << QStringLiteral("access_token");
        QTest::newRow("no expiry") << QByteArrayLiteral(R"({"access_token":"SECRETVALUE"})")
                                   << QStringLiteral("no expires_in");
        QTest::newRow("zero") << QByteArrayLiteral(R"({"access_token":"SECRETVALUE","expires_in":0})")
                              << QStringLiteral("invalid expires_in");
        QTest::newRow("negative") << QByteArrayLiteral(R"({"access_token":"SECRETVALUE","expires_in":"-5"})")
                                  << QStringLiteral("invalid expires_in");
        QTest::newRow("word") << QByteArrayLiteral(R"({"access_token":"SECRETVALUE","expires_in":"soon"})")
                              << QStringLiteral("invalid expires_in");
        QTest::newRow("null") << QByteArrayLiteral(R"({"access_token":"SECRETVALUE","expires_in":null})")
                              << QStringLiteral("invalid expires_in");
        QTest::newRow("huge") << QByteArrayLiteral(R"({"access_token":"SECRETVALUE","expires_in":1e12})")
                              << QStringLiteral("invalid expires_in");
        // The hostile numbers JSON can carry, and those QString::toDouble() reads from a string.
        for (const char *n :
            {"1e300", "-1e300", "9.3e18", "2147483648", "0.5", "\"1e300\"", "\"nan\"", "\"inf\"", "\"-inf\""}) {
            QTest::addRow("expires_in %s", n)
                << QByteArray(R"({"access_token":"SECRETVALUE","expires_in":)" + QByteArray(n) + '}')
                << QStringLiteral("invalid expires_in");
        }
    }
    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPart);
        QString error;
        QVERIFY(!TokenInfo::fromJson(json, kNow, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("SECRETVALUE")));
    }
    void defaultIsInvalid() { QVERIFY(!TokenInfo().isValid()); }
};

QTEST_APPLESS_MAIN(TestTokenInfo)
#include "tst_token_info.moc"
