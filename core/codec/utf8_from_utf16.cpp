#include "utf8_from_utf16.h"

#include <QStringEncoder>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sb {

char *Utf8FromUtf16::write(char *out, QStringView text)
{
    const char16_t *src = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i high = _mm_set1_epi16(short(0xff80));
    for (; i + 16 <= n; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + i + 8));
        const __m128i nonAscii = _mm_and_si128(_mm_or_si128(a, b), high);
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(nonAscii, _mm_setzero_si128())) != 0xffff)
            break;
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i), _mm_packus_epi16(a, b));
    }
#endif
    for (; i < n && src[i] < 0x80; ++i)
        out[i] = char(src[i]);
    out += i;
    if (i == n)
        return out;
    // Starts at a character of 0x80 or above, so a surrogate pair is never split.
    QStringEncoder encoder(QStringEncoder::Utf8);
    return encoder.appendToBuffer(out, text.sliced(i));
}

} // namespace sb
