#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

// The header and claims of a compact JWS, read without checking the signature: for showing what a token grants
// (subject, permissions, expiry) and as the first step of JwtVerifier. Errors name the shape, never a value.
struct JwtClaims
{
    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput; // header.payload as it arrived
    QByteArray signature; // decoded

    QString algorithm() const { return header.value(QStringLiteral("alg")).toString(); }
    QString subject() const { return payload.value(QStringLiteral("sub")).toString(); }
    // `permissions` (array), or the space-separated `scope` string some issuers use instead.
    QStringList permissions() const;
    // Seconds since the epoch; 0 when absent.
    qint64 expiresAtSec() const;
    qint64 issuedAtSec() const;

    // Shortcuts for a client that only needs to know when its own token expires: the payload, or std::nullopt when
    // `jwt` is not a compact JWS with JSON objects; `exp` in UTC ms, 0 when absent or unreadable.
    static std::optional<QJsonObject> read(const QString &jwt);
    static qint64 expiresAtMs(const QString &jwt);

    static constexpr qsizetype DefaultMaxBytes = 16 * 1024;
    static std::optional<JwtClaims> parse(
        const QString &token, QString *error = nullptr, qsizetype maxBytes = DefaultMaxBytes);
};

} // namespace sb
