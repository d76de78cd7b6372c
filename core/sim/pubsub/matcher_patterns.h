#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sb::sim {

// Topic patterns as the Realtime Pub/Sub server reads them: its documents say "matched using the matcher module"
// (npm `matcher` 6). Like that module, each pattern becomes an anchored, case-insensitive, dot-all regular expression
// in which `*` is any run of characters (`/` and newlines too); `\*` and `\\` are a literal star and backslash, any
// other escaped character stands for itself; a leading `!` negates. A topic matches when no negated pattern matches
// it and, if there are positive patterns, one of them does; an empty list matches nothing. The emulator's own
// reading, kept apart from the client's TopicPatternMatcher so that a misreading on either side shows up in tests.
// Patterns come from tokens the emulator signed itself, so a regular expression is safe here.
class MatcherPatterns
{
public:
    explicit MatcherPatterns(const QStringList &patterns = {});

    bool matches(const QString &topic) const;

private:
    struct Pattern
    {
        QRegularExpression regex;
        bool negated = false;
    };
    QVector<Pattern> m_patterns;
};

} // namespace sb::sim
