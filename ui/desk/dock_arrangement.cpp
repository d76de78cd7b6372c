#include "dock_arrangement.h"

#include "workspace_store.h"

#include <QDockWidget>
#include <QMainWindow>

namespace sb::ui {
namespace {

const QStringList kNewsTypes = {QStringLiteral("mrn"), QStringLiteral("alerts")};
const QString kDoorType = QStringLiteral("salto");
const QString kHotelType = QStringLiteral("opera");

} // namespace

DockArrangement::DockArrangement(QMainWindow *window)
    : m_window(window)
{ }

void DockArrangement::addPane(QDockWidget *dock, const QString &feedType)
{
    m_panes.append({dock, feedType});
}

void DockArrangement::apply(const QString &name)
{
    const QSize before = m_window->size();
    redockAll();
    if (name == QLatin1String(WorkspaceStore::kNewsName))
        arrangeNews();
    else if (name == QLatin1String(WorkspaceStore::kOperationsName))
        arrangeOperations();
    else
        arrangeDefault();
    // An arrangement never changes the window's size: whatever a step in between asked for, the user's size
    // stays unless the new arrangement cannot fit in it.
    if (m_window->isVisible() && m_window->size() != before)
        m_window->resize(before.expandedTo(m_window->minimumSizeHint()));
}

void DockArrangement::redockAll()
{
    QList<QDockWidget *> all;
    for (const Pane &p : std::as_const(m_panes))
        all.append(p.dock);
    all << m_viewer << m_diagnostics;
    if (m_watchList)
        all << m_watchList;
    for (QDockWidget *dock : std::as_const(all)) {
        // Docked back while still in the layout: a floating dock taken out of the layout first stays a window.
        dock->setFloating(false);
        m_window->removeDockWidget(dock);
    }
}

int DockArrangement::total(Qt::Orientation orientation) const
{
    return orientation == Qt::Horizontal ? qMax(m_window->width(), 800) : qMax(m_window->height(), 600);
}

void DockArrangement::tabBehind(QMainWindow *window, QDockWidget *front, const QList<QDockWidget *> &docks)
{
    for (QDockWidget *dock : docks) {
        if (dock == front)
            continue;
        window->addDockWidget(window->dockWidgetArea(front), dock);
        window->tabifyDockWidget(front, dock);
        dock->show();
    }
    front->raise();
}

QList<QDockWidget *> DockArrangement::docksOf(const QStringList &feedTypes) const
{
    QList<QDockWidget *> out;
    for (const Pane &p : m_panes)
        if (feedTypes.contains(p.feedType))
            out.append(p.dock);
    return out;
}

QList<QDockWidget *> DockArrangement::docksNotOf(const QStringList &feedTypes) const
{
    QList<QDockWidget *> out;
    for (const Pane &p : m_panes)
        if (!feedTypes.contains(p.feedType))
            out.append(p.dock);
    return out;
}

void DockArrangement::placeDetails(Qt::DockWidgetArea area)
{
    m_window->addDockWidget(area, m_viewer);
    m_window->addDockWidget(area, m_diagnostics);
    m_viewer->show();
    m_diagnostics->show();
    m_window->tabifyDockWidget(m_viewer, m_diagnostics);
    tabBesideViewer();
    m_viewer->raise();
}

void DockArrangement::tabBesideViewer()
{
    if (!m_watchList)
        return;
    m_window->addDockWidget(m_window->dockWidgetArea(m_viewer), m_watchList);
    m_watchList->show();
    m_window->tabifyDockWidget(m_viewer, m_watchList);
}

void DockArrangement::arrangeDefault()
{
    // Each pane goes straight into the tab group: stacked one above the other first, their minimum heights would
    // add up and the window grow to hold them before the tabs form.
    QList<QDockWidget *> panes = docksNotOf({});
    if (!panes.isEmpty()) {
        m_window->addDockWidget(Qt::LeftDockWidgetArea, panes.first());
        panes.first()->show();
        tabBehind(m_window, panes.first(), panes);
    }
    placeDetails(Qt::RightDockWidgetArea);
    if (!panes.isEmpty()) {
        const int width = total(Qt::Horizontal);
        m_window->resizeDocks({panes.first(), m_viewer}, {width * 64 / 100, width * 36 / 100}, Qt::Horizontal);
    }
}

void DockArrangement::arrangeNews()
{
    const QList<QDockWidget *> news = docksOf(kNewsTypes);
    if (news.isEmpty()) {
        arrangeDefault();
        return;
    }
    // One news blotter above the other, so a headline and an alert are read at once; the rest wait in tabs.
    m_window->addDockWidget(Qt::LeftDockWidgetArea, news.first());
    news.first()->show();
    for (int i = 1; i < news.size(); ++i) {
        m_window->splitDockWidget(news.at(i - 1), news.at(i), Qt::Vertical);
        news.at(i)->show();
    }
    tabBehind(m_window, news.last(), docksNotOf(kNewsTypes));
    placeDetails(Qt::RightDockWidgetArea);
    const int width = total(Qt::Horizontal);
    m_window->resizeDocks({news.first(), m_viewer}, {width * 58 / 100, width * 42 / 100}, Qt::Horizontal);
}

void DockArrangement::arrangeOperations()
{
    const QList<QDockWidget *> doors = docksOf({kDoorType});
    const QList<QDockWidget *> hotels = docksOf({kHotelType});
    QList<QDockWidget *> ops = doors.mid(0, 1) + hotels.mid(0, 1);
    if (ops.isEmpty()) {
        arrangeDefault();
        return;
    }
    // Door incidents beside hotel events in the top area; Details spans the width below them.
    m_window->addDockWidget(Qt::TopDockWidgetArea, ops.first());
    ops.first()->show();
    if (ops.size() > 1) {
        m_window->splitDockWidget(ops.first(), ops.last(), Qt::Horizontal);
        ops.last()->show();
    }
    QList<QDockWidget *> rest;
    for (const Pane &p : std::as_const(m_panes))
        if (!ops.contains(p.dock))
            rest.append(p.dock);
    // Diagnostics waits behind the incidents rather than behind Details: stacked below, its height would push the
    // window past an 800-pixel screen.
    rest.append(m_diagnostics);
    tabBehind(m_window, ops.first(), rest);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_viewer);
    m_viewer->show();
    tabBesideViewer();
    m_viewer->raise();
    const int height = total(Qt::Vertical);
    m_window->resizeDocks({ops.first(), m_viewer}, {height * 60 / 100, height * 40 / 100}, Qt::Vertical);
    if (ops.size() > 1) {
        const int width = total(Qt::Horizontal);
        m_window->resizeDocks({ops.first(), ops.last()}, {width / 2, width / 2}, Qt::Horizontal);
    }
}

} // namespace sb::ui
