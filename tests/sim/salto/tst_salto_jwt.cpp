// The emulator's HS256 JWTs: signed and verified, a changed payload or another key refused, other algorithms
// refused.
#include "sim/salto/salto_jwt.h"

#include <QTest>

using namespace sb::sim;

class TstSaltoJwt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signAndVerify()
    {
        QJsonObject claims;
        claims.insert(QStringLiteral("sub"), QStringLiteral("client"));
        claims.insert(QStringLiteral("exp"), 1795000000);
        const QString token = SaltoJwt::sign(claims, "key");
        QCOMPARE(token.count(QLatin1Char('.')), 2);
        QString why;
        const auto back = SaltoJwt::verify(token, "key", &why);
        QVERIFY2(back, qPrintable(why));
        QCOMPARE(*back, claims);
    }

    void refusesTamperingAndOtherKeys()
    {
        QJsonObject claims;
        claims.insert(QStringLiteral("role"), QStringLiteral("Site User"));
        const QString token = SaltoJwt::sign(claims, "key");
        QString why;
        QVERIFY(!SaltoJwt::verify(token, "other", &why));
        QCOMPARE(why, QStringLiteral("invalid signature"));
        QJsonObject admin;
        admin.insert(QStringLiteral("role"), QStringLiteral("Site Admin"));
        const QString forged = SaltoJwt::sign(admin, "attacker").section(QLatin1Char('.'), 0, 1) + QLatin1Char('.')
            + token.section(QLatin1Char('.'), 2);
        QVERIFY(!SaltoJwt::verify(forged, "key", &why));
        QVERIFY(!SaltoJwt::verify(QStringLiteral("a.b"), "key", &why));
        QCOMPARE(why, QStringLiteral("not a JWT"));
        // alg none
        const QString none
            = QStringLiteral("eyJhbGciOiJub25lIn0.") + token.section(QLatin1Char('.'), 1, 1) + QLatin1Char('.');
        QVERIFY(!SaltoJwt::verify(none, "key", &why));
        QCOMPARE(why, QStringLiteral("unsupported JWT header"));
    }
};

QTEST_GUILESS_MAIN(TstSaltoJwt)
#include "tst_salto_jwt.moc"
