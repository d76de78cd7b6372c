#pragma once

#include <QList>
#include <QString>

class QDockWidget;
class QMainWindow;

namespace sb::ui {

// The desk's built-in arrangements of its docks: "Default" (every feed pane tabbed on the left, Details and
// Diagnostics tabbed on the right), "News" (the news blotters one above the other beside Details) and "Operations"
// (door incidents beside hotel events, Details below them). Each one re-docks every dock, floating ones included,
// and shows it, so a pane dragged off or closed comes back.
class DockArrangement
{
public:
    explicit DockArrangement(QMainWindow *window);

    void addPane(QDockWidget *dock, const QString &feedType);
    void setViewer(QDockWidget *viewer) { m_viewer = viewer; }
    void setDiagnostics(QDockWidget *diagnostics) { m_diagnostics = diagnostics; }
    // Tabbed beside Details in every arrangement; may stay unset.
    void setWatchList(QDockWidget *watchList) { m_watchList = watchList; }

    // Falls back to Default for a name it does not know.
    void apply(const QString &name);

private:
    struct Pane
    {
        QDockWidget *dock;
        QString feedType;
    };

    void redockAll();
    void arrangeDefault();
    void arrangeNews();
    void arrangeOperations();
    // Tabs `docks` behind `front`, which stays raised.
    static void tabBehind(QMainWindow *window, QDockWidget *front, const QList<QDockWidget *> &docks);
    QList<QDockWidget *> docksOf(const QStringList &feedTypes) const;
    QList<QDockWidget *> docksNotOf(const QStringList &feedTypes) const;
    void placeDetails(Qt::DockWidgetArea area);
    void tabBesideViewer();
    int total(Qt::Orientation orientation) const;

    QMainWindow *m_window;
    QList<Pane> m_panes;
    QDockWidget *m_viewer = nullptr;
    QDockWidget *m_diagnostics = nullptr;
    QDockWidget *m_watchList = nullptr;
};

} // namespace sb::ui
