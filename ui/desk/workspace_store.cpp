#include "workspace_store.h"

#include <QSettings>
#include <QUrl>

namespace sb::ui {

WorkspaceStore::WorkspaceStore(QSettings *settings)
    : m_settings(settings)
{ }

QString WorkspaceStore::group(const QString &name)
{
    // Names are the user's; percent-encoding keeps '/' and '\' from becoming settings groups.
    return QStringLiteral("workspaces/") + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QStringList WorkspaceStore::builtinNames()
{
    return {QString::fromLatin1(kDefaultName), QString::fromLatin1(kNewsName), QString::fromLatin1(kOperationsName)};
}

bool WorkspaceStore::isBuiltin(const QString &name)
{
    return builtinNames().contains(name);
}

QStringList WorkspaceStore::names() const
{
    m_settings->beginGroup(QStringLiteral("workspaces"));
    QStringList own;
    for (const QString &g : m_settings->childGroups()) {
        const QString name = QUrl::fromPercentEncoding(g.toLatin1());
        if (!isBuiltin(name))
            own.append(name);
    }
    m_settings->endGroup();
    own.sort(Qt::CaseInsensitive);
    return builtinNames() + own;
}

bool WorkspaceStore::contains(const QString &name) const
{
    return m_settings->contains(group(name) + QStringLiteral("/state"));
}

QString WorkspaceStore::current() const
{
    return m_settings->value(QStringLiteral("ui/workspace"), QString::fromLatin1(kDefaultName)).toString();
}

void WorkspaceStore::setCurrent(const QString &name)
{
    m_settings->setValue(QStringLiteral("ui/workspace"), name);
}

void WorkspaceStore::save(const QString &name, const Workspace &workspace)
{
    const QString g = group(name);
    m_settings->remove(g);
    m_settings->beginGroup(g);
    m_settings->setValue(QStringLiteral("geometry"), workspace.geometry);
    m_settings->setValue(QStringLiteral("state"), workspace.state);
    m_settings->beginGroup(QStringLiteral("panes"));
    for (auto it = workspace.panes.cbegin(); it != workspace.panes.cend(); ++it)
        m_settings->setValue(QString::fromLatin1(QUrl::toPercentEncoding(it.key())), it.value());
    m_settings->endGroup();
    m_settings->endGroup();
}

bool WorkspaceStore::load(const QString &name, Workspace *out) const
{
    if (!contains(name))
        return false;
    m_settings->beginGroup(group(name));
    out->geometry = m_settings->value(QStringLiteral("geometry")).toByteArray();
    out->state = m_settings->value(QStringLiteral("state")).toByteArray();
    out->panes.clear();
    m_settings->beginGroup(QStringLiteral("panes"));
    for (const QString &key : m_settings->childKeys())
        out->panes.insert(QUrl::fromPercentEncoding(key.toLatin1()), m_settings->value(key).toByteArray());
    m_settings->endGroup();
    m_settings->endGroup();
    return true;
}

void WorkspaceStore::remove(const QString &name)
{
    m_settings->remove(group(name));
    if (current() == name && !isBuiltin(name))
        setCurrent(QString::fromLatin1(kDefaultName));
}

bool WorkspaceStore::rename(const QString &from, const QString &to)
{
    const QString target = to.trimmed();
    if (isBuiltin(from) || isBuiltin(target) || target.isEmpty() || contains(target))
        return false;
    Workspace w;
    if (!load(from, &w))
        return false;
    const bool wasCurrent = current() == from;
    save(target, w);
    m_settings->remove(group(from));
    if (wasCurrent)
        setCurrent(target);
    return true;
}

} // namespace sb::ui
