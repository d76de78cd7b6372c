// Where a credential may go: TLS anywhere, plaintext only to loopback, and only to its own origin.
#include "net/credential_destination.h"

#include <QTest>

using namespace sb;

class TestCredentialDestination : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plaintextOnlyToLoopback()
    {
        QVERIFY(CredentialDestination::isPrivate(QUrl(QStringLiteral("https://api.refinitiv.com/x"))));
        QVERIFY(CredentialDestination::isPrivate(QUrl(QStringLiteral("wss://example.com/"))));
        QVERIFY(CredentialDestination::isPrivate(QUrl(QStringLiteral("http://localhost:8080/"))));
        QVERIFY(CredentialDestination::isPrivate(QUrl(QStringLiteral("http://127.0.0.2/"))));
        QVERIFY(CredentialDestination::isPrivate(QUrl(QStringLiteral("ws://[::1]:9/"))));
        QVERIFY(!CredentialDestination::isPrivate(QUrl(QStringLiteral("http://api.refinitiv.com/"))));
        QVERIFY(!CredentialDestination::isPrivate(QUrl(QStringLiteral("http://localhost.evil.com/"))));
        QVERIFY(!CredentialDestination::isPrivate(QUrl(QStringLiteral("http://10.0.0.1/"))));
        QVERIFY(!CredentialDestination::isPrivate(QUrl(QStringLiteral("ftp://localhost/"))));
    }

    void sameOriginComparesSchemeHostAndPort()
    {
        const QUrl api(QStringLiteral("https://api.refinitiv.com"));
        QVERIFY(CredentialDestination::sameOrigin(QUrl(QStringLiteral("https://API.refinitiv.com:443/cfs/1")), api));
        QVERIFY(!CredentialDestination::sameOrigin(QUrl(QStringLiteral("http://api.refinitiv.com/cfs/1")), api));
        QVERIFY(!CredentialDestination::sameOrigin(QUrl(QStringLiteral("https://api.refinitiv.com:8443/")), api));
        QVERIFY(!CredentialDestination::sameOrigin(QUrl(QStringLiteral("https://api.refinitiv.com.evil.io/")), api));
        QVERIFY(!CredentialDestination::sameOrigin(QUrl(QStringLiteral("https://evil.io/?h=api.refinitiv.com")), api));
    }
};

QTEST_GUILESS_MAIN(TestCredentialDestination)
#include "tst_credential_destination.moc"
