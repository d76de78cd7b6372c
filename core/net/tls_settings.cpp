#include "tls_settings.h"

#include <QFile>
#include <QSslCertificate>

namespace sb {

bool TlsSettings::build(const QString &caFile, QSslConfiguration &out, QString *error)
{
    out = QSslConfiguration::defaultConfiguration();
    out.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (caFile.isEmpty())
        return true;
    QFile f(caFile);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read CA file %1: %2").arg(caFile, f.errorString());
        return false;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    if (certs.isEmpty()) {
        if (error)
            *error = QStringLiteral("CA file %1 holds no PEM certificate").arg(caFile);
        return false;
    }
    out.addCaCertificates(certs);
    return true;
}

} // namespace sb
