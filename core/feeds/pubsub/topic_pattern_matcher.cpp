#include "topic_pattern_matcher.h"

#include <QVector>

namespace sb {

namespace {

struct Token
{
    QChar ch;
    bool star = false;
};

QVector<Token> tokenize(QStringView pattern)
{
    QVector<Token> out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == QLatin1Char('\\') && i + 1 < pattern.size() && pattern[i + 1] == QLatin1Char('*')) {
            out.append({QLatin1Char('*'), false});
            ++i;
        } else if (c == QLatin1Char('*')) {
            out.append({QChar(), true});
        } else {
            out.append({c.toCaseFolded(), false});
        }
    }
    return out;
}

// Classic greedy glob match: on a mismatch, resume after the most recent star with one more character eaten.
bool globMatch(const QString &topic, const QVector<Token> &pattern)
{
    qsizetype t = 0;
    qsizetype p = 0;
    qsizetype starP = -1;
    qsizetype starT = 0;
    while (t < topic.size()) {
        if (p < pattern.size() && !pattern[p].star && pattern[p].ch == topic[t].toCaseFolded()) {
            ++t;
            ++p;
        } else if (p < pattern.size() && pattern[p].star) {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p].star)
        ++p;
    return p == pattern.size();
}

} // namespace

bool TopicPatternMatcher::matches(const QString &topic, const QString &pattern)
{
    return matchesAny(topic, QStringList {pattern});
}

bool TopicPatternMatcher::matchesAny(const QString &topic, const QStringList &patterns)
{
    bool sawPositive = false;
    bool positiveMatched = false;
    for (const QString &pattern : patterns) {
        const bool negated = pattern.startsWith(QLatin1Char('!'));
        const QVector<Token> tokens = tokenize(negated ? QStringView(pattern).mid(1) : QStringView(pattern));
        const bool hit = globMatch(topic, tokens);
        if (negated && hit)
            return false;
        if (!negated) {
            sawPositive = true;
            positiveMatched = positiveMatched || hit;
        }
    }
    if (patterns.isEmpty())
        return false;
    return sawPositive ? positiveMatched : true;
}

} // namespace sb
