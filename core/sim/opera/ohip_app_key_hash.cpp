#include "ohip_app_key_hash.h"

#include <openssl/evp.h>

namespace sb::sim {

QString OhipAppKeyHash::of(const QString &appKey)
{
    const QByteArray key = appKey.toUtf8();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(key.constData(), size_t(key.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return QString();
    static const char kLowerHex[] = "0123456789abcdef";
    QString out;
    out.reserve(int(length) * 2);
    for (unsigned int i = 0; i < length; ++i) {
        out += QLatin1Char(kLowerHex[digest[i] >> 4]);
        out += QLatin1Char(kLowerHex[digest[i] & 0x0f]);
    }
    return out;
}

} // namespace sb::sim
