#pragma once

#include "auth/jwt_algorithm.h"
#include "auth/jwt_key.h"

#include <QJsonObject>

namespace sb {

// Mints compact JWS tokens (RFC 7515 §7.1) with HMAC-SHA2 or ECDSA through OpenSSL EVP. ECDSA signatures are in
// JOSE form (r || s), not DER. Holds a secret key: never log it.
class JwtSigner
{
public:
    JwtSigner(JwtAlgorithm algorithm, JwtKey key);

    JwtAlgorithm algorithm() const { return m_algorithm; }
    // False when the key does not fit the algorithm (wrong family or curve, or no private key).
    bool isUsable() const;

    // header.payload.signature with header {"alg":…,"typ":"JWT"}. Empty on failure, with `error` set.
    QString sign(const QJsonObject &claims, QString *error = nullptr) const;
    // The raw signature (HMAC bytes or r || s) over the ASCII signing input; empty on failure.
    QByteArray signature(const QByteArray &signingInput, QString *error = nullptr) const;

    static QByteArray base64Url(const QByteArray &data);

private:
    JwtAlgorithm m_algorithm;
    JwtKey m_key;
};

} // namespace sb
