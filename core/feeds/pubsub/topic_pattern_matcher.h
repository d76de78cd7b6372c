#pragma once

#include <QString>
#include <QStringList>

namespace sb {

// Topic patterns as the Realtime Pub/Sub server matches them (the `matcher` npm module it cites): a whole-string,
// case-insensitive glob where `*` stands for any run of characters including `/` (so `*` also covers `secure/…` and
// `priv/…`), `\*` is a literal star, and a leading `!` negates. Among several patterns a matching negation always
// wins; otherwise one matching positive pattern suffices, and a list of negations only matches whatever none of
// them excludes. No regex is built, so hostile patterns cannot blow up: the glob is matched by backtracking over
// the last star only, linear in practice.
class TopicPatternMatcher
{
public:
    static bool matches(const QString &topic, const QString &pattern);
    static bool matchesAny(const QString &topic, const QStringList &patterns);
};

} // namespace sb
