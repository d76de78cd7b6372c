#include "tls_settings.h"

#include "event/fail_with.h"

#include <QFile>
#include <QSet>
#include <QSslCertificate>
#include <QSslSocket>

namespace sb {

bool TlsSettings::build(const QString &caFile, QSslConfiguration &out, QString *error)
{
    out = QSslConfiguration::defaultConfiguration();
    out.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (caFile.isEmpty())
        return true;
    QFile f(caFile);
    if (!f.open(QIODevice::ReadOnly))
        return failWith(error, QStringLiteral("cannot read CA file %1: %2").arg(caFile, f.errorString()));
    const QList<QSslCertificate> certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    if (certs.isEmpty())
        return failWith(error, QStringLiteral("CA file %1 holds no PEM certificate").arg(caFile));
    out.setCaCertificates(withSystemCas(out.caCertificates()) + certs);
    return true;
}

QSslConfiguration TlsSettings::peerVerified(const QSslConfiguration &tls)
{
    QSslConfiguration verified = tls.isNull() ? QSslConfiguration::defaultConfiguration() : tls;
    verified.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return verified;
}

QList<QSslCertificate> TlsSettings::withSystemCas(const QList<QSslCertificate> &defaultCas)
{
    // On Linux Qt leaves the default CA list empty and lets OpenSSL look the system CAs up on demand, but only for
    // a configuration whose CA list was never changed: adding the caFile's CAs would silently drop every system CA.
    // So the system CAs are listed explicitly first.
    QList<QSslCertificate> out = defaultCas;
    QSet<QSslCertificate> seen(defaultCas.cbegin(), defaultCas.cend());
    for (const QSslCertificate &cert : QSslConfiguration::systemCaCertificates()) {
        if (!seen.contains(cert)) {
            seen.insert(cert);
            out.append(cert);
        }
    }
    return out;
}

} // namespace sb
