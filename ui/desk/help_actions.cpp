#include "help_actions.h"

#include "dialogs/filter_syntax_dialog.h"
#include "dialogs/keyboard_shortcuts_dialog.h"

#include <QAction>
#include <QMenu>

namespace sb::ui {

HelpActions::HelpActions(QMenu *menu, QMenuBar *shortcutsFrom, AboutDialog::Paths paths, QWidget *window)
    : QObject(window)
    , m_shortcutsFrom(shortcutsFrom)
    , m_paths(std::move(paths))
    , m_window(window)
{
    menu->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts = menu->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    connect(shortcuts, &QAction::triggered, this, &HelpActions::showShortcuts);
    connect(menu->addAction(tr("&Filter syntax")), &QAction::triggered, this,
        [this] { FilterSyntaxDialog::showFor(m_window); });
    menu->addSeparator();
    QAction *about = menu->addAction(tr("&About Switchboard"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &HelpActions::showAbout);
}

void HelpActions::showShortcuts()
{
    auto *dialog = new KeyboardShortcutsDialog(m_shortcutsFrom, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HelpActions::showAbout()
{
    auto *dialog = new AboutDialog(m_paths, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace sb::ui
