#include "base64.h"

#include <QtEndian>

#include <array>
#include <cstdint>
#include <cstring>

namespace sb {
namespace {

constexpr std::uint8_t kInvalid = 0xff;
constexpr std::uint32_t kBad = 0x01000000; // any bit above the three output bytes marks an invalid character

constexpr std::array<std::uint8_t, 256> makeTable()
{
    std::array<std::uint8_t, 256> t {};
    for (auto &v : t)
        v = kInvalid;
    const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (std::uint8_t i = 0; i < 64; ++i)
        t[static_cast<unsigned char>(alphabet[i])] = i;
    return t;
}

constexpr auto kTable = makeTable();

// Four tables that place each character's six bits straight into the three output bytes (little-endian word), so
// one group costs four loads, three ORs and one store.
template<int Position>
constexpr std::array<std::uint32_t, 256> makeShiftedTable()
{
    std::array<std::uint32_t, 256> t {};
    for (int c = 0; c < 256; ++c) {
        const std::uint32_t v = kTable[std::size_t(c)];
        if (v == kInvalid) {
            t[std::size_t(c)] = kBad;
            continue;
        }
        if (Position == 0)
            t[std::size_t(c)] = v << 2;
        else if (Position == 1)
            t[std::size_t(c)] = (v >> 4) | ((v & 0x0f) << 12);
        else if (Position == 2)
            t[std::size_t(c)] = ((v >> 2) << 8) | ((v & 0x03) << 22);
        else
            t[std::size_t(c)] = v << 16;
    }
    return t;
}

constexpr auto kD0 = makeShiftedTable<0>();
constexpr auto kD1 = makeShiftedTable<1>();
constexpr auto kD2 = makeShiftedTable<2>();
constexpr auto kD3 = makeShiftedTable<3>();
static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the shifted tables assume a little-endian word store");

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SB_BASE64_AVX2 1
#include <immintrin.h>

// 32 characters → 24 bytes per step (W. Muła and D. Lemire, "Faster Base64 Encoding and Decoding Using AVX2
// Instructions", 2018: range check by nibble lookups, then multiply-add packing). Stops before the first block
// that holds a character outside the alphabet, which the scalar loop then finds and reports. Writes 32 bytes per
// step, so `dst` needs 8 bytes of slack past the output. Returns the characters consumed.
__attribute__((target("avx2"))) std::size_t decodeAvx2(const unsigned char *src, std::size_t n, std::uint8_t *dst)
{
    const __m256i shiftLut = _mm256_setr_epi8(0, 0, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, 4, -65,
        -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0);
    // Bit h of maskLut[low nibble] is set when the character with high nibble h is in the alphabet.
    const __m256i maskLut = _mm256_setr_epi8(char(0xa8), char(0xf8), char(0xf8), char(0xf8), char(0xf8), char(0xf8),
        char(0xf8), char(0xf8), char(0xf8), char(0xf8), char(0xf0), 0x54, 0x50, 0x50, 0x50, 0x54, char(0xa8),
        char(0xf8), char(0xf8), char(0xf8), char(0xf8), char(0xf8), char(0xf8), char(0xf8), char(0xf8), char(0xf8),
        char(0xf0), 0x54, 0x50, 0x50, 0x50, 0x54);
    const __m256i bitLut = _mm256_setr_epi8(0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, char(0x80), 0, 0, 0, 0, 0, 0, 0,
        0, 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, char(0x80), 0, 0, 0, 0, 0, 0, 0, 0);
    const __m256i nibble = _mm256_set1_epi8(0x0f);
    const __m256i slash = _mm256_set1_epi8(0x2f);
    const __m256i gather = _mm256_setr_epi8(
        2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1, 2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
    const __m256i lanes = _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 7, 7);
    std::size_t i = 0;
    for (; i + 32 <= n; i += 32, dst += 24) {
        const __m256i in = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(src + i));
        const __m256i hi = _mm256_and_si256(_mm256_srli_epi32(in, 4), nibble);
        const __m256i lo = _mm256_and_si256(in, nibble);
        const __m256i allowed = _mm256_and_si256(_mm256_shuffle_epi8(maskLut, lo), _mm256_shuffle_epi8(bitLut, hi));
        if (_mm256_movemask_epi8(_mm256_cmpeq_epi8(allowed, _mm256_setzero_si256())) != 0)
            break;
        const __m256i shift
            = _mm256_blendv_epi8(_mm256_shuffle_epi8(shiftLut, hi), _mm256_set1_epi8(16), _mm256_cmpeq_epi8(in, slash));
        const __m256i sextets = _mm256_add_epi8(in, shift);
        const __m256i pairs = _mm256_maddubs_epi16(sextets, _mm256_set1_epi32(0x01400140));
        const __m256i words = _mm256_madd_epi16(pairs, _mm256_set1_epi32(0x00011000));
        const __m256i packed = _mm256_permutevar8x32_epi32(_mm256_shuffle_epi8(words, gather), lanes);
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(dst), packed);
    }
    return i;
}

bool hasAvx2()
{
    static const bool has = __builtin_cpu_supports("avx2");
    return has;
}
#endif

} // namespace

Base64::Status Base64::decode(std::string_view in, QByteArray &out, qsizetype maxOutput)
{
    std::size_t n = in.size();
    // Strip at most two '=' of padding; the length must then describe whole bytes.
    if (n >= 1 && in[n - 1] == '=')
        --n;
    if (n >= 1 && in[n - 1] == '=' && in.size() - n == 1)
        --n;
    if (n % 4 == 1)
        return Status::InvalidLength;
    if (in.size() != n && (in.size() % 4) != 0)
        return Status::InvalidLength;
    const std::size_t outSize = n / 4 * 3 + (n % 4 == 0 ? 0 : n % 4 - 1);
    if (outSize > static_cast<std::size_t>(maxOutput))
        return Status::TooLarge;
    // Spare bytes let every step store a whole register (8 bytes for AVX2, one for a scalar group).
    out.reserve(qsizetype(outSize) + 8);
    out.resize(static_cast<qsizetype>(outSize));
    auto *dst = reinterpret_cast<std::uint8_t *>(out.data());
    const auto *src = reinterpret_cast<const unsigned char *>(in.data());
    std::size_t i = 0;
#ifdef SB_BASE64_AVX2
    if (hasAvx2()) {
        i = decodeAvx2(src, n, dst);
        dst += i / 4 * 3;
    }
#endif
    std::uint32_t bad = 0;
    for (; i + 4 <= n; i += 4) {
        const std::uint32_t word = kD0[src[i]] | kD1[src[i + 1]] | kD2[src[i + 2]] | kD3[src[i + 3]];
        bad |= word;
        std::memcpy(dst, &word, 4); // little-endian: bytes 0..2 are the output, byte 3 is overwritten next
        dst += 3;
    }
    if (bad & 0xff000000u)
        return Status::InvalidCharacter;
    const std::size_t rest = n - i;
    if (rest >= 2) {
        const std::uint8_t a = kTable[src[i]], b = kTable[src[i + 1]];
        const std::uint8_t c = rest == 3 ? kTable[src[i + 2]] : 0;
        if ((a | b | c) & 0x80)
            return Status::InvalidCharacter;
        const std::uint32_t v = (std::uint32_t(a) << 18) | (std::uint32_t(b) << 12) | (std::uint32_t(c) << 6);
        *dst++ = std::uint8_t(v >> 16);
        if (rest == 3)
            *dst++ = std::uint8_t(v >> 8);
    }
    return Status::Ok;
}

QString Base64::statusText(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::InvalidCharacter:
        return QStringLiteral("invalid base64 character");
    case Status::InvalidLength:
        return QStringLiteral("invalid base64 length");
    case Status::TooLarge:
        return QStringLiteral("base64 payload above the size bound");
    }
    return {};
}

} // namespace sb
