#pragma once

#include <QString>

#include <optional>

struct evp_md_st; // OpenSSL's EVP_MD

namespace sb {

// The JWS algorithms Switchboard can mint and verify (RFC 7518 §3.1): HMAC with SHA-2 and ECDSA over the NIST
// curves. RSA is left out because no service we speak to requires it.
enum class JwtAlgorithm { HS256, HS384, HS512, ES256, ES384, ES512 };

struct JwtAlgorithmInfo
{
    static std::optional<JwtAlgorithm> fromName(const QString &name);
    static QString name(JwtAlgorithm algorithm);
    static bool isHmac(JwtAlgorithm algorithm);
    // SHA-2 digest width in bits: 256, 384 or 512.
    static int digestBits(JwtAlgorithm algorithm);
    // The OpenSSL digest (EVP_MD) of that width, for signing and verifying alike.
    static const evp_md_st *digest(JwtAlgorithm algorithm);
    // ECDSA: bytes of r (and of s) in the JOSE signature, the curve order's size (P-521 has 66).
    static int coordinateBytes(JwtAlgorithm algorithm);
    // ECDSA: the curve's size in bits that the key must have (256, 384, 521).
    static int curveBits(JwtAlgorithm algorithm);
};

} // namespace sb
