#pragma once

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace sb::ui {

class WorkspaceStore;

// View → Workspaces: save the layout under a name, rename or delete the current one (never a built-in), and switch
// to any. It asks the user; the window applies. Rebuilt whenever the list or the current one changes.
class WorkspaceMenu : public QObject
{
    Q_OBJECT
public:
    // What the window does for the menu; the bools are false when the window refused.
    struct Commands
    {
        std::function<void(const QString &name)> saveAs;
        std::function<bool(const QString &from, const QString &to)> rename;
        std::function<bool(const QString &name)> remove;
        std::function<bool(const QString &name)> switchTo;
    };

    WorkspaceMenu(QMenu *menu, const WorkspaceStore *store, Commands commands, QWidget *window);

    void rebuild();

private:
    void askSave();
    void askRename();
    void askDelete();

    QMenu *m_menu;
    const WorkspaceStore *m_store;
    Commands m_commands;
    QWidget *m_window;
};

} // namespace sb::ui
