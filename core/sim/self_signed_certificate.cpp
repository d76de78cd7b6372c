#include "self_signed_certificate.h"

#include "sim/openssl_x509.h"

#include <QFile>
#include <QSaveFile>

#include <openssl/x509v3.h>

namespace sb::sim {

SelfSignedCertificate SelfSignedCertificate::generate()
{
    using namespace openssl;
    SelfSignedCertificate out;
    Ptr<EVP_PKEY> pkey(EVP_EC_gen("P-256"));
    if (!pkey)
        return out;
    Ptr<X509> cert = newCertificate(pkey.get(), 30L * 24 * 3600);
    if (!cert)
        return out;

    addSubjectEntry(cert.get(), "O", "Switchboard emulator");
    addSubjectEntry(cert.get(), "CN", "localhost");
    X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get()));

    // keyCertSign lets the certificate act as the trust anchor; digitalSignature is what the TLS handshake uses.
    X509 *self = cert.get();
    const bool extensionsOk = addExtension(self, self, NID_basic_constraints, "critical,CA:TRUE")
        && addExtension(self, self, NID_key_usage, "critical,digitalSignature,keyCertSign")
        && addExtension(self, self, NID_ext_key_usage, "serverAuth")
        && addExtension(self, self, NID_subject_key_identifier, "hash")
        && addExtension(self, self, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1");
    if (!extensionsOk || X509_sign(self, pkey.get(), EVP_sha256()) <= 0)
        return out;

    const QByteArray certPem = openssl::certificatePem(self);
    const QByteArray keyPem = openssl::privateKeyPem(pkey.get());
    if (certPem.isEmpty() || keyPem.isEmpty())
        return out;

    out.m_certificatePem = certPem;
    out.m_certificate = QSslCertificate(out.m_certificatePem, QSsl::Pem);
    out.m_key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    return out;
}

QSslConfiguration SelfSignedCertificate::serverConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(m_certificate);
    config.setPrivateKey(m_key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // the server side: clients present no certificate
    config.setProtocol(QSsl::TlsV1_2OrLater);
    return config;
}

bool SelfSignedCertificate::writeCertificatePem(const QString &path) const
{
    if (m_certificatePem.isEmpty())
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(m_certificatePem);
    return f.commit();
}

} // namespace sb::sim
