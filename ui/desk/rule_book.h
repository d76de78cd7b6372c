#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace sb {
class RuleSet;
struct Rule;
} // namespace sb

namespace sb::ui {

// The desk's rules on the GUI thread (#16): panes, sounds, notifications and alarms look up what a matched rule asks
// for by the names each event carries. The decode workers match with their own copy of the same set; the Rules dialog
// replaces both, and `rulesChanged` tells the desk's readers.
class RuleBook : public QObject
{
    Q_OBJECT
public:
    explicit RuleBook(std::shared_ptr<const RuleSet> rules, QObject *parent = nullptr);
    ~RuleBook() override;

    // Null when the desk runs without rules.
    std::shared_ptr<const RuleSet> rules() const { return m_rules; }
    // The rule of that name, or null.
    const Rule *find(const QString &name) const;
    void setRules(std::shared_ptr<const RuleSet> rules);

Q_SIGNALS:
    void rulesChanged();

private:
    std::shared_ptr<const RuleSet> m_rules;
};

} // namespace sb::ui
