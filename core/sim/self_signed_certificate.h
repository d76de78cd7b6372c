#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

namespace sb::sim {

// A throw-away TLS identity for the local emulators: an EC P-256 key and an X.509 v3 certificate for localhost
// and 127.0.0.1 that is its own CA, so clients keep full peer verification by trusting this PEM as their caFile.
class SelfSignedCertificate
{
public:
    // Valid from one hour ago (tolerates clock skew between processes) for 30 days. Returns a null certificate
    // only if OpenSSL fails, which the caller sees as certificate().isNull().
    static SelfSignedCertificate generate();

    QSslCertificate certificate() const { return m_certificate; }
    QSslKey key() const { return m_key; }
    QByteArray certificatePem() const { return m_certificatePem; }
    bool isNull() const { return m_certificate.isNull() || m_key.isNull(); }

    // A server-side configuration presenting this identity; clients are not asked for certificates.
    QSslConfiguration serverConfiguration() const;
    bool writeCertificatePem(const QString &path) const;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_certificatePem;
};

} // namespace sb::sim
