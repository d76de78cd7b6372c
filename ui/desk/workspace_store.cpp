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

QStringList WorkspaceStore::names() const
{
    m_settings->beginGroup(QStringLiteral("workspaces"));
    QStringList out;
    for (const QString &g : m_settings->childGroups())
        out.append(QUrl::fromPercentEncoding(g.toLatin1()));
    m_settings->endGroup();
    out.sort(Qt::CaseInsensitive);
    return out;
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
}

} // namespace sb::ui
