#include "bounded_inflater.h"

#include <libdeflate.h>
#include <zlib.h>

#include <cstdint>

namespace sb {
namespace {

bool isGzip(const unsigned char *p, qsizetype n)
{
    return n >= 2 && p[0] == 0x1f && p[1] == 0x8b;
}

bool isZlib(const unsigned char *p, qsizetype n)
{
    return n >= 2 && (p[0] & 0x0f) == 8 && (p[0] >> 4) <= 7 && ((p[0] << 8) | p[1]) % 31 == 0;
}

} // namespace

BoundedInflater::BoundedInflater(qsizetype maxOutput)
    : m_maxOutput(maxOutput)
    , m_decompressor(libdeflate_alloc_decompressor())
{ }

BoundedInflater::~BoundedInflater()
{
    libdeflate_free_decompressor(m_decompressor);
}

BoundedInflater::Status BoundedInflater::inflate(const char *data, qsizetype size, QByteArray &out)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const bool gzip = isGzip(p, size);
    if (!gzip && !isZlib(p, size))
        return size < 2 ? Status::Truncated : Status::UnknownFormat;

    if (gzip) {
        if (size < 18) // 10-byte header + 8-byte trailer
            return Status::Truncated;
        const std::uint32_t isize = std::uint32_t(p[size - 4]) | (std::uint32_t(p[size - 3]) << 8)
            | (std::uint32_t(p[size - 2]) << 16) | (std::uint32_t(p[size - 1]) << 24);
        if (isize <= static_cast<std::uint64_t>(m_maxOutput)) {
            // Spare capacity lets JSON parsers that read past the end (simdjson's padding) use the buffer as is.
            out.reserve(static_cast<qsizetype>(isize) + kPadding);
            out.resize(static_cast<qsizetype>(isize));
            size_t inUsed = 0, outUsed = 0;
            const libdeflate_result r = libdeflate_gzip_decompress_ex(
                m_decompressor, data, size_t(size), out.data(), size_t(out.size()), &inUsed, &outUsed);
            if (r == LIBDEFLATE_SUCCESS && inUsed == size_t(size) && outUsed == isize)
                return Status::Ok;
        }
        // ISIZE is the size modulo 2^32 of the last member only, so it can lie: let zlib decide under the bound.
        return inflateWithZlib(data, size, true, out);
    }
    return inflateWithZlib(data, size, false, out);
}

BoundedInflater::Status BoundedInflater::inflateWithZlib(
    const char *data, qsizetype size, bool gzip, QByteArray &out) const
{
    z_stream zs {};
    if (inflateInit2(&zs, gzip ? 16 + MAX_WBITS : MAX_WBITS) != Z_OK)
        return Status::Corrupt;
    out.reserve(qMin<qsizetype>(m_maxOutput, qMax<qsizetype>(size * 4, 4096)) + kPadding);
    out.resize(qMin<qsizetype>(m_maxOutput, qMax<qsizetype>(size * 4, 4096)));
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    zs.avail_in = uInt(size);
    qsizetype produced = 0;
    Status status = Status::Ok;
    for (;;) {
        if (produced == out.size()) {
            if (out.size() >= m_maxOutput) {
                status = Status::TooLarge;
                break;
            }
            const qsizetype grown = qMin<qsizetype>(m_maxOutput, out.size() * 2);
            out.reserve(grown + kPadding);
            out.resize(grown);
        }
        zs.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        zs.avail_out = uInt(out.size() - produced);
        const int rc = ::inflate(&zs, Z_NO_FLUSH);
        produced = out.size() - zs.avail_out;
        if (rc == Z_STREAM_END) {
            if (zs.avail_in == 0)
                break;
            // Another gzip member follows (RFC 1952 §2.2); zlib data may not have trailing bytes.
            if (!gzip || !isGzip(zs.next_in, zs.avail_in)) {
                status = Status::Corrupt;
                break;
            }
            inflateReset(&zs);
            continue;
        }
        if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
            status = Status::Truncated;
            break;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            status = Status::Corrupt;
            break;
        }
        if (zs.avail_in == 0 && zs.avail_out != 0) {
            status = Status::Truncated;
            break;
        }
    }
    inflateEnd(&zs);
    out.resize(status == Status::Ok ? produced : 0);
    return status;
}

QString BoundedInflater::statusText(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::UnknownFormat:
        return QStringLiteral("not gzip or zlib data");
    case Status::Truncated:
        return QStringLiteral("compressed data is truncated");
    case Status::Corrupt:
        return QStringLiteral("compressed data is corrupt");
    case Status::TooLarge:
        return QStringLiteral("inflated size above the bound");
    }
    return {};
}

} // namespace sb
