#pragma once

// A certificate for localhost/127.0.0.1 that is its own CA, and its key, written as PEM files to a temporary
// directory: what a TLS server under test (nats-server, a config check) is given as cert, key and CA file.
#include "sim/self_signed_certificate.h"

#include <QFile>
#include <QTemporaryDir>

namespace sb::test {

class SelfSignedFiles
{
public:
    // False when the certificate could not be made or written.
    bool write()
    {
        const sim::SelfSignedCertificate identity = sim::SelfSignedCertificate::generate();
        if (identity.isNull())
            return false;
        m_cert = m_dir.filePath(QStringLiteral("server.pem"));
        m_key = m_dir.filePath(QStringLiteral("server.key"));
        QFile key(m_key);
        return identity.writeCertificatePem(m_cert) && key.open(QIODevice::WriteOnly)
            && key.write(identity.key().toPem()) > 0;
    }
    QString certificate() const { return m_cert; }
    QString key() const { return m_key; }

private:
    QTemporaryDir m_dir;
    QString m_cert, m_key;
};

} // namespace sb::test
