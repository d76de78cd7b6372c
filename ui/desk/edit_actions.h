#pragma once

#include "active_pane.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace sb::ui {

// The Edit menu: copy the selected rows, undo a Clear, and the two boxes of the active pane (the filter of the rows
// shown, the history search), and Preferences. Copying is the window's, which says on its status bar when nothing is
// selected; the preferences are the window's to show.
class EditActions : public QObject
{
    Q_OBJECT
public:
    EditActions(QMenu *menu, ActivePane activePane, QWidget *window);

    QAction *copy() const { return m_copy; }

Q_SIGNALS:
    void copyRequested();
    void preferencesRequested();
    void rulesRequested();
    // For the active pane's filter.
    void saveFilterAsRuleRequested();

private:
    ActivePane m_activePane;
    QAction *m_copy = nullptr;
};

} // namespace sb::ui
