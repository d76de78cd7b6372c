#pragma once

#include "dock_arrangement.h"
#include "event/event.h"
#include "event_exporter.h"
#include "main_window_options.h"
#include "pane_registry.h"
#include "recent_events.h"
#include "theme.h"
#include "workspace.h"
#include "workspace_store.h"

#include <QFuture>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDockWidget;
class QSettings;

namespace sb {
class EventStore;
}

namespace sb::ui {

class AlarmDesk;
class DeskTray;
class DiagnosticsPane;
class FeedActions;
class FeedIndicator;
class FeedMonitor;
class FeedPane;
class FeedSource;
class LayoutActions;
class RuleActions;
class RuleBook;
class RulesDialog;
class SelectionExport;
class SoundToggle;
class StoryViewer;
class WatchListPane;

// The desk: one dockable pane per feed (built by the pane registry), the shared story viewer and the diagnostics
// pane, and a status-bar indicator per feed. The menus' commands are declared by their own classes (FileActions,
// EditActions, …); the window lays out, routes each batch to its pane and each command to the active pane, and
// keeps layouts in QSettings as named workspaces.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(FeedSource *source, EventStore *store, const MainWindowOptions &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    FeedPane *pane(const QString &feed) const { return m_panes.value(feed); }
    QList<FeedPane *> panes() const;
    FeedPane *activePane() const;
    StoryViewer *storyViewer() const { return m_viewer; }
    DiagnosticsPane *diagnostics() const { return m_diagnostics; }
    // Events of `watch` rules from every feed; its unreadCount()/unreadChanged(int) are for the tray and status bar.
    WatchListPane *watchList() const { return m_watch; }
    FeedMonitor *monitor() const { return m_monitor; }
    QDockWidget *dockFor(QWidget *content) const;
    FeedIndicator *indicator(const QString &feed) const { return m_indicators.value(feed); }
    QSettings *settings() const { return m_settings.get(); }

    void saveLayout();
    bool restoreLayout();
    void resetLayout();
    QString currentWorkspace() const { return m_workspaces.current(); }
    QStringList workspaces() const { return m_workspaces.names(); }
    void saveWorkspaceAs(const QString &name);
    bool switchWorkspace(const QString &name);
    // Neither applies to Default or a built-in; false when refused.
    bool renameWorkspace(const QString &from, const QString &to);
    bool deleteWorkspace(const QString &name);
    void setTheme(Theme::Mode mode);
    // Edit → Preferences, window-modal; accepting applies the theme and the tray at once.
    void showPreferences();
    // Closes the window even when closing would only hide it to the tray.
    void quit();
    DeskTray *tray() const { return m_tray; }
    RuleBook *ruleBook() const { return m_rules; }
    // Edit → Rules…: the dialog, window-modal; its Save applies the rules to the desk and the feeds at once.
    RulesDialog *showRules();
    // "Save filter as rule…": the Rules dialog with a new rule for the pane's filter.
    RulesDialog *saveFilterAsRule(FeedPane *pane);
    const RecentEvents &recentEvents() const { return m_recent; }
    // Rules' sounds, notifications and taskbar flashes (#16); alarms ask it to repeat a rule's sound.
    RuleActions *ruleActions() const { return m_ruleActions; }
    SoundToggle *soundToggle() const { return m_soundToggle; }
    AlarmDesk *alarms() const { return m_alarms; }
    void showDiagnostics(const QString &feed);
    void openStory(const Event &event);
    // Writes the active pane's selected rows off the GUI thread; the future's result is empty or the error.
    QFuture<QString> exportSelection(const QString &path, EventExporter::Format format);
    void copySelection();

public Q_SLOTS:
    void handleEvents(const sb::EventBatch &batch);

Q_SIGNALS:
    // Recovery from a bad config without a restart: the app (DeskLauncher) replaces the desk.
    void openConfigurationRequested(const QString &path);
    void startDemoRequested();
    void editFeedsRequested();
    void credentialsRequested();
    // An open alarm's rule wants its sound played now (#16); the sound player connects here.
    void alarmSoundDue(const QString &rule);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPanes();
    void buildActions();
    void buildStatusBar();
    void arrangeDefault();
    // Lays out a built-in workspace; the pane being read in Details stays there.
    void arrangeBuiltin(const QString &name);
    void placeAlarms();
    void deliver(const QString &feed, const EventBatch &events);
    Workspace captureWorkspace() const;
    void applyWorkspace(const Workspace &workspace);
    void rebuildWorkspaceMenu();
    void refreshIndicators();
    void updatePauseAction();

    FeedSource *m_source;
    EventStore *m_store;
    MainWindowOptions m_options;
    std::unique_ptr<QSettings> m_settings;
    WorkspaceStore m_workspaces;
    PaneRegistry m_builtinPanes;
    FeedMonitor *m_monitor;
    RuleBook *m_rules;
    RecentEvents m_recent {1000};
    QHash<QString, FeedPane *> m_panes;
    QStringList m_paneOrder;
    QList<QDockWidget *> m_paneDocks;
    DockArrangement m_arrangement {this};
    StoryViewer *m_viewer = nullptr;
    QDockWidget *m_viewerDock = nullptr;
    DiagnosticsPane *m_diagnostics = nullptr;
    QDockWidget *m_diagnosticsDock = nullptr;
    WatchListPane *m_watch = nullptr;
    QDockWidget *m_watchDock = nullptr;
    QHash<QString, FeedIndicator *> m_indicators;
    QPointer<FeedPane> m_activePane;
    FeedActions *m_feedActions = nullptr;
    LayoutActions *m_layoutActions = nullptr;
    SelectionExport *m_export = nullptr;
    DeskTray *m_tray = nullptr;
    RuleActions *m_ruleActions = nullptr;
    SoundToggle *m_soundToggle = nullptr;
    AlarmDesk *m_alarms = nullptr;
    bool m_quitting = false;
};

} // namespace sb::ui
