#include "jwt_verifier.h"

#include "auth/jose_ecdsa_signature.h"
#include "auth/jwt_signer.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace sb {

namespace {

const EVP_MD *digestFor(JwtAlgorithm algorithm)
{
    switch (JwtAlgorithmInfo::digestBits(algorithm)) {
    case 256:
        return EVP_sha256();
    case 384:
        return EVP_sha384();
    default:
        return EVP_sha512();
    }
}

} // namespace

bool JwtVerifier::checkSignature(
    JwtAlgorithm algorithm, const JwtKey &key, const QByteArray &input, const QByteArray &signature)
{
    if (!key.fits(algorithm))
        return false;
    if (key.isHmac()) {
        const QByteArray expected = JwtSigner(algorithm, key).signature(input);
        // Constant time, so a forger learns nothing from how long a comparison took.
        return !expected.isEmpty() && expected.size() == signature.size()
            && CRYPTO_memcmp(expected.constData(), signature.constData(), size_t(expected.size())) == 0;
    }
    const QByteArray der = JoseEcdsaSignature::toDer(signature, JwtAlgorithmInfo::coordinateBytes(algorithm));
    if (der.isEmpty())
        return false;
    std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX *)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, digestFor(algorithm), nullptr, key.pkey()) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(der.constData()), size_t(der.size()),
               reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()))
        == 1;
}

JwtVerifier::Result JwtVerifier::verify(const QString &token, qint64 nowSec) const
{
    Result result;
    QString problem;
    std::optional<JwtClaims> claims = JwtClaims::parse(token, &problem);
    if (!claims) {
        result.error = problem;
        return result;
    }
    const std::optional<JwtAlgorithm> algorithm = JwtAlgorithmInfo::fromName(claims->algorithm());
    if (!algorithm) {
        result.status = Status::UnsupportedAlgorithm;
        result.error = QStringLiteral("unsupported alg \"%1\"").arg(claims->algorithm().left(20));
        return result;
    }
    bool valid = false;
    for (const JwtKey &key : m_keys) {
        if (key.fits(*algorithm) && checkSignature(*algorithm, key, claims->signingInput, claims->signature)) {
            valid = true;
            break;
        }
    }
    if (!valid) {
        result.status = Status::BadSignature;
        result.error = QStringLiteral("invalid signature");
        return result;
    }
    const QJsonValue exp = claims->payload.value(QStringLiteral("exp"));
    if (exp.isDouble() && nowSec > qint64(exp.toDouble()) + m_leewaySec) {
        result.status = Status::Expired;
        result.error = QStringLiteral("token expired");
        return result;
    }
    const QJsonValue nbf = claims->payload.value(QStringLiteral("nbf"));
    if (nbf.isDouble() && nowSec + m_leewaySec < qint64(nbf.toDouble())) {
        result.status = Status::NotYetValid;
        result.error = QStringLiteral("token not yet valid");
        return result;
    }
    result.status = Status::Ok;
    result.claims = std::move(claims);
    return result;
}

} // namespace sb
