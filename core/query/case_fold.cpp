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

void appendCodePoint(QString &out, char32_t c)
{
    if (c < 0x10000) {
        out.append(QChar(char16_t(c)));
    } else {
        out.append(QChar::highSurrogate(c));
        out.append(QChar::lowSurrogate(c));
    }
}

} // namespace

void foldCase(QStringView text, QString &out)
{
    out.resize(0);
    out.reserve(text.size());
    const qsizetype n = text.size();
    const QChar *s = text.data();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = s[i].unicode();
        if (u < 0x80) { // most titles are mostly ASCII: no table lookup
            out.append(QChar(char16_t(u >= 'A' && u <= 'Z' ? u + 32 : u)));
            continue;
        }
        char32_t c = u;
        if (QChar::isHighSurrogate(u) && i + 1 < n && s[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(u, s[++i].unicode());
        const auto it = std::lower_bound(std::begin(kFoldings), std::end(kFoldings), c,
            [](const Folding &f, char32_t code) { return f.code < code; });
        if (it == std::end(kFoldings) || it->code != c) {
            appendCodePoint(out, c);
            continue;
        }
        for (int k = 0; k < it->length; ++k)
            appendCodePoint(out, it->to[k]);
    }
}

QString foldCase(QStringView text)
{
    QString out;
    foldCase(text, out);
    return out;
}

} // namespace sb::query
