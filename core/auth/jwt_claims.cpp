#include "jwt_claims.h"

#include <QJsonDocument>
#include <QStringList>

namespace sb {

std::optional<QJsonObject> JwtClaims::read(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts.at(1).size() > 64 * 1024)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

qint64 JwtClaims::expiresAtMs(const QString &jwt)
{
    const std::optional<QJsonObject> claims = read(jwt);
    if (!claims)
        return 0;
    const QJsonValue exp = claims->value(QStringLiteral("exp"));
    return exp.isDouble() ? qint64(exp.toDouble()) * 1000 : 0;
}

} // namespace sb
