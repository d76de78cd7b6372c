#pragma once

#include <QByteArray>

namespace sb {

// The sealing side of AesGcmDecryptor's layout, for the emulator and tests: base64(prefix(4) ‖ nonce(12) ‖
// ciphertext ‖ tag(16)) with the first 16 bytes as AAD, AES-256-GCM.
class AesGcmEncryptor
{
public:
    // `key` must be 32 bytes, `prefix` 4 bytes and `nonce` 12 bytes; returns an empty array otherwise or if OpenSSL
    // fails.
    static QByteArray seal(
        const QByteArray &key, const QByteArray &plaintext, const QByteArray &prefix, const QByteArray &nonce);
    // seal() base64-encoded: an SQS message Body.
    static QByteArray sealToBody(
        const QByteArray &key, const QByteArray &plaintext, const QByteArray &prefix, const QByteArray &nonce)
    {
        return seal(key, plaintext, prefix, nonce).toBase64();
    }
    // A fresh random nonce (RAND_bytes) and the given prefix.
    static QByteArray sealToBody(
        const QByteArray &key, const QByteArray &plaintext, const QByteArray &prefix = QByteArray::fromHex("00000001"));
};

} // namespace sb
