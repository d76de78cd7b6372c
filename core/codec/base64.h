#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>

namespace sb {

// Strict standard-alphabet base64 (RFC 4648 §4) with a size bound. Hand-written because QByteArray::fromBase64
// works a byte at a time and no packaged library vectorises it: this one decodes 32 characters per AVX2 step where
// the CPU has it, and four per step through shifted tables otherwise and for the tail.
class Base64
{
public:
    enum class Status { Ok, InvalidCharacter, InvalidLength, TooLarge };

    // Decodes `in` into `out` (replacing its contents). Padding is optional; characters after padding, or
    // anything outside the alphabet, are an error.
    static Status decode(std::string_view in, QByteArray &out, qsizetype maxOutput = 64 * 1024 * 1024);
    static QByteArray encode(const QByteArray &in) { return in.toBase64(); }
    static QString statusText(Status status);
};

} // namespace sb
