#include "pubsub_token_source.h"

#include "auth/jwt_signer.h"

#include <QFile>
#include <QJsonArray>

namespace sb {

PubSubTokenSource::PubSubTokenSource(const PubSubFeedConfig &config)
    : m_config(config)
{ }

QString PubSubTokenSource::token(qint64 nowSec, QString *error) const
{
    if (!m_config.mints())
        return m_config.token;
    auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return QString();
    };
    QByteArray material = m_config.signingKey.toUtf8();
    if (material.isEmpty()) {
        QFile file(m_config.signingKeyFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read signingKeyFile: %1").arg(file.errorString()));
        material = file.read(64 * 1024);
    }
    JwtKey key = JwtKey::hmac(material);
    if (!JwtAlgorithmInfo::isHmac(m_config.algorithm)) {
        QString problem;
        const std::optional<JwtKey> ec = JwtKey::fromPem(material, &problem);
        if (!ec)
            return fail(QStringLiteral("signing key: %1").arg(problem));
        key = *ec;
    }
    const JwtSigner signer(m_config.algorithm, key);
    if (!signer.isUsable())
        return fail(QStringLiteral("the signing key does not fit %1").arg(JwtAlgorithmInfo::name(m_config.algorithm)));
    QJsonObject claims {{QStringLiteral("sub"), m_config.subject},
        {QStringLiteral("permissions"), QJsonArray::fromStringList(m_config.permissions)},
        {QStringLiteral("iat"), double(nowSec)}, {QStringLiteral("exp"), double(nowSec + m_config.tokenLifetimeSec)}};
    if (!m_config.issuer.isEmpty())
        claims.insert(QStringLiteral("iss"), m_config.issuer);
    return signer.sign(claims, error);
}

} // namespace sb
