#include "emulator_tls_identity.h"

#include <QTemporaryDir>

namespace sb::sim {

EmulatorTlsIdentity::EmulatorTlsIdentity() = default;
EmulatorTlsIdentity::~EmulatorTlsIdentity() = default;

bool EmulatorTlsIdentity::create(const QString &caFileName, const SelfSignedCertificate &shared)
{
    m_caFile.clear();
    m_certificate = shared.isNull() ? SelfSignedCertificate::generate() : shared;
    if (m_certificate.isNull())
        return false;
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return false;
    const QString path = m_dir->filePath(caFileName);
    if (!m_certificate.writeCertificatePem(path))
        return false;
    m_caFile = path;
    return true;
}

QSslConfiguration EmulatorTlsIdentity::serverConfiguration() const
{
    return isValid() ? m_certificate.serverConfiguration() : QSslConfiguration();
}

} // namespace sb::sim
