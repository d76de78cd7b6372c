#pragma once

#include "auth/jwt_claims.h"
#include "auth/jwt_key.h"

#include <QVector>

#include <optional>

namespace sb {

// Checks compact JWS tokens against a set of keys: the header's alg picks the keys that fit it (an HMAC secret
// for HS*, an EC key on the matching curve for ES*); "none" and anything else is refused. Then exp and nbf are
// checked against the given clock with a small leeway. Used by the emulator to stand in for the server.
class JwtVerifier
{
public:
    enum class Status { Ok, Malformed, UnsupportedAlgorithm, BadSignature, Expired, NotYetValid };

    void addKey(JwtKey key) { m_keys.append(std::move(key)); }
    void setLeewaySec(int seconds) { m_leewaySec = seconds; }

    struct Result
    {
        Status status = Status::Malformed;
        QString error; // names the problem, never a token
        std::optional<JwtClaims> claims;
        bool ok() const { return status == Status::Ok; }
    };
    Result verify(const QString &token, qint64 nowSec) const;

    // True when `signature` (HMAC bytes or JOSE r || s) is valid for `input` under `key`.
    static bool checkSignature(
        JwtAlgorithm algorithm, const JwtKey &key, const QByteArray &input, const QByteArray &signature);

private:
    QVector<JwtKey> m_keys;
    int m_leewaySec = 5;
};

} // namespace sb
