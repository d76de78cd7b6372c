#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace sb::sim {

// The access and refresh tokens the emulated RDP auth service has issued, with their expiry on an injected clock.
class LsegTokenStore
{
public:
    enum class Version { V1, V2 };
    enum class Validity { Valid, Expired, Unknown };

    struct Token
    {
        QString accessToken;
        QString refreshToken; // V1 only
        QString subject; // client id or user name; the Login Refresh's Key.Name
        QString scope;
        Version version = Version::V2;
        qint64 issuedMs = 0;
        qint64 expiresMs = 0;
        int lifetimeSec = 0;
    };

    explicit LsegTokenStore(std::function<qint64()> nowMs);
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }

    Token issue(Version version, const QString &subject, const QString &scope, int lifetimeSec);
    Validity validity(const QString &accessToken) const;
    const Token *find(const QString &accessToken) const;
    // The token a V1 refresh token was issued with; the refresh token is used up.
    bool takeRefreshToken(const QString &refreshToken, Token &issuedWith);
    int issuedCount() const { return m_issued; }

private:
    std::function<qint64()> m_nowMs;
    QHash<QString, Token> m_tokens;
    QHash<QString, QString> m_refreshTokens; // refresh token -> access token
    int m_issued = 0;
};

} // namespace sb::sim
