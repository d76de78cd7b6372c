#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace sb {
class RuleSet;
}

namespace sb::gui {

// The desk's rules: rules.json beside its settings file, or the shipped defaults (door incidents of severity high or
// critical are alarms) when there is none.
class DeskRules
{
public:
    // Beside `settingsPath`, or beside the application's own QSettings file when it is empty.
    static QString pathFor(const QString &settingsPath);
    // A file that does not load is listed in `problems` (naming the rule) and the defaults run instead, so the
    // alarms the defaults raise are not lost to a typo.
    static std::shared_ptr<const RuleSet> load(const QString &settingsPath, QStringList *problems);
};

} // namespace sb::gui
