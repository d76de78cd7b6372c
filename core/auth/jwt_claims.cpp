#include "jwt_claims.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sb {

namespace {

std::optional<QByteArray> base64UrlDecode(const QByteArray &text)
{
    const QByteArray::FromBase64Result r
        = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return std::nullopt;
    return r.decoded;
}

} // namespace

QStringList JwtClaims::permissions() const
{
    QStringList out;
    const QJsonValue permissions = payload.value(QStringLiteral("permissions"));
    if (permissions.isArray()) {
        for (const QJsonValue &v : permissions.toArray())
            if (v.isString())
                out << v.toString();
        return out;
    }
    const QJsonValue scope = payload.value(QStringLiteral("scope"));
    if (scope.isString())
        out = scope.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return out;
}

qint64 JwtClaims::expiresAtSec() const
{
    return qint64(payload.value(QStringLiteral("exp")).toDouble(0));
}

qint64 JwtClaims::issuedAtSec() const
{
    return qint64(payload.value(QStringLiteral("iat")).toDouble(0));
}

std::optional<JwtClaims> JwtClaims::parse(const QString &token, QString *error, qsizetype maxBytes)
{
    auto fail = [error](const char *text) -> std::optional<JwtClaims> {
        if (error)
            *error = QString::fromLatin1(text);
        return std::nullopt;
    };
    if (token.size() > maxBytes)
        return fail("token too long");
    const QByteArray ascii = token.toLatin1();
    const QList<QByteArray> parts = ascii.split('.');
    if (parts.size() != 3)
        return fail("token is not three dot-separated parts");
    const std::optional<QByteArray> header = base64UrlDecode(parts[0]);
    const std::optional<QByteArray> payload = base64UrlDecode(parts[1]);
    const std::optional<QByteArray> signature = base64UrlDecode(parts[2]);
    if (!header || !payload || !signature)
        return fail("token part is not base64url");
    const QJsonDocument headerDoc = QJsonDocument::fromJson(*header);
    const QJsonDocument payloadDoc = QJsonDocument::fromJson(*payload);
    if (!headerDoc.isObject())
        return fail("token header is not a JSON object");
    if (!payloadDoc.isObject())
        return fail("token payload is not a JSON object");
    JwtClaims claims;
    claims.header = headerDoc.object();
    claims.payload = payloadDoc.object();
    claims.signingInput = parts[0] + '.' + parts[1];
    claims.signature = *signature;
    return claims;
}

std::optional<QJsonObject> JwtClaims::read(const QString &jwt)
{
    const std::optional<JwtClaims> claims = parse(jwt);
    if (!claims)
        return std::nullopt;
    return claims->payload;
}

qint64 JwtClaims::expiresAtMs(const QString &jwt)
{
    const std::optional<JwtClaims> claims = parse(jwt);
    return claims && claims->payload.value(QStringLiteral("exp")).isDouble() ? claims->expiresAtSec() * 1000 : 0;
}

} // namespace sb
