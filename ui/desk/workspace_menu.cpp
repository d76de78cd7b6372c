#include "workspace_menu.h"

#include "workspace_store.h"

#include <QActionGroup>
#include <QHash>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace sb::ui {

WorkspaceMenu::WorkspaceMenu(QMenu *menu, const WorkspaceStore *store, Commands commands, QWidget *window)
    : QObject(window)
    , m_menu(menu)
    , m_store(store)
    , m_commands(std::move(commands))
    , m_window(window)
{
    rebuild();
}

void WorkspaceMenu::rebuild()
{
    m_menu->clear();
    QAction *saveAs = m_menu->addAction(tr("&Save workspace as…"));
    connect(saveAs, &QAction::triggered, this, &WorkspaceMenu::askSave);
    const QString current = m_store->current();
    const bool own = !WorkspaceStore::isBuiltin(current);
    QAction *rename = m_menu->addAction(tr("&Rename workspace…"));
    rename->setObjectName(QStringLiteral("renameWorkspaceAction"));
    rename->setEnabled(own);
    connect(rename, &QAction::triggered, this, &WorkspaceMenu::askRename);
    QAction *remove = m_menu->addAction(tr("&Delete workspace…"));
    remove->setObjectName(QStringLiteral("deleteWorkspaceAction"));
    remove->setEnabled(own);
    connect(remove, &QAction::triggered, this, &WorkspaceMenu::askDelete);
    m_menu->addSeparator();
    QStringList names = m_store->names();
    if (!names.contains(current))
        names.append(current);
    const QHash<QString, QString> builtinLabels = {{QString::fromLatin1(WorkspaceStore::kDefaultName), tr("Default")},
        {QString::fromLatin1(WorkspaceStore::kNewsName), tr("News")},
        {QString::fromLatin1(WorkspaceStore::kOperationsName), tr("Operations")}};
    auto *group = new QActionGroup(m_menu);
    bool ownStarted = false;
    for (const QString &name : std::as_const(names)) {
        if (!ownStarted && !WorkspaceStore::isBuiltin(name)) {
            ownStarted = true;
            m_menu->addSeparator();
        }
        QAction *a = m_menu->addAction(builtinLabels.value(name, name));
        a->setCheckable(true);
        a->setChecked(name == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] { m_commands.switchTo(name); });
    }
}

void WorkspaceMenu::askSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_window, tr("Save workspace"), tr("Workspace name:"), QLineEdit::Normal, m_store->current(), &ok);
    if (ok)
        m_commands.saveAs(name.trimmed());
}

void WorkspaceMenu::askRename()
{
    const QString from = m_store->current();
    bool ok = false;
    const QString to = QInputDialog::getText(
        m_window, tr("Rename workspace"), tr("New name for “%1”:").arg(from), QLineEdit::Normal, from, &ok);
    if (!ok || to.trimmed() == from)
        return;
    if (!m_commands.rename(from, to.trimmed()))
        QMessageBox::warning(m_window, tr("Rename workspace"),
            tr("“%1” cannot be used: it is empty, built in, or taken by another workspace.").arg(to.trimmed()));
}

void WorkspaceMenu::askDelete()
{
    const QString name = m_store->current();
    if (QMessageBox::question(m_window, tr("Delete workspace"), tr("Delete workspace “%1”?").arg(name))
        == QMessageBox::Yes)
        m_commands.remove(name);
}

} // namespace sb::ui
