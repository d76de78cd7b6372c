#include "rule_set.h"

#include "query/query_input.h"
#include "rules_file.h"

#include <QVarLengthArray>

#include <algorithm>

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
        const QVector<size_t> required = query->requiredTagHashes();
        const qsizetype index = set.m_rules.size();
        for (const size_t hash : required) {
            QVector<qsizetype> &rules = set.m_byRequiredTag[hash];
            if (rules.isEmpty() || rules.constLast() != index)
                rules.append(index);
            set.m_requiredTagBits[(hash >> 6) & 15] |= quint64(1) << (hash & 63);
        }
        set.m_alwaysLooked.append(required.isEmpty() ? 1 : 0);
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
    const qsizetype n = m_rules.size();
    QVarLengthArray<quint8, 512> looked(n);
    std::copy(m_alwaysLooked.cbegin(), m_alwaysLooked.cend(), looked.begin());
    const size_t *hashes = event.tagHashes();
    for (qsizetype i = 0; i < event.tagCount(); ++i) {
        const size_t hash = hashes[i];
        if (!(m_requiredTagBits[(hash >> 6) & 15] & (quint64(1) << (hash & 63))))
            continue;
        const auto it = m_byRequiredTag.constFind(hash);
        if (it != m_byRequiredTag.constEnd())
            for (const qsizetype rule : it.value())
                looked[rule] = 1;
    }
    for (qsizetype r = 0; r < n; ++r)
        if (looked[r] && m_rules.at(r).query.matches(event))
            names.append(m_rules.at(r).name);
    return names;
}

} // namespace sb
