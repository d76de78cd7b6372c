#pragma once

#include <QByteArray>
#include <QString>

struct libdeflate_decompressor;

namespace sb {

// Whole-buffer gzip/zlib decompression with an output bound. The fast path is libdeflate sized from the gzip
// trailer; anything it cannot take in one go (multi-member gzip, a lying ISIZE, errors to classify) goes through
// zlib's streaming inflate, which enforces the same bound. One instance per thread: it owns a libdeflate
// decompressor, which is costly to create.
class BoundedInflater
{
public:
    enum class Status { Ok, UnknownFormat, Truncated, Corrupt, TooLarge };
    static constexpr qsizetype kDefaultMaxOutput = 16 * 1024 * 1024;
    static constexpr qsizetype kPadding = 64; // capacity kept past the end of the output

    explicit BoundedInflater(qsizetype maxOutput = kDefaultMaxOutput);
    ~BoundedInflater();
    BoundedInflater(const BoundedInflater &) = delete;
    BoundedInflater &operator=(const BoundedInflater &) = delete;

    // Accepts gzip (RFC 1952) and zlib (RFC 1950) data, detected from the header. `out` is replaced.
    Status inflate(const char *data, qsizetype size, QByteArray &out);
    Status inflate(const QByteArray &in, QByteArray &out) { return inflate(in.constData(), in.size(), out); }

    qsizetype maxOutput() const { return m_maxOutput; }
    static QString statusText(Status status);

private:
    Status inflateWithZlib(const char *data, qsizetype size, bool gzip, QByteArray &out) const;

    qsizetype m_maxOutput;
    libdeflate_decompressor *m_decompressor;
};

} // namespace sb
