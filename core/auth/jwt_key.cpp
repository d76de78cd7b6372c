#include "jwt_key.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace sb {

namespace {

std::shared_ptr<EVP_PKEY> own(EVP_PKEY *key)
{
    return std::shared_ptr<EVP_PKEY>(key, [](EVP_PKEY *p) { EVP_PKEY_free(p); });
}

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, int(size)) : QByteArray();
}

} // namespace

JwtKey JwtKey::hmac(QByteArray secret)
{
    JwtKey key;
    key.m_secret = std::move(secret);
    key.m_private = true;
    return key;
}

std::optional<JwtKey> JwtKey::fromPem(const QByteArray &pem, QString *error)
{
    auto fail = [error](const char *text) -> std::optional<JwtKey> {
        if (error)
            *error = QString::fromLatin1(text);
        return std::nullopt;
    };
    std::unique_ptr<BIO, int (*)(BIO *)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), BIO_free);
    if (!bio)
        return fail("out of memory");
    JwtKey key;
    EVP_PKEY *raw = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    key.m_private = raw != nullptr;
    if (!raw) {
        BIO_reset(bio.get());
        raw = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    }
    if (!raw)
        return fail("not a PEM private or public key");
    key.m_pkey = own(raw);
    if (EVP_PKEY_get_base_id(raw) != EVP_PKEY_EC)
        return fail("only EC keys (P-256, P-384, P-521) are supported");
    key.m_curveBits = EVP_PKEY_get_bits(raw);
    if (key.m_curveBits != 256 && key.m_curveBits != 384 && key.m_curveBits != 521)
        return fail("the EC key is not on P-256, P-384 or P-521");
    return key;
}

std::optional<JwtKey> JwtKey::generateEc(JwtAlgorithm algorithm)
{
    const char *curve = nullptr;
    switch (JwtAlgorithmInfo::curveBits(algorithm)) {
    case 256:
        curve = "P-256";
        break;
    case 384:
        curve = "P-384";
        break;
    case 521:
        curve = "P-521";
        break;
    default:
        return std::nullopt;
    }
    EVP_PKEY *raw = EVP_EC_gen(curve);
    if (!raw)
        return std::nullopt;
    JwtKey key;
    key.m_pkey = own(raw);
    key.m_private = true;
    key.m_curveBits = EVP_PKEY_get_bits(raw);
    return key;
}

bool JwtKey::fits(JwtAlgorithm algorithm) const
{
    if (JwtAlgorithmInfo::isHmac(algorithm))
        return isHmac() && !m_secret.isEmpty();
    return !isHmac() && m_curveBits == JwtAlgorithmInfo::curveBits(algorithm);
}

QByteArray JwtKey::publicPem() const
{
    if (!m_pkey)
        return QByteArray();
    std::unique_ptr<BIO, int (*)(BIO *)> bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_pkey.get()) != 1)
        return QByteArray();
    return bioText(bio.get());
}

QByteArray JwtKey::privatePem() const
{
    if (!m_pkey || !m_private)
        return QByteArray();
    std::unique_ptr<BIO, int (*)(BIO *)> bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_pkey.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return QByteArray();
    return bioText(bio.get());
}

} // namespace sb
