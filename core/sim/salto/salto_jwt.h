#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sb::sim {

// JWTs signed with HMAC-SHA256 (RFC 7515/7519), as the emulator's Identity Server issues and its hub checks them.
class SaltoJwt
{
public:
    static QString sign(const QJsonObject &claims, const QByteArray &key);
    // The claims when the signature matches `key` and the header names HS256; `why` says what is wrong otherwise.
    // Expiry is the caller's check.
    static std::optional<QJsonObject> verify(const QString &token, const QByteArray &key, QString *why);
};

} // namespace sb::sim
