#include "aes_gcm_encryptor.h"

#include "codec/aes_gcm_decryptor.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace sb {

QByteArray AesGcmEncryptor::seal(
    const QByteArray &key, const QByteArray &plaintext, const QByteArray &prefix, const QByteArray &nonce)
{
    if (key.size() != AesGcmDecryptor::kKeyBytes || prefix.size() != AesGcmDecryptor::kNonceOffset
        || nonce.size() != AesGcmDecryptor::kNonceBytes)
        return {};
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!ctx)
        return {};
    const QByteArray aad = prefix + nonce;
    QByteArray out = aad;
    out.resize(aad.size() + plaintext.size() + AesGcmDecryptor::kTagBytes);
    auto *cipher = reinterpret_cast<unsigned char *>(out.data()) + aad.size();
    int length = 0;
    int finalLength = 0;
    const bool ok = EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr) == 1
        && EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
               reinterpret_cast<const unsigned char *>(nonce.constData()))
            == 1
        && EVP_EncryptUpdate(
               ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(aad.constData()), int(aad.size()))
            == 1
        && EVP_EncryptUpdate(ctx.get(), cipher, &length, reinterpret_cast<const unsigned char *>(plaintext.constData()),
               int(plaintext.size()))
            == 1
        && EVP_EncryptFinal_ex(ctx.get(), cipher + length, &finalLength) == 1
        && EVP_CIPHER_CTX_ctrl(
               ctx.get(), EVP_CTRL_GCM_GET_TAG, AesGcmDecryptor::kTagBytes, cipher + length + finalLength)
            == 1;
    return ok ? out : QByteArray();
}

QByteArray AesGcmEncryptor::sealToBody(const QByteArray &key, const QByteArray &plaintext, const QByteArray &prefix)
{
    QByteArray nonce(AesGcmDecryptor::kNonceBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(nonce.data()), int(nonce.size())) != 1)
        return {};
    return sealToBody(key, plaintext, prefix, nonce);
}

} // namespace sb
