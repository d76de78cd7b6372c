#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <string_view>

namespace sb {

// Opens a Data Platform alert body (reference §11): base64 of prefix(4) ‖ nonce(12) ‖ ciphertext ‖ tag(16), where the
// first 16 bytes (prefix and nonce) are the GCM AAD, the nonce is AAD bytes 4..15, and the key is the subscription's
// 32-byte cryptographyKey. AES-256-GCM through OpenSSL EVP.
//
// Keeps one EVP context with the key schedule set up, so an instance is not thread-safe: give each decode worker
// its own. The plaintext is returned only after the tag verified; on failure it is wiped.
class AesGcmDecryptor
{
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kAadBytes = 16;
    static constexpr int kNonceOffset = 4;
    static constexpr int kNonceBytes = 12;
    static constexpr int kTagBytes = 16;
    // SQS caps a message at 1 MiB of (base64) text.
    static constexpr qsizetype kDefaultMaxBodyBytes = 1024 * 1024;

    enum class Status { Ok, BadBase64, TooShort, TooLarge, BadKey, TagMismatch, CryptoFailure };

    struct Result
    {
        Status status = Status::CryptoFailure;
        QByteArray plaintext;
        QString error; // empty when ok

        bool ok() const { return status == Status::Ok; }
    };

    // `key` is the raw key; anything but 32 bytes makes every decrypt fail with BadKey.
    explicit AesGcmDecryptor(const QByteArray &key);
    ~AesGcmDecryptor();
    AesGcmDecryptor(const AesGcmDecryptor &) = delete;
    AesGcmDecryptor &operator=(const AesGcmDecryptor &) = delete;

    // The subscription's cryptographyKey as sent (base64); a key that does not decode to 32 bytes gives BadKey later.
    static std::unique_ptr<AesGcmDecryptor> fromBase64Key(const QString &cryptographyKey);

    bool hasValidKey() const { return m_keyValid; }
    void setMaxBodyBytes(qsizetype bytes) { m_maxBodyBytes = bytes; }

    // The SQS message Body (base64 text) to plaintext.
    Result decryptBody(std::string_view base64Body) const;
    Result decryptBody(const QByteArray &base64Body) const
    {
        return decryptBody(std::string_view(base64Body.constData(), size_t(base64Body.size())));
    }
    // The already base64-decoded bytes to plaintext.
    Result decrypt(const QByteArray &sealed) const;

    static QString statusText(Status status); // "tag_mismatch", … (FeedError codes)

private:
    struct Context;
    std::unique_ptr<Context> m_ctx;
    bool m_keyValid = false;
    qsizetype m_maxBodyBytes = kDefaultMaxBodyBytes;
};

} // namespace sb
