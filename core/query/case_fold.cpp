#include "query/case_fold.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace sb::query {

namespace {

struct Folding
{
    char32_t code;
    std::uint8_t length;
    char32_t to[3];
};

constexpr Folding kFoldings[] = {
#include "query/case_fold_table.inc"
};

// Writes c at out[o], UTF-16; returns the next position. The caller has made room for two units.
qsizetype putCodePoint(QChar *out, qsizetype o, char32_t c)
{
    if (c < 0x10000) {
        out[o] = QChar(char16_t(c));
        return o + 1;
    }
    out[o] = QChar::highSurrogate(c);
    out[o + 1] = QChar::lowSurrogate(c);
    return o + 2;
}

} // namespace

void foldCase(QStringView text, QString &out)
{
    // Written in place into a buffer kept from call to call (resize never gives capacity back), not appended unit by
    // unit: this runs for every title and tag of every event a rule set looks at.
    const qsizetype n = text.size();
    out.resize(n);
    QChar *d = out.data();
    qsizetype o = 0;
    const QChar *s = text.data();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = s[i].unicode();
        if (u < 0x80) { // most titles are mostly ASCII: no table lookup
            d[o++] = QChar(char16_t(u >= 'A' && u <= 'Z' ? u + 32 : u));
            continue;
        }
        // A folding is at most three code points, six units; what is left of the input may need one each.
        if (out.size() - o < 6 + (n - i)) {
            out.resize(o + 6 + 2 * (n - i));
            d = out.data();
        }
        char32_t c = u;
        if (QChar::isHighSurrogate(u) && i + 1 < n && s[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(u, s[++i].unicode());
        const auto it = std::lower_bound(std::begin(kFoldings), std::end(kFoldings), c,
            [](const Folding &f, char32_t code) { return f.code < code; });
        if (it == std::end(kFoldings) || it->code != c) {
            o = putCodePoint(d, o, c);
            continue;
        }
        for (int k = 0; k < it->length; ++k)
            o = putCodePoint(d, o, it->to[k]);
    }
    out.resize(o);
}

QString foldCase(QStringView text)
{
    QString out;
    foldCase(text, out);
    return out;
}

} // namespace sb::query
