#include "matcher_patterns.h"

namespace sb::sim {

namespace {

QString toRegex(QStringView pattern)
{
    QString out = QStringLiteral("\\A(?:");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == QLatin1Char('\\') && i + 1 < pattern.size()) {
            out += QRegularExpression::escape(pattern.mid(++i, 1));
        } else if (c == QLatin1Char('*')) {
            out += QStringLiteral(".*");
        } else {
            out += QRegularExpression::escape(QStringView(&c, 1));
        }
    }
    out += QStringLiteral(")\\z");
    return out;
}

} // namespace

MatcherPatterns::MatcherPatterns(const QStringList &patterns)
{
    for (const QString &text : patterns) {
        Pattern p;
        p.negated = text.startsWith(QLatin1Char('!'));
        p.regex = QRegularExpression(toRegex(p.negated ? QStringView(text).mid(1) : QStringView(text)),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        m_patterns.append(p);
    }
}

bool MatcherPatterns::matches(const QString &topic) const
{
    if (m_patterns.isEmpty())
        return false;
    bool hasPositive = false;
    bool positiveMatched = false;
    for (const Pattern &p : m_patterns) {
        const bool hit = p.regex.match(topic).hasMatch();
        if (p.negated && hit)
            return false;
        if (!p.negated) {
            hasPositive = true;
            positiveMatched = positiveMatched || hit;
        }
    }
    return !hasPositive || positiveMatched;
}

} // namespace sb::sim
