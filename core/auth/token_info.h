#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

namespace sb {

// An OAuth2 access token as the RDP token endpoint issues it, stamped with when it was obtained on the caller's
// clock so renewal decisions stay testable. Holds secrets: never log it; there is deliberately no debug operator.
struct TokenInfo
{
    QString accessToken;
    QString refreshToken; // V1 (password grant) only
    QString tokenType;
    QString scope;
    int expiresInSec = 0;
    qint64 obtainedMs = 0; // UTC ms

    bool isValid() const { return !accessToken.isEmpty(); }
    qint64 expiresAtMs() const { return obtainedMs + qint64(expiresInSec) * 1000; }

    // Accepts `expires_in` as a JSON number (V2) or a numeric string (V1 sends "600"). Errors describe the shape
    // only, never a value, so they are safe to log.
    static std::optional<TokenInfo> fromJson(const QByteArray &json, qint64 nowMs, QString *error = nullptr);
};

} // namespace sb

Q_DECLARE_METATYPE(sb::TokenInfo)
