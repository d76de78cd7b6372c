#include "auth/jwt_claims.h"
#include "auth/jwt_signer.h"

#include <QJsonArray>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

using namespace sb;

namespace {

QByteArray unbase64Url(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding);
}

// Checks a JOSE ECDSA signature with OpenSSL directly, independently of JwtVerifier.
bool opensslVerifiesEcdsa(EVP_PKEY *key, const EVP_MD *md, const QByteArray &input, const QByteArray &jose)
{
    const int half = int(jose.size() / 2);
    ECDSA_SIG *sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(sig, BN_bin2bn(reinterpret_cast<const unsigned char *>(jose.constData()), half, nullptr),
        BN_bin2bn(reinterpret_cast<const unsigned char *>(jose.constData()) + half, half, nullptr));
    unsigned char *der = nullptr;
    const int derSize = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, md, nullptr, key) == 1
        && EVP_DigestVerify(ctx, der, size_t(derSize), reinterpret_cast<const unsigned char *>(input.constData()),
               size_t(input.size()))
            == 1;
    EVP_MD_CTX_free(ctx);
    OPENSSL_free(der);
    return ok;
}

} // namespace

class TestJwtSigner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc7515AppendixA1()
    {
        // RFC 7515 A.1: the header and payload bytes (with their CRLFs) and the JWK's symmetric key "k".
        const QByteArray k
            = unbase64Url("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow");
        const QByteArray header = "{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}";
        const QByteArray payload = "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}";
        const QByteArray input = JwtSigner::base64Url(header) + '.' + JwtSigner::base64Url(payload);
        QCOMPARE(input,
            QByteArray("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0"
                       "dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"));
        const JwtSigner signer(JwtAlgorithm::HS256, JwtKey::hmac(k));
        QCOMPARE(
            JwtSigner::base64Url(signer.signature(input)), QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    void hmacFamily_data()
    {
        QTest::addColumn<int>("alg");
        QTest::addColumn<int>("bits");
        QTest::newRow("HS256") << int(JwtAlgorithm::HS256) << 256;
        QTest::newRow("HS384") << int(JwtAlgorithm::HS384) << 384;
        QTest::newRow("HS512") << int(JwtAlgorithm::HS512) << 512;
    }
    void hmacFamily()
    {
        QFETCH(int, alg);
        QFETCH(int, bits);
        const QByteArray secret = "websocket-clients-verification-key";
        const JwtSigner signer(JwtAlgorithm(alg), JwtKey::hmac(secret));
        QJsonObject claims {{QStringLiteral("sub"), QStringLiteral("user0@example.com")},
            {QStringLiteral("permissions"), QJsonArray {QStringLiteral("realtime:subscriber:read:topic:*")}},
            {QStringLiteral("exp"), 1'900'000'000}};
        QString error;
        const QString token = signer.sign(claims, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        const QList<QByteArray> parts = token.toLatin1().split('.');
        QCOMPARE(parts.size(), 3);
        const EVP_MD *md = bits == 256 ? EVP_sha256() : bits == 384 ? EVP_sha384() : EVP_sha512();
        unsigned char mac[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        const QByteArray input = parts[0] + '.' + parts[1];
        HMAC(md, secret.constData(), int(secret.size()), reinterpret_cast<const unsigned char *>(input.constData()),
            size_t(input.size()), mac, &size);
        QCOMPARE(unbase64Url(parts[2]), QByteArray(reinterpret_cast<const char *>(mac), int(size)));

        const auto parsed = JwtClaims::parse(token);
        QVERIFY(parsed);
        QCOMPARE(parsed->algorithm(), JwtAlgorithmInfo::name(JwtAlgorithm(alg)));
        QCOMPARE(parsed->header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
        QCOMPARE(parsed->subject(), QStringLiteral("user0@example.com"));
        QCOMPARE(parsed->permissions(), QStringList {QStringLiteral("realtime:subscriber:read:topic:*")});
        QCOMPARE(parsed->expiresAtSec(), 1'900'000'000);
    }

    void ecdsaFamily_data()
    {
        QTest::addColumn<int>("alg");
        QTest::addColumn<int>("coordinate");
        QTest::newRow("ES256") << int(JwtAlgorithm::ES256) << 32;
        QTest::newRow("ES384") << int(JwtAlgorithm::ES384) << 48;
        QTest::newRow("ES512") << int(JwtAlgorithm::ES512) << 66;
    }
    void ecdsaFamily()
    {
        QFETCH(int, alg);
        QFETCH(int, coordinate);
        const auto key = JwtKey::generateEc(JwtAlgorithm(alg));
        QVERIFY(key);
        // Through PEM, as a configured signing key would arrive.
        QString error;
        const auto fromPem = JwtKey::fromPem(key->privatePem(), &error);
        QVERIFY2(fromPem, qPrintable(error));
        QVERIFY(fromPem->hasPrivateKey());
        const JwtSigner signer(JwtAlgorithm(alg), *fromPem);
        QVERIFY(signer.isUsable());
        const QString token = signer.sign({{QStringLiteral("sub"), QStringLiteral("ops")}}, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        const QList<QByteArray> parts = token.toLatin1().split('.');
        const QByteArray sig = unbase64Url(parts[2]);
        QCOMPARE(sig.size(), 2 * coordinate); // JOSE r || s, not DER
        const int bits = JwtAlgorithmInfo::digestBits(JwtAlgorithm(alg));
        const EVP_MD *md = bits == 256 ? EVP_sha256() : bits == 384 ? EVP_sha384() : EVP_sha512();
        QVERIFY(opensslVerifiesEcdsa(key->pkey(), md, parts[0] + '.' + parts[1], sig));
        QVERIFY(!opensslVerifiesEcdsa(key->pkey(), md, parts[0] + ".e30", sig));
    }

    void keyMustFitAlgorithm()
    {
        const auto p256 = JwtKey::generateEc(JwtAlgorithm::ES256);
        QVERIFY(p256);
        QVERIFY(!JwtSigner(JwtAlgorithm::ES384, *p256).isUsable());
        QVERIFY(!JwtSigner(JwtAlgorithm::HS256, *p256).isUsable());
        QVERIFY(!JwtSigner(JwtAlgorithm::ES256, JwtKey::hmac("x")).isUsable());
        QString error;
        QVERIFY(JwtSigner(JwtAlgorithm::ES384, *p256).sign({}, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        const auto publicOnly = JwtKey::fromPem(p256->publicPem());
        QVERIFY(publicOnly);
        QVERIFY(!publicOnly->hasPrivateKey());
        QVERIFY(!JwtSigner(JwtAlgorithm::ES256, *publicOnly).isUsable());
        QVERIFY(!JwtKey::fromPem("-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----\n", &error));
    }

    void algorithmNames()
    {
        QCOMPARE(JwtAlgorithmInfo::fromName(QStringLiteral("ES512")), JwtAlgorithm::ES512);
        QVERIFY(!JwtAlgorithmInfo::fromName(QStringLiteral("none")));
        QVERIFY(!JwtAlgorithmInfo::fromName(QStringLiteral("hs256")));
        QVERIFY(!JwtAlgorithmInfo::fromName(QStringLiteral("RS256")));
    }

    void claimsParseRejectsGarbage()
    {
        QVERIFY(!JwtClaims::parse(QStringLiteral("a.b")));
        QVERIFY(!JwtClaims::parse(QStringLiteral("!!.e30.x")));
        QVERIFY(!JwtClaims::parse(QStringLiteral("e30.W10.")));
        QVERIFY(JwtClaims::parse(QStringLiteral("e30.e30.")));
        QVERIFY(!JwtClaims::parse(QString(20000, QLatin1Char('a'))));
        const auto scoped = JwtClaims::parse(
            QString::fromLatin1(JwtSigner::base64Url("{}") + '.' + JwtSigner::base64Url(R"({"scope":"a b"})") + '.'));
        QVERIFY(scoped);
        QCOMPARE(scoped->permissions(), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    }
};

QTEST_GUILESS_MAIN(TestJwtSigner)
#include "tst_jwt_signer.moc"
