#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

namespace sb {

// TLS is always verified. A feed may name an extra CA file (a private CA, or the emulator's self-signed
// certificate); it is added to the system CAs (and to any CA the process's default configuration holds), never
// replaces them nor verification.
class TlsSettings
{
public:
    // Returns false and sets `error` when the CA file cannot be read or holds no certificate.
    static bool build(const QString &caFile, QSslConfiguration &out, QString *error = nullptr);
    // What a client sends with: the configuration it was given (the process default when none), with the peer
    // always verified whatever the caller set.
    static QSslConfiguration peerVerified(const QSslConfiguration &tls);

private:
    static QList<QSslCertificate> withSystemCas(const QList<QSslCertificate> &defaultCas);
};

} // namespace sb
