#include "layout_actions.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QMenu>

namespace sb::ui {

LayoutActions::LayoutActions(QMenu *menu, const QList<QDockWidget *> &docks, const WorkspaceStore *workspaces,
    WorkspaceMenu::Commands workspaceCommands, QWidget *window)
    : QObject(window)
    , m_themeGroup(new QActionGroup(this))
{
    QMenu *panes = menu->addMenu(tr("&Panes"));
    for (QDockWidget *dock : docks)
        panes->addAction(dock->toggleViewAction());

    QMenu *theme = menu->addMenu(tr("&Theme"));
    const QList<QPair<Theme::Mode, QString>> themes = {{Theme::Mode::System, tr("Follow the &system")},
        {Theme::Mode::Light, tr("&Light")}, {Theme::Mode::Dark, tr("&Dark")}};
    for (const auto &[mode, label] : themes) {
        QAction *a = theme->addAction(label);
        a->setCheckable(true);
        a->setChecked(Theme::current() == mode);
        a->setData(Theme::toString(mode));
        m_themeGroup->addAction(a);
        const Theme::Mode chosen = mode;
        connect(a, &QAction::triggered, this, [this, chosen] { Q_EMIT themeChosen(chosen); });
    }
    menu->addSeparator();

    m_workspaceMenu
        = new WorkspaceMenu(menu->addMenu(tr("&Workspaces")), workspaces, std::move(workspaceCommands), window);
    QAction *reset = menu->addAction(tr("&Reset layout"));
    reset->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    connect(reset, &QAction::triggered, this, &LayoutActions::resetRequested);
}

void LayoutActions::showTheme(Theme::Mode mode)
{
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toString() == Theme::toString(mode));
}

} // namespace sb::ui
