// Reading a JWT's claims without verifying it: exp for a configured token, and garbage rejected.
#include "auth/jwt_claims.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sb;

namespace {
QString jwt(const QByteArray &payloadJson)
{
    constexpr auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    return QString::fromLatin1(
        QByteArray("{\"alg\":\"HS256\"}").toBase64(b64) + '.' + payloadJson.toBase64(b64) + ".c2lnbmF0dXJl");
}
} // namespace

class TstJwtClaims : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsExp()
    {
        const QString token = jwt("{\"exp\":1795000000,\"scopes\":[\"user_api.full_access\"]}");
        QCOMPARE(JwtClaims::expiresAtMs(token), 1795000000000);
        QCOMPARE(JwtClaims::read(token)->value(QStringLiteral("scopes")).toArray().size(), 1);
    }

    void rejectsGarbage()
    {
        QVERIFY(!JwtClaims::read(QStringLiteral("abc")));
        QVERIFY(!JwtClaims::read(QStringLiteral("a.b.c")));
        QVERIFY(!JwtClaims::read(jwt("[1]")));
        QCOMPARE(JwtClaims::expiresAtMs(jwt("{}")), 0);
        QCOMPARE(JwtClaims::expiresAtMs(QStringLiteral("opaque-token")), 0);
    }
};

QTEST_GUILESS_MAIN(TstJwtClaims)
#include "tst_jwt_claims.moc"
