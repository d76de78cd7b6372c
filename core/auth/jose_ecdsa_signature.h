#pragma once

#include <QByteArray>

namespace sb {

// JWS carries an ECDSA signature as the fixed-width concatenation r || s (RFC 7518 §3.4); OpenSSL produces and
// expects the DER ECDSA-Sig-Value. These convert between the two.
class JoseEcdsaSignature
{
public:
    // Empty on malformed DER or when r or s does not fit `coordinateBytes`.
    static QByteArray fromDer(const QByteArray &der, int coordinateBytes);
    // Empty unless `jose` is exactly 2 × coordinateBytes long.
    static QByteArray toDer(const QByteArray &jose, int coordinateBytes);
};

} // namespace sb
