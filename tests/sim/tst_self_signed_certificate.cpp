#include "sim/self_signed_certificate.h"

#include <QSignalSpy>
#include <QSslCertificateExtension>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using sb::sim::SelfSignedCertificate;

namespace {

// A TLS server on loopback presenting a fresh self-signed identity.
struct SelfSignedServer
{
    const SelfSignedCertificate identity = SelfSignedCertificate::generate();
    QSslServer server;

    bool listen()
    {
        server.setSslConfiguration(identity.serverConfiguration());
        return server.listen(QHostAddress::LocalHost);
    }
};

// A client configuration that verifies the peer against the default CAs and `extraCas`.
QSslConfiguration verifyingClient(const QList<QSslCertificate> &extraCas)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    for (const QSslCertificate &ca : extraCas)
        tls.addCaCertificate(ca);
    return tls;
}

} // namespace

class TestSelfSignedCertificate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatesCertificateAndKey()
    {
        const SelfSignedCertificate c = SelfSignedCertificate::generate();
        QVERIFY(!c.isNull());
        QCOMPARE(c.key().algorithm(), QSsl::Ec);
        QCOMPARE(c.key().type(), QSsl::PrivateKey);
        QVERIFY(c.certificate().isSelfSigned());
        QCOMPARE(c.certificate().subjectInfo(QSslCertificate::CommonName), QStringList {QStringLiteral("localhost")});
        QCOMPARE(c.certificate().version(), QByteArray("3"));
    }

    void validityWindow()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QSslCertificate cert = SelfSignedCertificate::generate().certificate();
        QVERIFY(cert.effectiveDate() <= now.addSecs(-3500));
        QVERIFY(cert.effectiveDate() >= now.addSecs(-3700));
        QVERIFY(cert.expiryDate() >= now.addDays(29));
        QVERIFY(cert.expiryDate() <= now.addDays(31));
    }

    void namesLocalhostAndLoopback()
    {
        const auto san = SelfSignedCertificate::generate().certificate().subjectAlternativeNames();
        QVERIFY(san.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(san.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    }

    void isCertificateAuthority()
    {
        bool found = false;
        for (const QSslCertificateExtension &ext : SelfSignedCertificate::generate().certificate().extensions()) {
            if (ext.name() == u"basicConstraints") {
                found = true;
                QVERIFY(ext.isCritical());
                QCOMPARE(ext.value().toMap().value(QStringLiteral("ca")).toBool(), true);
            }
        }
        QVERIFY(found);
    }

    void eachCertificateIsNew()
    {
        QVERIFY(SelfSignedCertificate::generate().certificate() != SelfSignedCertificate::generate().certificate());
    }

    void writesPem()
    {
        QTemporaryDir dir;
        const SelfSignedCertificate c = SelfSignedCertificate::generate();
        const QString path = dir.filePath(QStringLiteral("ca.pem"));
        QVERIFY(c.writeCertificatePem(path));
        const QList<QSslCertificate> read = QSslCertificate::fromPath(path);
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first(), c.certificate());
    }

    void verifiedHandshakeWithThePemAsCa()
    {
        SelfSignedServer s;
        QVERIFY(s.listen());

        QSslSocket client;
        client.setSslConfiguration(verifyingClient({s.identity.certificate()}));
        QSignalSpy errors(&client, &QSslSocket::sslErrors);
        client.connectToHostEncrypted(QStringLiteral("localhost"), s.server.serverPort());
        QTRY_VERIFY_WITH_TIMEOUT(client.isEncrypted(), 10000);
        QCOMPARE(errors.size(), 0);
    }

    void handshakeFailsWithoutTheCa()
    {
        SelfSignedServer s;
        QVERIFY(s.listen());

        QSslSocket client;
        client.setSslConfiguration(verifyingClient({}));
        QSignalSpy errors(&client, &QSslSocket::sslErrors);
        client.connectToHostEncrypted(QStringLiteral("localhost"), s.server.serverPort());
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() > 0, 10000);
        QVERIFY(!client.isEncrypted());
    }

    void hostnameIsChecked()
    {
        // The certificate names localhost and 127.0.0.1 only: another name for the same socket must fail.
        SelfSignedServer s;
        QVERIFY(s.listen());
        QSslSocket client;
        client.setSslConfiguration(verifyingClient({s.identity.certificate()}));
        QSignalSpy errors(&client, &QSslSocket::sslErrors);
        client.connectToHostEncrypted(
            QStringLiteral("127.0.0.1"), s.server.serverPort(), QStringLiteral("example.org"));
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() > 0, 10000);
        bool mismatch = false;
        for (const QSslError &e : errors.first().first().value<QList<QSslError>>())
            mismatch = mismatch || e.error() == QSslError::HostNameMismatch;
        QVERIFY(mismatch);
    }
};

QTEST_GUILESS_MAIN(TestSelfSignedCertificate)
#include "tst_self_signed_certificate.moc"
