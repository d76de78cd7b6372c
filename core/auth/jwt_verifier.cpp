#include "jwt_verifier.h"

#include "auth/jose_ecdsa_signature.h"
#include "auth/jwt_signer.h"
#include "codec/checked_integer.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace sb {

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
    return ctx
        && EVP_DigestVerifyInit(ctx.get(), nullptr, JwtAlgorithmInfo::digest(algorithm), nullptr, key.pkey()) == 1
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
    // NumericDate (RFC 7519 §2): seconds, a fraction allowed and dropped. A number no qint64 can hold names no
    // time, so the token is refused as malformed rather than read as some arbitrary instant. The comparisons keep
    // the leeway on the side of `nowSec`, which is sane, so a claim near the qint64 limit cannot overflow them.
    bool timesValid = true;
    const auto secondsOf = [&](const QString &name) -> std::optional<qint64> {
        const QJsonValue value = claims->payload.value(name);
        if (!value.isDouble())
            return std::nullopt;
        const std::optional<qint64> seconds = checkedInteger<qint64>(value.toDouble());
        if (!seconds && timesValid) {
            timesValid = false;
            result.error = QStringLiteral("the %1 claim is not a time").arg(name);
        }
        return seconds;
    };
    const std::optional<qint64> expSec = secondsOf(QStringLiteral("exp"));
    const std::optional<qint64> nbfSec = secondsOf(QStringLiteral("nbf"));
    if (!timesValid) {
        result.status = Status::Malformed;
        return result;
    }
    if (expSec && nowSec - m_leewaySec > *expSec) {
        result.status = Status::Expired;
        result.error = QStringLiteral("token expired");
        return result;
    }
    if (nbfSec && nowSec + m_leewaySec < *nbfSec) {
        result.status = Status::NotYetValid;
        result.error = QStringLiteral("token not yet valid");
        return result;
    }
    result.status = Status::Ok;
    result.claims = std::move(claims);
    return result;
}

} // namespace sb
