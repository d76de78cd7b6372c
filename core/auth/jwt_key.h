#pragma once

#include "auth/jwt_algorithm.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct evp_pkey_st;

namespace sb {

// A key for JWS: an HMAC secret, or an EC key (private, which can also verify, or public only) read from PEM.
// Holds a secret: never log it.
class JwtKey
{
public:
    static JwtKey hmac(QByteArray secret);
    // PKCS#8 / SEC1 private key or SubjectPublicKeyInfo public key, PEM. Only EC keys on P-256, P-384, P-521.
    static std::optional<JwtKey> fromPem(const QByteArray &pem, QString *error = nullptr);
    // A fresh EC key on the curve `algorithm` needs (tests and the emulator).
    static std::optional<JwtKey> generateEc(JwtAlgorithm algorithm);

    bool isHmac() const { return !m_pkey; }
    bool hasPrivateKey() const { return m_private; }
    // EC: the curve's size in bits (256, 384, 521); 0 for HMAC.
    int curveBits() const { return m_curveBits; }
    // Whether this key can serve `algorithm` (family and curve agree).
    bool fits(JwtAlgorithm algorithm) const;
    const QByteArray &secret() const { return m_secret; }
    evp_pkey_st *pkey() const { return m_pkey.get(); }
    // EC only: the public half as PEM, for handing a verifier the key a signer uses.
    QByteArray publicPem() const;
    // EC private keys only: PKCS#8 PEM (for writing a demo config).
    QByteArray privatePem() const;

private:
    QByteArray m_secret;
    std::shared_ptr<evp_pkey_st> m_pkey;
    bool m_private = false;
    int m_curveBits = 0;
};

} // namespace sb
