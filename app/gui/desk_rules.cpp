#include "desk_rules.h"

#include "rules/rule_set.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace sb::gui {

namespace {

const QString kDefaults = QStringLiteral(":/rules/default-rules.json");

} // namespace

QString DeskRules::pathFor(const QString &settingsPath)
{
    const QString settings = settingsPath.isEmpty() ? QSettings().fileName() : settingsPath;
    return QFileInfo(settings).absoluteDir().filePath(QStringLiteral("rules.json"));
}

std::shared_ptr<const RuleSet> DeskRules::load(const QString &settingsPath, QStringList *problems)
{
    const QString path = pathFor(settingsPath);
    QString error;
    if (QFileInfo::exists(path)) {
        if (std::optional<RuleSet> rules = RuleSet::load(path, &error))
            return std::make_shared<const RuleSet>(std::move(*rules));
        problems->append(error + QStringLiteral(" (the default rules run instead)"));
    }
    if (std::optional<RuleSet> rules = RuleSet::load(kDefaults, &error))
        return std::make_shared<const RuleSet>(std::move(*rules));
    problems->append(error);
    return nullptr;
}

} // namespace sb::gui
