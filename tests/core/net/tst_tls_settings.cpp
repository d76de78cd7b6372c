// A feed's TLS settings: a caFile adds its CAs to the system ones, never replaces them. Two certificate authorities
// made here stand in for a system-installed one and a feed's private one; a third is known to nobody. A real TLS
// handshake on loopback shows which server certificates the built configuration accepts.
#include "net/tls_settings.h"
#include "sim/loopback_listen.h"
#include "sim/openssl_x509.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/x509v3.h>

using sb::TlsSettings;
namespace openssl = sb::sim::openssl;

namespace {

openssl::Ptr<X509> newCertificate(EVP_PKEY *key, const char *commonName)
{
    openssl::Ptr<X509> cert = openssl::newCertificate(key, 24L * 3600);
    openssl::addSubjectEntry(cert.get(), "CN", commonName);
    return cert;
}

QSslCertificate toQt(X509 *cert)
{
    return QSslCertificate(openssl::certificatePem(cert), QSsl::Pem);
}

// A certificate authority with a subject of its own (OpenSSL looks issuers up by subject, so each needs a distinct
// one) that issues server certificates for localhost.
class TestAuthority
{
public:
    explicit TestAuthority(const char *commonName)
        : m_key(EVP_EC_gen("P-256"))
        , m_cert(newCertificate(m_key.get(), commonName))
    {
        X509 *self = m_cert.get();
        X509_set_issuer_name(self, X509_get_subject_name(self));
        const bool ok = openssl::addExtension(self, self, NID_basic_constraints, "critical,CA:TRUE")
            && openssl::addExtension(self, self, NID_key_usage, "critical,keyCertSign,cRLSign")
            && openssl::addExtension(self, self, NID_subject_key_identifier, "hash")
            && X509_sign(self, m_key.get(), EVP_sha256()) > 0;
        if (ok)
            m_certificate = toQt(self);
    }

    QSslCertificate certificate() const { return m_certificate; }

    // The identity of a server on loopback whose certificate this authority signed; the chain it presents holds
    // only its own certificate, so the client must already trust the authority.
    QSslConfiguration serverConfiguration() const
    {
        openssl::Ptr<EVP_PKEY> key(EVP_EC_gen("P-256"));
        openssl::Ptr<X509> cert = newCertificate(key.get(), "localhost");
        X509 *issuer = m_cert.get();
        X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer));
        const bool ok = openssl::addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE")
            && openssl::addExtension(cert.get(), issuer, NID_key_usage, "critical,digitalSignature")
            && openssl::addExtension(cert.get(), issuer, NID_ext_key_usage, "serverAuth")
            && openssl::addExtension(cert.get(), issuer, NID_authority_key_identifier, "keyid:always")
            && openssl::addExtension(cert.get(), issuer, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1")
            && X509_sign(cert.get(), m_key.get(), EVP_sha256()) > 0;
        const QByteArray keyPem = ok ? openssl::privateKeyPem(key.get()) : QByteArray();
        if (keyPem.isEmpty())
            return QSslConfiguration();
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(toQt(cert.get()));
        config.setPrivateKey(QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        return config;
    }

    bool writePem(const QString &path) const
    {
        QFile f(path);
        return !m_certificate.isNull() && f.open(QIODevice::WriteOnly) && f.write(m_certificate.toPem()) > 0;
    }

private:
    openssl::Ptr<EVP_PKEY> m_key;
    openssl::Ptr<X509> m_cert;
    QSslCertificate m_certificate;
};

} // namespace

class TestTlsSettings : public QObject
{
    Q_OBJECT
private:
    TestAuthority m_system {"Switchboard test system CA"};
    TestAuthority m_private {"Switchboard test private CA"};
    TestAuthority m_unknown {"Switchboard test unknown CA"};
    QTemporaryDir m_dir;
    QString m_caFile;
    QSslConfiguration m_realDefault;

    // True when a client with `client` completes a verified handshake with a loopback server presenting `server`.
    bool handshakeSucceeds(const QSslConfiguration &client, const QSslConfiguration &server, QString *why)
    {
        QObject scope;
        QTcpServer *listener = sb::sim::makeEmulatorServer(server, &scope);
        if (!listener->listen(QHostAddress(QHostAddress::LocalHost))) {
            *why = listener->errorString();
            return false;
        }
        QSslSocket socket;
        socket.setSslConfiguration(client);
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        QSignalSpy failed(&socket, &QSslSocket::errorOccurred);
        QStringList errors;
        connect(&socket, &QSslSocket::sslErrors, &scope, [&errors](const QList<QSslError> &list) {
            for (const QSslError &e : list)
                errors << e.errorString();
        });
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), listener->serverPort(), QStringLiteral("localhost"));
        if (!QTest::qWaitFor([&] { return encrypted.count() > 0 || failed.count() > 0; }, 10000)) {
            *why = QStringLiteral("no outcome in time");
            return false;
        }
        *why = errors.join(QStringLiteral("; "));
        return encrypted.count() > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!m_system.certificate().isNull());
        QVERIFY(!m_private.certificate().isNull());
        QVERIFY(!m_unknown.certificate().isNull());
        QVERIFY(m_dir.isValid());
        m_caFile = m_dir.filePath(QStringLiteral("private-ca.pem"));
        QVERIFY(m_private.writePem(m_caFile));

        // The "system" CA is installed in the process's default configuration. Qt 6.4's OpenSSL backend reads
        // neither SSL_CERT_FILE nor SSL_CERT_DIR: it never calls SSL_CTX_set_default_verify_paths, points OpenSSL at
        // a fixed list of directories (/etc/ssl/certs/, …) and systemCaCertificates() reads fixed paths. The default
        // configuration is what it does honour: every socket, and TlsSettings::build(), starts from it.
        m_realDefault = QSslConfiguration::defaultConfiguration();
        QSslConfiguration withSystem = m_realDefault;
        withSystem.addCaCertificate(m_system.certificate());
        QSslConfiguration::setDefaultConfiguration(withSystem);
    }
    void cleanupTestCase() { QSslConfiguration::setDefaultConfiguration(m_realDefault); }

    void withoutCaFileTheDefaultsStand()
    {
        QSslConfiguration built;
        QVERIFY(TlsSettings::build(QString(), built));
        QCOMPARE(built.peerVerifyMode(), QSslSocket::VerifyPeer);
        QCOMPARE(built.caCertificates(), QSslConfiguration::defaultConfiguration().caCertificates());
    }

    void caFileKeepsTheMachinesSystemCas()
    {
        // Qt looks the machine's CAs up lazily only while a configuration's CA list is untouched, so adding the
        // caFile's CA must bring them along explicitly.
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        if (system.isEmpty())
            QSKIP("this machine has no system CA store");
        QSslConfiguration built;
        QString error;
        QVERIFY2(TlsSettings::build(m_caFile, built, &error), qPrintable(error));
        const QList<QSslCertificate> trusted = built.caCertificates();
        const QSet<QSslCertificate> trustedSet(trusted.cbegin(), trusted.cend());
        for (const QSslCertificate &cert : system)
            QVERIFY2(trustedSet.contains(cert), qPrintable(cert.subjectDisplayName()));
        QVERIFY(trustedSet.contains(m_private.certificate()));
        QVERIFY(trustedSet.contains(m_system.certificate()));
        QCOMPARE(trustedSet.size(), trusted.size()); // each CA once
    }

    void caFileTrustsBothItsOwnAndTheSystemCa()
    {
        QSslConfiguration built;
        QString error;
        QVERIFY2(TlsSettings::build(m_caFile, built, &error), qPrintable(error));
        QString why;
        QVERIFY2(handshakeSucceeds(built, m_system.serverConfiguration(), &why), qPrintable(why));
        QVERIFY2(handshakeSucceeds(built, m_private.serverConfiguration(), &why), qPrintable(why));
        QVERIFY(!handshakeSucceeds(built, m_unknown.serverConfiguration(), &why));
        QVERIFY2(!why.isEmpty(), "the refusal names its certificate error");
    }

    void withoutCaFileThePrivateCaIsNotTrusted()
    {
        QSslConfiguration built;
        QVERIFY(TlsSettings::build(QString(), built));
        QString why;
        QVERIFY2(handshakeSucceeds(built, m_system.serverConfiguration(), &why), qPrintable(why));
        QVERIFY(!handshakeSucceeds(built, m_private.serverConfiguration(), &why));
    }

    void unreadableOrEmptyCaFileIsAnError()
    {
        QSslConfiguration built;
        QString error;
        QVERIFY(!TlsSettings::build(m_dir.filePath(QStringLiteral("missing.pem")), built, &error));
        QVERIFY2(error.startsWith(QLatin1String("cannot read CA file")), qPrintable(error));
        const QString empty = m_dir.filePath(QStringLiteral("empty.pem"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a certificate\n");
        f.close();
        QVERIFY(!TlsSettings::build(empty, built, &error));
        QVERIFY2(error.contains(QLatin1String("holds no PEM certificate")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTlsSettings)
#include "tst_tls_settings.moc"
