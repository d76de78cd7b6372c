#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sb {

// Reads the claims of a JWT (RFC 7519) without verifying its signature: a client only needs to know when its own
// token expires (`exp`). The token is a secret; the claims are not echoed into errors.
class JwtClaims
{
public:
    // The payload object, or std::nullopt when `jwt` is not three base64url parts with a JSON object in the middle.
    static std::optional<QJsonObject> read(const QString &jwt);
    // `exp` in UTC ms; 0 when absent or unreadable.
    static qint64 expiresAtMs(const QString &jwt);
};

} // namespace sb
