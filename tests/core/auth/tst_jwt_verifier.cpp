#include "auth/jwt_signer.h"
#include "auth/jwt_verifier.h"

#include <QTest>

using namespace sb;

namespace {
constexpr qint64 kNow = 1'800'000'000;

QJsonObject claims(qint64 exp)
{
    return {{QStringLiteral("sub"), QStringLiteral("user0@example.com")}, {QStringLiteral("exp"), double(exp)}};
}
} // namespace

class TestJwtVerifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc7515AppendixA1Token()
    {
        JwtVerifier verifier;
        verifier.addKey(JwtKey::hmac(QByteArray::fromBase64(
            "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow",
            QByteArray::Base64UrlEncoding)));
        const QString token = QStringLiteral(
            "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt"
            "cGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        const auto ok = verifier.verify(token, 1300819370);
        QVERIFY2(ok.ok(), qPrintable(ok.error));
        QCOMPARE(ok.claims->payload.value(QStringLiteral("iss")).toString(), QStringLiteral("joe"));
        QCOMPARE(verifier.verify(token, 1300819380 + 60).status, JwtVerifier::Status::Expired);
    }

    void hmacAndEcKeysSideBySide()
    {
        const auto ec = JwtKey::generateEc(JwtAlgorithm::ES384);
        QVERIFY(ec);
        JwtVerifier verifier;
        verifier.addKey(JwtKey::hmac("client-key"));
        verifier.addKey(*JwtKey::fromPem(ec->publicPem()));
        for (JwtAlgorithm alg : {JwtAlgorithm::HS256, JwtAlgorithm::HS384, JwtAlgorithm::HS512}) {
            const QString token = JwtSigner(alg, JwtKey::hmac("client-key")).sign(claims(kNow + 60));
            QVERIFY(verifier.verify(token, kNow).ok());
            const QString forged = JwtSigner(alg, JwtKey::hmac("other-key")).sign(claims(kNow + 60));
            QCOMPARE(verifier.verify(forged, kNow).status, JwtVerifier::Status::BadSignature);
        }
        const QString esToken = JwtSigner(JwtAlgorithm::ES384, *ec).sign(claims(kNow + 60));
        const auto result = verifier.verify(esToken, kNow);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.claims->subject(), QStringLiteral("user0@example.com"));
        // An ES256 key cannot check an ES384 token; a P-384 key signing as ES512 does not fit either.
        const auto other = JwtKey::generateEc(JwtAlgorithm::ES256);
        QCOMPARE(verifier.verify(JwtSigner(JwtAlgorithm::ES256, *other).sign(claims(kNow + 60)), kNow).status,
            JwtVerifier::Status::BadSignature);
    }

    void tamperedPayloadFails()
    {
        JwtVerifier verifier;
        verifier.addKey(JwtKey::hmac("k"));
        const QString token = JwtSigner(JwtAlgorithm::HS256, JwtKey::hmac("k")).sign(claims(kNow + 60));
        QStringList parts = token.split(QLatin1Char('.'));
        parts[1] = QString::fromLatin1(JwtSigner::base64Url(R"({"sub":"admin","exp":1900000000})"));
        QCOMPARE(verifier.verify(parts.join(QLatin1Char('.')), kNow).status, JwtVerifier::Status::BadSignature);
    }

    void expiryAndNotBefore()
    {
        JwtVerifier verifier;
        verifier.addKey(JwtKey::hmac("k"));
        verifier.setLeewaySec(0);
        const JwtSigner signer(JwtAlgorithm::HS256, JwtKey::hmac("k"));
        QVERIFY(verifier.verify(signer.sign(claims(kNow)), kNow).ok());
        QCOMPARE(verifier.verify(signer.sign(claims(kNow - 1)), kNow).status, JwtVerifier::Status::Expired);
        QJsonObject future = claims(kNow + 100);
        future.insert(QStringLiteral("nbf"), double(kNow + 50));
        QCOMPARE(verifier.verify(signer.sign(future), kNow).status, JwtVerifier::Status::NotYetValid);
    }

    // JSON cannot carry NaN; these are the hostile numbers it can carry. A plain cast of the first three was undefined
    // behaviour (on x86 it gave the qint64 minimum: nbf 1e300 read as valid long ago), and exp at the qint64 limit
    // overflowed when the leeway was added to it.
    void hostileNumericDates_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("status");
        const int malformed = int(JwtVerifier::Status::Malformed);
        for (const QString &claim : {QStringLiteral("exp"), QStringLiteral("nbf")}) {
            const QByteArray c = claim.toLatin1();
            QTest::addRow("%s 1e300", c.constData()) << claim << 1e300 << malformed;
            QTest::addRow("%s -1e300", c.constData()) << claim << -1e300 << malformed;
            QTest::addRow("%s 9.3e18", c.constData()) << claim << 9.3e18 << malformed;
            QTest::addRow("%s -9.3e18", c.constData()) << claim << -9.3e18 << malformed;
        }
        QTest::newRow("exp at the qint64 limit")
            << QStringLiteral("exp") << 9223372036854774784.0 << int(JwtVerifier::Status::Ok);
        QTest::newRow("exp now + 0.5") << QStringLiteral("exp") << double(kNow) + 0.5 << int(JwtVerifier::Status::Ok);
        QTest::newRow("exp 1.5") << QStringLiteral("exp") << 1.5 << int(JwtVerifier::Status::Expired);
        QTest::newRow("nbf now + 61.5") << QStringLiteral("nbf") << double(kNow) + 61.5
                                        << int(JwtVerifier::Status::NotYetValid);
        QTest::newRow("nbf 1.5") << QStringLiteral("nbf") << 1.5 << int(JwtVerifier::Status::Ok);
        QTest::newRow("nbf -1e18") << QStringLiteral("nbf") << -1e18 << int(JwtVerifier::Status::Ok);
    }
    void hostileNumericDates()
    {
        QFETCH(QString, claim);
        QFETCH(double, value);
        QFETCH(int, status);
        JwtVerifier verifier;
        verifier.addKey(JwtKey::hmac("k"));
        verifier.setLeewaySec(60);
        const JwtSigner signer(JwtAlgorithm::HS256, JwtKey::hmac("k"));
        QJsonObject c = claims(kNow + 3600);
        c.insert(claim, value);
        const auto result = verifier.verify(signer.sign(c), kNow);
        QCOMPARE(int(result.status), status);
        if (result.status == JwtVerifier::Status::Malformed)
            QCOMPARE(result.error, QStringLiteral("the %1 claim is not a time").arg(claim));
    }

    void refusesNoneAndUnknown()
    {
        JwtVerifier verifier;
        verifier.addKey(JwtKey::hmac("k"));
        const QString none = QString::fromLatin1(
            JwtSigner::base64Url(R"({"alg":"none"})") + '.' + JwtSigner::base64Url(R"({"sub":"x"})") + '.');
        QCOMPARE(verifier.verify(none, kNow).status, JwtVerifier::Status::UnsupportedAlgorithm);
        QCOMPARE(verifier.verify(QStringLiteral("garbage"), kNow).status, JwtVerifier::Status::Malformed);
        // A truncated ECDSA signature is refused, not crashed on.
        const auto ec = JwtKey::generateEc(JwtAlgorithm::ES256);
        verifier.addKey(*ec);
        QString token = JwtSigner(JwtAlgorithm::ES256, *ec).sign(claims(kNow + 60));
        token.chop(4);
        QCOMPARE(verifier.verify(token, kNow).status, JwtVerifier::Status::BadSignature);
    }
};

QTEST_GUILESS_MAIN(TestJwtVerifier)
#include "tst_jwt_verifier.moc"
