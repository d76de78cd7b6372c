#pragma once

// zlib by hand for tests that need compressed input the code under test did not make itself.
#include <QByteArray>

#include <zlib.h>

namespace sb::test {

// Deflates `in` whole; `windowBits` as zlib takes them (+16: a gzip member, negative: raw deflate).
inline QByteArray deflateBytes(const QByteArray &in, int windowBits)
{
    z_stream zs {};
    deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&zs, uLong(in.size()))) + 32, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

inline QByteArray gzipBytes(const QByteArray &in)
{
    return deflateBytes(in, 16 + MAX_WBITS);
}

inline QByteArray gunzipBytes(const QByteArray &in)
{
    z_stream zs {};
    inflateInit2(&zs, 16 + MAX_WBITS);
    QByteArray out(64 * 1024 * 1024, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    inflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    inflateEnd(&zs);
    return out;
}

} // namespace sb::test
