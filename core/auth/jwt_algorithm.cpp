#include "jwt_algorithm.h"

#include <openssl/evp.h>

namespace sb {

namespace {

// RFC 7518 §3.1 names, the one list both directions read.
const struct
{
    const char *name;
    JwtAlgorithm algorithm;
} kNames[] = {{"HS256", JwtAlgorithm::HS256}, {"HS384", JwtAlgorithm::HS384}, {"HS512", JwtAlgorithm::HS512},
    {"ES256", JwtAlgorithm::ES256}, {"ES384", JwtAlgorithm::ES384}, {"ES512", JwtAlgorithm::ES512}};

} // namespace

std::optional<JwtAlgorithm> JwtAlgorithmInfo::fromName(const QString &name)
{
    // RFC 7515 §4.1.1: "alg" is case-sensitive.
    for (const auto &entry : kNames)
        if (name == QLatin1String(entry.name))
            return entry.algorithm;
    return std::nullopt;
}

QString JwtAlgorithmInfo::name(JwtAlgorithm algorithm)
{
    for (const auto &entry : kNames)
        if (entry.algorithm == algorithm)
            return QString::fromLatin1(entry.name);
    return QString();
}

bool JwtAlgorithmInfo::isHmac(JwtAlgorithm algorithm)
{
    return algorithm == JwtAlgorithm::HS256 || algorithm == JwtAlgorithm::HS384 || algorithm == JwtAlgorithm::HS512;
}

int JwtAlgorithmInfo::digestBits(JwtAlgorithm algorithm)
{
    switch (algorithm) {
    case JwtAlgorithm::HS256:
    case JwtAlgorithm::ES256:
        return 256;
    case JwtAlgorithm::HS384:
    case JwtAlgorithm::ES384:
        return 384;
    case JwtAlgorithm::HS512:
    case JwtAlgorithm::ES512:
        return 512;
    }
    return 0;
}

const EVP_MD *JwtAlgorithmInfo::digest(JwtAlgorithm algorithm)
{
    switch (digestBits(algorithm)) {
    case 256:
        return EVP_sha256();
    case 384:
        return EVP_sha384();
    default:
        return EVP_sha512();
    }
}

int JwtAlgorithmInfo::coordinateBytes(JwtAlgorithm algorithm)
{
    switch (algorithm) {
    case JwtAlgorithm::ES256:
        return 32;
    case JwtAlgorithm::ES384:
        return 48;
    case JwtAlgorithm::ES512:
        return 66;
    default:
        return 0;
    }
}

int JwtAlgorithmInfo::curveBits(JwtAlgorithm algorithm)
{
    switch (algorithm) {
    case JwtAlgorithm::ES256:
        return 256;
    case JwtAlgorithm::ES384:
        return 384;
    case JwtAlgorithm::ES512:
        return 521;
    default:
        return 0;
    }
}

} // namespace sb
