#include "json_escape.h"

#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sb::json {
namespace {

// 0: copy; otherwise the character after the backslash ('u' for the \u00XX form).
constexpr std::array<char, 256> escapeTable()
{
    std::array<char, 256> t {};
    for (int c = 0; c < 0x20; ++c)
        t[c] = 'u';
    t['"'] = '"';
    t['\\'] = '\\';
    t['\n'] = 'n';
    t['\r'] = 'r';
    t['\t'] = 't';
    t['\b'] = 'b';
    t['\f'] = 'f';
    return t;
}

constexpr std::array<char, 256> kEscape = escapeTable();

// Whether any of the 8 bytes at p is below 0x20, '"' or '\\', tested a word at a time (the "has a byte less than n"
// and "has a zero byte" bit tricks are exact for "any"): news text is long clean runs, and a byte-wise table lookup
// was most of the writer's time.
inline bool needsEscape(const unsigned char *p)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    quint64 v;
    std::memcpy(&v, p, 8);
    const quint64 quote = v ^ (ones * '"');
    const quint64 backslash = v ^ (ones * '\\');
    const quint64 below = (v - ones * 0x20) & ~v;
    const quint64 isQuote = (quote - ones) & ~quote;
    const quint64 isBackslash = (backslash - ones) & ~backslash;
    return ((below | isQuote | isBackslash) & highs) != 0;
}

#if defined(__SSE2__)
// The same test on 16 bytes, where SSE2 is there (every x86-64).
inline bool needsEscape16(const unsigned char *p)
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    // Signed compare: bytes >= 0x80 are negative, and must not count as control characters.
    const __m128i control = _mm_and_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)), _mm_cmpgt_epi8(v, _mm_set1_epi8(-1)));
    const __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
    const __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    return _mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash))) != 0;
}
#endif

} // namespace

char *writeEscaped(char *dst, const char *src, qsizetype size)
{
    static const char hex[] = "0123456789abcdef";
    const auto *s = reinterpret_cast<const unsigned char *>(src);
    const auto *end = s + size;
    while (s < end) {
        const unsigned char *run = s;
#if defined(__SSE2__)
        while (end - s >= 16 && !needsEscape16(s))
            s += 16;
#endif
        while (end - s >= 8 && !needsEscape(s))
            s += 8;
        while (s < end && kEscape[*s] == 0)
            ++s;
        const size_t clean = size_t(s - run);
        std::memcpy(dst, run, clean);
        dst += clean;
        if (s == end)
            break;
        const unsigned char c = *s++;
        const char e = kEscape[c];
        *dst++ = '\\';
        if (e != 'u') {
            *dst++ = e;
            continue;
        }
        std::memcpy(dst, "u00", 3);
        dst[3] = hex[c >> 4];
        dst[4] = hex[c & 0xf];
        dst += 5;
    }
    return dst;
}

} // namespace sb::json
