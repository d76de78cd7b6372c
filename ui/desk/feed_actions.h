#pragma once

#include "active_pane.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace sb::ui {

// The Feed menu: pause / resume and clear the active pane, and its feed's diagnostics. The pause action shows the
// active pane's state, which the window reports as focus moves and panes pause.
class FeedActions : public QObject
{
    Q_OBJECT
public:
    FeedActions(QMenu *menu, ActivePane activePane, QWidget *window);

    QAction *pause() const { return m_pause; }
    QAction *clear() const { return m_clear; }
    QAction *diagnostics() const { return m_diagnostics; }
    void showPaused(bool paused);

Q_SIGNALS:
    // `feed` is the active pane's, empty without one.
    void diagnosticsRequested(const QString &feed);

private:
    ActivePane m_activePane;
    QWidget *m_window;
    QAction *m_pause = nullptr;
    QAction *m_clear = nullptr;
    QAction *m_diagnostics = nullptr;
};

} // namespace sb::ui
