#include "jwt_signer.h"

#include "auth/jose_ecdsa_signature.h"

#include <QJsonDocument>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace sb {

JwtSigner::JwtSigner(JwtAlgorithm algorithm, JwtKey key)
    : m_algorithm(algorithm)
    , m_key(std::move(key))
{ }

bool JwtSigner::isUsable() const
{
    return m_key.fits(m_algorithm) && m_key.hasPrivateKey();
}

QByteArray JwtSigner::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray JwtSigner::signature(const QByteArray &signingInput, QString *error) const
{
    auto fail = [error](const char *text) {
        if (error)
            *error = QString::fromLatin1(text);
        return QByteArray();
    };
    if (!isUsable())
        return fail("the signing key does not fit the algorithm");
    const EVP_MD *md = JwtAlgorithmInfo::digest(m_algorithm);
    if (m_key.isHmac()) {
        unsigned char mac[EVP_MAX_MD_SIZE];
        unsigned int macSize = 0;
        if (!HMAC(md, m_key.secret().constData(), int(m_key.secret().size()),
                reinterpret_cast<const unsigned char *>(signingInput.constData()), size_t(signingInput.size()), mac,
                &macSize))
            return fail("HMAC failed");
        return QByteArray(reinterpret_cast<const char *>(mac), int(macSize));
    }
    std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX *)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    size_t size = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, md, nullptr, m_key.pkey()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &size, reinterpret_cast<const unsigned char *>(signingInput.constData()),
               size_t(signingInput.size()))
            != 1)
        return fail("ECDSA signing failed");
    QByteArray der(int(size), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(der.data()), &size,
            reinterpret_cast<const unsigned char *>(signingInput.constData()), size_t(signingInput.size()))
        != 1)
        return fail("ECDSA signing failed");
    der.truncate(int(size));
    const QByteArray jose = JoseEcdsaSignature::fromDer(der, JwtAlgorithmInfo::coordinateBytes(m_algorithm));
    if (jose.isEmpty())
        return fail("ECDSA signature conversion failed");
    return jose;
}

QString JwtSigner::sign(const QJsonObject &claims, QString *error) const
{
    QJsonObject header;
    header.insert(QStringLiteral("alg"), JwtAlgorithmInfo::name(m_algorithm));
    header.insert(QStringLiteral("typ"), QStringLiteral("JWT"));
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray sig = signature(input, error);
    if (sig.isEmpty())
        return QString();
    return QString::fromLatin1(input + '.' + base64Url(sig));
}

} // namespace sb
