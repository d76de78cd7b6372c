#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace sb::ui {

// Help → Keyboard shortcuts: every command of the menu bar that has a key, read from the actions themselves so the
// list cannot go stale, and the keys the tables and filter boxes handle on their own (Enter, Escape).
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeyboardShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    // "key<TAB>command" per row, for tests and for copying.
    QStringList rows() const;

private:
    QTreeWidget *m_list;
};

} // namespace sb::ui
