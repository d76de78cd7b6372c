#include "aes_gcm_decryptor.h"

#include "codec/base64.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace sb {

struct AesGcmDecryptor::Context
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    ~Context() { EVP_CIPHER_CTX_free(ctx); }
};

namespace {

AesGcmDecryptor::Result failure(AesGcmDecryptor::Status status, const QString &error)
{
    AesGcmDecryptor::Result r;
    r.status = status;
    r.error = error;
    return r;
}

} // namespace

AesGcmDecryptor::AesGcmDecryptor(const QByteArray &key)
    : m_ctx(std::make_unique<Context>())
{
    if (key.size() != kKeyBytes || !m_ctx->ctx)
        return;
    // Key schedule once; each message then only sets its nonce.
    m_keyValid = EVP_DecryptInit_ex(m_ctx->ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(m_ctx->ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1
        && EVP_DecryptInit_ex(
               m_ctx->ctx, nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.constData()), nullptr)
            == 1;
}

AesGcmDecryptor::~AesGcmDecryptor() = default;

std::unique_ptr<AesGcmDecryptor> AesGcmDecryptor::fromBase64Key(const QString &cryptographyKey)
{
    QByteArray raw;
    const QByteArray text = cryptographyKey.trimmed().toLatin1();
    if (Base64::decode(std::string_view(text.constData(), size_t(text.size())), raw, 64) != Base64::Status::Ok)
        raw.clear();
    auto d = std::make_unique<AesGcmDecryptor>(raw);
    OPENSSL_cleanse(raw.data(), size_t(raw.size()));
    return d;
}

AesGcmDecryptor::Result AesGcmDecryptor::decryptBody(std::string_view base64Body) const
{
    if (qsizetype(base64Body.size()) > m_maxBodyBytes) {
        return failure(Status::TooLarge,
            QStringLiteral("alert body of %1 bytes exceeds the limit of %2")
                .arg(base64Body.size())
                .arg(m_maxBodyBytes));
    }
    QByteArray sealed;
    const Base64::Status b = Base64::decode(base64Body, sealed, m_maxBodyBytes);
    if (b != Base64::Status::Ok)
        return failure(Status::BadBase64, QStringLiteral("alert body is not base64: %1").arg(Base64::statusText(b)));
    return decrypt(sealed);
}

AesGcmDecryptor::Result AesGcmDecryptor::decrypt(const QByteArray &sealed) const
{
    if (!m_keyValid)
        return failure(Status::BadKey, QStringLiteral("the cryptography key is not a 32-byte AES-256 key"));
    if (sealed.size() > m_maxBodyBytes) {
        return failure(Status::TooLarge,
            QStringLiteral("alert body of %1 bytes exceeds the limit of %2").arg(sealed.size()).arg(m_maxBodyBytes));
    }
    if (sealed.size() < kAadBytes + kTagBytes) {
        return failure(Status::TooShort,
            QStringLiteral("alert body of %1 bytes is shorter than AAD and tag (%2 bytes)")
                .arg(sealed.size())
                .arg(kAadBytes + kTagBytes));
    }
    const auto *in = reinterpret_cast<const unsigned char *>(sealed.constData());
    const int cipherLength = int(sealed.size()) - kAadBytes - kTagBytes;
    EVP_CIPHER_CTX *ctx = m_ctx->ctx;
    Result r;
    r.plaintext.resize(cipherLength);
    auto *out = reinterpret_cast<unsigned char *>(r.plaintext.data());
    int outLength = 0;
    int finalLength = 0;
    unsigned char tag[kTagBytes];
    std::copy(in + sealed.size() - kTagBytes, in + sealed.size(), tag);
    const bool setUp = EVP_DecryptInit_ex(ctx, nullptr, nullptr, nullptr, in + kNonceOffset) == 1
        && EVP_DecryptUpdate(ctx, nullptr, &outLength, in, kAadBytes) == 1
        && EVP_DecryptUpdate(ctx, out, &outLength, in + kAadBytes, cipherLength) == 1
        && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, kTagBytes, tag) == 1;
    if (!setUp) {
        OPENSSL_cleanse(r.plaintext.data(), size_t(r.plaintext.size()));
        return failure(Status::CryptoFailure, QStringLiteral("AES-256-GCM could not be set up"));
    }
    if (EVP_DecryptFinal_ex(ctx, out + outLength, &finalLength) != 1) {
        OPENSSL_cleanse(r.plaintext.data(), size_t(r.plaintext.size()));
        return failure(Status::TagMismatch,
            QStringLiteral("the GCM tag of the alert body does not verify (wrong key or tampered message)"));
    }
    r.plaintext.truncate(outLength + finalLength);
    r.status = Status::Ok;
    return r;
}

QString AesGcmDecryptor::statusText(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::BadBase64:
        return QStringLiteral("bad_base64");
    case Status::TooShort:
        return QStringLiteral("too_short");
    case Status::TooLarge:
        return QStringLiteral("too_large");
    case Status::BadKey:
        return QStringLiteral("bad_key");
    case Status::TagMismatch:
        return QStringLiteral("tag_mismatch");
    case Status::CryptoFailure:
        return QStringLiteral("crypto_failure");
    }
    return QStringLiteral("unknown");
}

} // namespace sb
