// JwtAlgorithmInfo: the RFC 7518 "alg" names, read and written from one list, and the facts each algorithm implies.
#include "auth/jwt_algorithm.h"

#include <QTest>

using namespace sb;

class TestJwtAlgorithm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyAlgorithmIsNamedAndReadBack()
    {
        const QStringList names {QStringLiteral("HS256"), QStringLiteral("HS384"), QStringLiteral("HS512"),
            QStringLiteral("ES256"), QStringLiteral("ES384"), QStringLiteral("ES512")};
        for (int i = 0; i < names.size(); ++i) {
            const auto algorithm = JwtAlgorithm(i);
            QCOMPARE(JwtAlgorithmInfo::name(algorithm), names[i]);
            QCOMPARE(JwtAlgorithmInfo::fromName(names[i]), std::optional<JwtAlgorithm>(algorithm));
            QCOMPARE(JwtAlgorithmInfo::isHmac(algorithm), names[i].startsWith(QLatin1Char('H')));
            QCOMPARE(JwtAlgorithmInfo::digestBits(algorithm), names[i].right(3).toInt());
        }
    }

    void namesAreCaseSensitiveAndNoneIsRefused()
    {
        // RFC 7515 §4.1.1; "none" (unsecured JWS) is never accepted.
        for (const char *name : {"hs256", "Es256", "none", "RS256", ""})
            QVERIFY2(!JwtAlgorithmInfo::fromName(QLatin1String(name)), name);
    }
};

QTEST_GUILESS_MAIN(TestJwtAlgorithm)
#include "tst_jwt_algorithm.moc"
