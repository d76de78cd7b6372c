#include "json_escape.h"

#include <array>
#include <cstring>

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

} // namespace

char *writeEscaped(char *dst, const char *src, qsizetype size)
{
    static const char hex[] = "0123456789abcdef";
    const auto *s = reinterpret_cast<const unsigned char *>(src);
    const auto *end = s + size;
    while (s < end) {
        const unsigned char *run = s;
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
