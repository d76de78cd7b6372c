#include "jose_ecdsa_signature.h"

#include <openssl/bn.h>
#include <openssl/ecdsa.h>

#include <memory>

namespace sb {

QByteArray JoseEcdsaSignature::fromDer(const QByteArray &der, int coordinateBytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<ECDSA_SIG, void (*)(ECDSA_SIG *)> sig(d2i_ECDSA_SIG(nullptr, &p, long(der.size())), ECDSA_SIG_free);
    if (!sig)
        return QByteArray();
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray out(2 * coordinateBytes, '\0');
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    if (BN_bn2binpad(r, o, coordinateBytes) != coordinateBytes
        || BN_bn2binpad(s, o + coordinateBytes, coordinateBytes) != coordinateBytes)
        return QByteArray();
    return out;
}

QByteArray JoseEcdsaSignature::toDer(const QByteArray &jose, int coordinateBytes)
{
    if (coordinateBytes <= 0 || jose.size() != 2 * coordinateBytes)
        return QByteArray();
    const auto *in = reinterpret_cast<const unsigned char *>(jose.constData());
    std::unique_ptr<ECDSA_SIG, void (*)(ECDSA_SIG *)> sig(ECDSA_SIG_new(), ECDSA_SIG_free);
    BIGNUM *r = BN_bin2bn(in, coordinateBytes, nullptr);
    BIGNUM *s = BN_bin2bn(in + coordinateBytes, coordinateBytes, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return QByteArray();
    }
    const int size = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (size <= 0)
        return QByteArray();
    QByteArray der(size, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_ECDSA_SIG(sig.get(), &out);
    return der;
}

} // namespace sb
