#pragma once

#include "dialogs/about_dialog.h"

#include <QObject>

class QMenu;
class QMenuBar;
class QWidget;

namespace sb::ui {

// The Help menu: the keyboard shortcuts (read from the menu bar, so the list is always the window's own), the
// filter syntax, and About with the files in use. Each opens a dialog that is not modal, so the desk keeps running.
class HelpActions : public QObject
{
    Q_OBJECT
public:
    HelpActions(QMenu *menu, QMenuBar *shortcutsFrom, AboutDialog::Paths paths, QWidget *window);

private:
    void showShortcuts();
    void showAbout();

    QMenuBar *m_shortcutsFrom;
    AboutDialog::Paths m_paths;
    QWidget *m_window;
};

} // namespace sb::ui
