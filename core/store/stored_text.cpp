#include "stored_text.h"

#include <libdeflate.h>
#include <sqlite3.h>

#include <memory>

namespace sb {
namespace {

// Below this, deflate saves too little to pay for the inflate on every read.
constexpr qsizetype kMinDeflated = 256;
// Level 1: most of level 6's saving on news text at a fraction of its time; the store thread deflates every event
// of a burst.
constexpr int kLevel = 1;
constexpr qsizetype kMaxText = 0x7fffffff;

struct CompressorFree
{
    void operator()(libdeflate_compressor *c) const { libdeflate_free_compressor(c); }
};
struct DecompressorFree
{
    void operator()(libdeflate_decompressor *d) const { libdeflate_free_decompressor(d); }
};

// One per thread: the store thread writes and reads, a test may read from its own.
libdeflate_compressor *compressor()
{
    thread_local std::unique_ptr<libdeflate_compressor, CompressorFree> c(libdeflate_alloc_compressor(kLevel));
    return c.get();
}

libdeflate_decompressor *decompressor()
{
    thread_local std::unique_ptr<libdeflate_decompressor, DecompressorFree> d(libdeflate_alloc_decompressor());
    return d.get();
}

void textFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
        sqlite3_result_value(context, argv[0]);
        return;
    }
    bool ok = false;
    const QByteArray text = StoredText::inflated(
        static_cast<const char *>(sqlite3_value_blob(argv[0])), sqlite3_value_bytes(argv[0]), &ok);
    if (!ok) {
        sqlite3_result_error(context, "sb_text: a stored text does not inflate", -1);
        return;
    }
    sqlite3_result_text(context, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

} // namespace

QByteArray StoredText::deflated(const QByteArray &text)
{
    if (text.size() < kMinDeflated || text.size() > kMaxText)
        return {};
    libdeflate_compressor *c = compressor();
    if (!c)
        return {};
    // Worth keeping only when it saves a tenth; a smaller output buffer makes libdeflate give up early otherwise.
    const qsizetype limit = text.size() - text.size() / 10;
    QByteArray out(limit, Qt::Uninitialized);
    const quint32 n = quint32(text.size());
    for (int i = 0; i < 4; ++i)
        out[i] = char((n >> (8 * i)) & 0xff);
    const size_t written
        = libdeflate_deflate_compress(c, text.constData(), size_t(text.size()), out.data() + 4, size_t(limit - 4));
    if (written == 0)
        return {};
    out.truncate(qsizetype(written) + 4);
    return out;
}

QByteArray StoredText::inflated(const char *data, qsizetype size, bool *ok)
{
    if (ok)
        *ok = false;
    if (size < 4)
        return {};
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const quint32 n = quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
    if (n > kMaxText)
        return {};
    QByteArray out(qsizetype(n), Qt::Uninitialized);
    libdeflate_decompressor *d = decompressor();
    if (!d
        || libdeflate_deflate_decompress(d, data + 4, size_t(size - 4), out.data(), out.size(), nullptr)
            != LIBDEFLATE_SUCCESS)
        return {};
    if (ok)
        *ok = true;
    return out;
}

void StoredText::bind(sqlite3_stmt *s, int index, const QByteArray &text)
{
    const QByteArray packed = deflated(text);
    if (!packed.isEmpty())
        sqlite3_bind_blob(s, index, packed.constData(), int(packed.size()), SQLITE_TRANSIENT);
    else
        sqlite3_bind_text(s, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

QByteArray StoredText::column(sqlite3_stmt *s, int index, bool *ok)
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(s, index));
    const qsizetype size = sqlite3_column_bytes(s, index);
    if (sqlite3_column_type(s, index) == SQLITE_BLOB)
        return inflated(p, size, ok);
    if (ok)
        *ok = true;
    return QByteArray(p, size);
}

bool StoredText::registerSqlFunction(sqlite3 *db)
{
    return sqlite3_create_function_v2(db, "sb_text", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
               textFunction, nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace sb
