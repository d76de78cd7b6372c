#include "rule_set.h"

#include "query/query_input.h"
#include "rules_file.h"

namespace sb {

std::optional<RuleSet> RuleSet::compile(const QVector<Rule> &rules, QString *error)
{
    RuleSet set;
    set.m_all = rules;
    for (qsizetype i = 0; i < rules.size(); ++i)
        if (!set.m_byName.contains(rules.at(i).name))
            set.m_byName.insert(rules.at(i).name, i);
    for (const Rule &rule : rules) {
        if (!rule.enabled)
            continue;
        query::QueryError queryError;
        std::optional<query::Query> query = query::Query::parse(rule.query, &queryError);
        if (!query) {
            if (error)
                *error = QStringLiteral("rule \"%1\": %2").arg(rule.name, queryError.text());
            return std::nullopt;
        }
        set.m_rules.append(Compiled {rule.name, std::move(*query)});
    }
    return set;
}

std::optional<RuleSet> RuleSet::load(const QString &path, QString *error)
{
    const std::optional<QVector<Rule>> rules = RulesFile::read(path, error);
    if (!rules)
        return std::nullopt;
    QString problem;
    std::optional<RuleSet> set = compile(*rules, &problem);
    if (!set && error)
        *error = QStringLiteral("rules file %1: %2").arg(path, problem);
    return set;
}

const Rule *RuleSet::find(const QString &name) const
{
    const auto it = m_byName.constFind(name);
    return it == m_byName.constEnd() ? nullptr : &m_all.at(it.value());
}

QStringList RuleSet::matches(const query::QueryInput &event) const
{
    QStringList names;
    for (const Compiled &rule : m_rules)
        if (rule.query.matches(event))
            names.append(rule.name);
    return names;
}

} // namespace sb
