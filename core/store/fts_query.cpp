#include "fts_query.h"

#include <QRegularExpression>

namespace sb {
namespace {

// Hex keeps any code a single FTS5 word of letters and digits, and keeps prefixes: the hex of `R:VOD` starts the hex
// of `R:VOD.L`, so `R:VOD*` becomes a prefix query.
QString codeTerm(QStringView code)
{
    return QLatin1Char('t') + QString::fromLatin1(code.toString().toUpper().toUtf8().toHex());
}

QString valueTerm(QStringView value)
{
    return QLatin1Char('v') + QString::fromLatin1(value.toString().toUpper().toUtf8().toHex());
}

QString phrase(const QString &word, bool prefix)
{
    QString quoted
        = QLatin1Char('"') + QString(word).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    if (prefix)
        quoted += QLatin1Char('*');
    return quoted;
}

} // namespace

bool isCodePrefix(QStringView prefix)
{
    if (prefix.isEmpty() || prefix.size() > 4 || !prefix.front().isLetter())
        return false;
    for (QChar c : prefix)
        if (c.unicode() > 127 || !c.isLetterOrNumber())
            return false;
    return true;
}

QString codeSearchTerms(const QStringList &codes)
{
    QStringList terms;
    for (const QString &code : codes) {
        const qsizetype colon = code.indexOf(QLatin1Char(':'));
        if (code.isEmpty())
            continue;
        terms << codeTerm(code);
        if (colon >= 0 && colon + 1 < code.size())
            terms << valueTerm(QStringView(code).mid(colon + 1));
    }
    return terms.join(QLatin1Char(' '));
}

QString toFts5Query(const QString &userText)
{
    QStringList parts;
    bool pendingOr = false;
    const QStringList words = userText.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString word : words) {
        if (word == QLatin1String("OR")) {
            pendingOr = !parts.isEmpty();
            continue;
        }
        const bool prefix = word.endsWith(QLatin1Char('*')) && word.size() > 1;
        if (prefix)
            word.chop(1);
        word.remove(QLatin1Char('*'));
        if (word.isEmpty())
            continue;
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        QString query;
        if (colon > 0 && colon + 1 < word.size() && isCodePrefix(QStringView(word).left(colon)))
            query = phrase(codeTerm(word), prefix);
        else
            query = QLatin1Char('(') + phrase(word, prefix) + QStringLiteral(" OR ") + phrase(valueTerm(word), prefix)
                + QLatin1Char(')');
        if (pendingOr)
            parts.last() = parts.last() + QStringLiteral(" OR ") + query;
        else
            parts << query;
        pendingOr = false;
    }
    // FTS5 takes implicit AND between phrases only, not between the parenthesised alternatives above.
    return parts.join(QStringLiteral(" AND "));
}

} // namespace sb
