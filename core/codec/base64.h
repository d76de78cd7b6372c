#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>

namespace sb {

// Strict standard-alphabet base64 (RFC 4648 §4) with a size bound. Hand-written because QByteArray::fromBase64
// works a byte at a time and is the slowest step of the MRN decode path; this one decodes four characters per
// step through one table.
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
