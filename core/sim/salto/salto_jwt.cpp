#include "salto_jwt.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QStringList>

namespace sb::sim {

namespace {

constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray hs256(const QByteArray &data, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

std::optional<QJsonObject> decodePart(const QByteArray &part)
{
    const auto bytes = QByteArray::fromBase64Encoding(part, kB64);
    if (!bytes)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

QString SaltoJwt::sign(const QJsonObject &claims, const QByteArray &key)
{
    QJsonObject header;
    header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
    header.insert(QStringLiteral("typ"), QStringLiteral("JWT"));
    const QByteArray input = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(kB64) + '.'
        + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kB64);
    return QString::fromLatin1(input + '.' + hs256(input, key).toBase64(kB64));
}

std::optional<QJsonObject> SaltoJwt::verify(const QString &token, const QByteArray &key, QString *why)
{
    auto bad = [why](const char *text) -> std::optional<QJsonObject> {
        if (why)
            *why = QLatin1String(text);
        return std::nullopt;
    };
    const QByteArray bytes = token.toLatin1();
    const QList<QByteArray> parts = bytes.split('.');
    if (parts.size() != 3)
        return bad("not a JWT");
    const std::optional<QJsonObject> header = decodePart(parts.at(0));
    if (!header || header->value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return bad("unsupported JWT header");
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(2), kB64);
    const QByteArray expected = hs256(parts.at(0) + '.' + parts.at(1), key);
    if (!decoded || (*decoded).size() != expected.size())
        return bad("invalid signature");
    const QByteArray signature = *decoded;
    // Constant-time comparison, as a real server would do it.
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(expected.at(i) ^ signature.at(i));
    if (diff != 0)
        return bad("invalid signature");
    const std::optional<QJsonObject> claims = decodePart(parts.at(1));
    if (!claims)
        return bad("unreadable claims");
    return claims;
}

} // namespace sb::sim
