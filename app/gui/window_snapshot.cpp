#include "window_snapshot.h"

#include "desk/feed_pane.h"
#include "desk/main_window.h"
#include "desk_launcher.h"
#include "panes/watch/watch_list_pane.h"

#include <QApplication>
#include <QDockWidget>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace sb::gui {

WindowSnapshot::WindowSnapshot(DeskLauncher *launcher, Plan plan, QObject *parent)
    : QObject(parent)
    , m_launcher(launcher)
    , m_plan(std::move(plan))
{ }

void WindowSnapshot::start()
{
    arrange();
    if (!m_plan.path.isEmpty())
        QTimer::singleShot(m_plan.afterMs, this, &WindowSnapshot::take);
}

void WindowSnapshot::arrange()
{
    ui::MainWindow *window = m_launcher->window();
    if (!window)
        return;
    if (m_plan.size.isValid())
        window->resize(m_plan.size);
    if (!m_plan.workspace.isEmpty() && !window->switchWorkspace(m_plan.workspace))
        std::fprintf(stderr, "no workspace named %s\n", qPrintable(m_plan.workspace));
    for (const QString &feed : m_plan.raise) {
        // "watchlist" names the Watch list unless a feed has that name.
        ui::FeedPane *pane = window->pane(feed);
        QWidget *content = pane                  ? static_cast<QWidget *>(pane)
            : feed == QLatin1String("watchlist") ? static_cast<QWidget *>(window->watchList())
                                                 : nullptr;
        if (QDockWidget *dock = content ? window->dockFor(content) : nullptr)
            dock->raise();
        else
            std::fprintf(stderr, "no pane for feed %s\n", qPrintable(feed));
    }
}

void WindowSnapshot::take()
{
    ui::MainWindow *window = m_launcher->window();
    const bool saved = window && window->grab().save(m_plan.path, "PNG");
    if (!saved)
        std::fprintf(stderr, "cannot write %s\n", qPrintable(m_plan.path));
    // Quit through the window so the feeds say goodbye and the layout is saved as on any close.
    if (window)
        window->close();
    QApplication::exit(saved ? 0 : 1);
}

} // namespace sb::gui
