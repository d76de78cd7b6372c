// The alert body opener on arbitrary bytes: base64 decoding, the AAD/nonce/tag split and AES-256-GCM verification,
// as a body (text) and as already decoded bytes. Seeds hold the reference vector, so mutations reach the GCM path.
#include "codec/aes_gcm_decryptor.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // The reference §13 key (bytes 00..1f).
    static const sb::AesGcmDecryptor decryptor(
        QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const sb::AesGcmDecryptor::Result asBody = decryptor.decryptBody(bytes);
    if (asBody.ok())
        (void)QJsonDocument::fromJson(asBody.plaintext);
    (void)decryptor.decrypt(bytes);
    return 0;
}
