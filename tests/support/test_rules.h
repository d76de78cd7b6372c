#pragma once

#include "rules/rule_set.h"

#include <QString>
#include <QVector>

#include <memory>

namespace sb::test {

// A rule named `name` that matches `query` and does nothing else: a test sets the actions it is about.
inline Rule rule(const char *name, const char *query)
{
    Rule r;
    r.name = QString::fromUtf8(name);
    r.query = QString::fromUtf8(query);
    return r;
}

// The rules compiled once, shared as the desk hands them to the panes and decode threads; a test's rules compile.
inline std::shared_ptr<const RuleSet> ruleSet(const QVector<Rule> &rules)
{
    return std::make_shared<const RuleSet>(*RuleSet::compile(rules, nullptr));
}

} // namespace sb::test
