#pragma once

#include "sim/self_signed_certificate.h"

#include <QSslConfiguration>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace sb::sim {

// An emulator's TLS identity: a fresh self-signed certificate, and its PEM written to a private temporary file that
// clients name as their caFile, so they keep full peer verification against the emulator.
class EmulatorTlsIdentity
{
public:
    EmulatorTlsIdentity();
    ~EmulatorTlsIdentity();
    EmulatorTlsIdentity(const EmulatorTlsIdentity &) = delete;
    EmulatorTlsIdentity &operator=(const EmulatorTlsIdentity &) = delete;

    // Generates a certificate, or takes `shared` when it is not null, and writes it as `caFileName` in a new temporary
    // folder. False if either fails. Servers of one emulator share a certificate: two self-signed CAs with the same
    // subject in one trust file confuse OpenSSL's issuer lookup.
    bool create(const QString &caFileName, const SelfSignedCertificate &shared = SelfSignedCertificate());
    bool isValid() const { return !m_caFile.isEmpty(); }

    QSslConfiguration serverConfiguration() const; // null when not created
    QString caFile() const { return m_caFile; } // empty when not created
    const SelfSignedCertificate &certificate() const { return m_certificate; }

private:
    SelfSignedCertificate m_certificate;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_caFile;
};

} // namespace sb::sim
