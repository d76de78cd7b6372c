#pragma once

#include "query/query.h"
#include "rule.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <array>
#include <optional>

namespace sb {

namespace query {
class QueryInput;
}

// The enabled rules of a rules file, their queries compiled once. Immutable once built, so every decode worker can
// share one: each brings its own QueryInput.
class RuleSet
{
public:
    RuleSet() = default;
    // Fails, naming the rule and the token, when a query does not parse (RulesFile has normally refused it already).
    static std::optional<RuleSet> compile(const QVector<Rule> &rules, QString *error);
    // RulesFile::read, then compile: the error names the file and the rule.
    static std::optional<RuleSet> load(const QString &path, QString *error);

    // The names of the enabled rules the event matches, in file order. Allocates nothing unless one matched (the
    // names are shared with the set).
    QStringList matches(const query::QueryInput &event) const;
    bool isEmpty() const { return m_rules.isEmpty(); }
    // The enabled rules, in file order.
    qsizetype size() const { return m_rules.size(); }
    QString name(qsizetype i) const { return m_rules.at(i).name; }
    // Every rule of the file it was compiled from, disabled ones too, in file order: the desk looks up a matched
    // name's colour, sound and alarm settings here, and the Rules dialog edits them.
    const QVector<Rule> &rules() const { return m_all; }
    // The rule of that name (enabled or not), or null. The desk asks for every name every matched event carries, in
    // each of its readers (colours, watch list, sounds, alarms), so this is a hash lookup, not a walk of the file.
    const Rule *find(const QString &name) const;

private:
    struct Compiled
    {
        QString name;
        query::Query query;
    };
    QVector<Compiled> m_rules;
    // Most rules name a tag the event must carry (a RIC, a topic): those are looked at only for an event with one of
    // their tags, found by the tag's hash; the others (words, prefixes, feed or urgency alone) for every event.
    QHash<size_t, QVector<qsizetype>> m_byRequiredTag;
    QVector<quint8> m_alwaysLooked; // per enabled rule: 1 when it has no required tag
    // A 1,024-bit filter of the required tags' hashes: most of an event's tags are named by no rule, and a bit test
    // turns those away before a hash lookup.
    std::array<quint64, 16> m_requiredTagBits {};
    QVector<Rule> m_all;
    QHash<QString, qsizetype> m_byName; // index into m_all; the first rule of a name wins
};

} // namespace sb
