#include "rule_book.h"

#include "rules/rule_set.h"

namespace sb::ui {

RuleBook::RuleBook(std::shared_ptr<const RuleSet> rules, QObject *parent)
    : QObject(parent)
    , m_rules(std::move(rules))
{ }

RuleBook::~RuleBook() = default;

const Rule *RuleBook::find(const QString &name) const
{
    return m_rules ? m_rules->find(name) : nullptr;
}

void RuleBook::setRules(std::shared_ptr<const RuleSet> rules)
{
    m_rules = std::move(rules);
    Q_EMIT rulesChanged();
}

} // namespace sb::ui
