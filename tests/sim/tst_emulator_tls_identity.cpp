// The emulators' TLS identity: a CA file a client can trust, and a server configuration presenting the same
// certificate, so a client with full peer verification accepts the emulator and nothing else.
#include "sim/emulator_tls_identity.h"

#include <QFile>
#include <QSslCertificate>
#include <QTest>

using sb::sim::EmulatorTlsIdentity;

class TestEmulatorTlsIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyUntilCreated()
    {
        EmulatorTlsIdentity identity;
        QVERIFY(!identity.isValid());
        QVERIFY(identity.caFile().isEmpty());
        QVERIFY(identity.serverConfiguration().isNull());
    }

    void caFileHoldsTheServedCertificate()
    {
        EmulatorTlsIdentity identity;
        QVERIFY(identity.create(QStringLiteral("test-ca.pem")));
        QVERIFY(identity.isValid());
        QVERIFY(identity.caFile().endsWith(QLatin1String("/test-ca.pem")));
        const QList<QSslCertificate> trusted = QSslCertificate::fromPath(identity.caFile());
        QCOMPARE(trusted.size(), 1);
        QCOMPARE(trusted.first(), identity.serverConfiguration().localCertificate());
        QVERIFY(!identity.serverConfiguration().privateKey().isNull());
    }

    void caFileGoesWithTheIdentity()
    {
        QString path;
        {
            EmulatorTlsIdentity identity;
            QVERIFY(identity.create(QStringLiteral("gone.pem")));
            path = identity.caFile();
            QVERIFY(QFile::exists(path));
        }
        QVERIFY(!QFile::exists(path));
    }

    void sharesAGivenCertificate()
    {
        EmulatorTlsIdentity first;
        QVERIFY(first.create(QStringLiteral("a.pem")));
        EmulatorTlsIdentity second;
        QVERIFY(second.create(QStringLiteral("b.pem"), first.certificate()));
        QCOMPARE(second.certificate().certificate(), first.certificate().certificate());
        QCOMPARE(QSslCertificate::fromPath(second.caFile()), QSslCertificate::fromPath(first.caFile()));
    }

    void eachIdentityIsNew()
    {
        EmulatorTlsIdentity a;
        EmulatorTlsIdentity b;
        QVERIFY(a.create(QStringLiteral("ca.pem")));
        QVERIFY(b.create(QStringLiteral("ca.pem")));
        QVERIFY(a.caFile() != b.caFile());
        QVERIFY(a.certificate().certificate() != b.certificate().certificate());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorTlsIdentity)
#include "tst_emulator_tls_identity.moc"
