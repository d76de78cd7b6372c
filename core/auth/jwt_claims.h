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

    static constexpr qsizetype DefaultMaxBytes = 16 * 1024;
    static std::optional<JwtClaims> parse(
        const QString &token, QString *error = nullptr, qsizetype maxBytes = DefaultMaxBytes);
};

} // namespace sb
