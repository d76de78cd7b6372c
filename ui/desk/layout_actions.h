#pragma once

#include "theme.h"
#include "workspace_menu.h"

#include <QList>
#include <QObject>

class QActionGroup;
class QDockWidget;
class QMenu;
class QWidget;

namespace sb::ui {

// The View menu: which panes are shown, the theme, the workspaces and Reset layout. The window applies what is
// chosen; the theme's check marks follow what the window reports.
class LayoutActions : public QObject
{
    Q_OBJECT
public:
    LayoutActions(QMenu *menu, const QList<QDockWidget *> &docks, const WorkspaceStore *workspaces,
        WorkspaceMenu::Commands workspaceCommands, QWidget *window);

    WorkspaceMenu *workspaceMenu() const { return m_workspaceMenu; }
    void showTheme(Theme::Mode mode);

Q_SIGNALS:
    void themeChosen(sb::ui::Theme::Mode mode);
    void resetRequested();

private:
    QActionGroup *m_themeGroup;
    WorkspaceMenu *m_workspaceMenu = nullptr;
};

} // namespace sb::ui
