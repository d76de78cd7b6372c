#include "main_window.h"
#include "alarms/alarm_board.h"
#include "rule_actions.h"
#include "rule_book.h"
#include "sound_toggle.h"

#include "alarm_desk.h"

#include "desk_tray.h"
#include "dialogs/about_dialog.h"
#include "dialogs/preference_keys.h"
#include "dialogs/preferences_dialog.h"
#include "dialogs/rules_dialog.h"
#include "edit_actions.h"
#include "feed_actions.h"
#include "feed_monitor.h"
#include "feed_pane.h"
#include "feed_source.h"
#include "feed_title.h"
#include "file_actions.h"
#include "help_actions.h"
#include "layout_actions.h"
#include "panes/builtin_panes.h"
#include "panes/diagnostics/diagnostics_pane.h"
#include "panes/story/story_viewer.h"
#include "panes/watch/watch_list_pane.h"
#include "rules/rule_set.h"
#include "selection_export.h"
#include "store/event_store.h"
#include "story_actions.h"
#include "widgets/feed_indicator.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace sb::ui {
namespace {

std::unique_ptr<QSettings> openSettings(const QString &path)
{
    if (path.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(path, QSettings::IniFormat);
}

} // namespace

MainWindow::MainWindow(FeedSource *source, EventStore *store, const MainWindowOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_source(source)
    , m_store(store)
    , m_options(options)
    , m_settings(openSettings(options.settingsPath))
    , m_workspaces(m_settings.get())
    , m_monitor(new FeedMonitor(source, this))
    , m_rules(new RuleBook(options.rules, this))
{
    setObjectName(QStringLiteral("switchboard"));
    // The platform appends the application's display name ("Switchboard") itself when the title does not end with
    // it; "demo — Switchboard" is the usual document-first form and is not doubled.
    setWindowTitle(options.subtitle.isEmpty() ? tr("Switchboard") : tr("%1 — Switchboard").arg(options.subtitle));
    Theme::apply(Theme::fromString(m_settings->value(QStringLiteral("ui/theme")).toString()));

    // The panes are all docks; a hidden central widget lets them share the whole window.
    auto *central = new QWidget(this);
    setCentralWidget(central);
    central->hide();
    setDockOptions(AllowTabbedDocks | AllowNestedDocks | AnimatedDocks);
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);

    if (!options.panes)
        registerBuiltinPanes(m_builtinPanes);
    buildPanes();
    buildActions();
    buildStatusBar();

    const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                          : QRect(0, 0, 1280, 800);
    resize(qMin(1280, screen.width()), qMin(800, screen.height()));
    arrangeDefault();
    restoreLayout();
    if (FeedPane *p = activePane())
        p->focusRows();

    if (source)
        connect(source, &FeedSource::eventsReady, this, &MainWindow::handleEvents);
    connect(m_monitor, &FeedMonitor::sampled, this, &MainWindow::refreshIndicators);
    connect(m_monitor, &FeedMonitor::stateChanged, this, &MainWindow::refreshIndicators);
    connect(m_monitor, &FeedMonitor::errorAdded, this, &MainWindow::refreshIndicators);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (QWidget *w = now; w; w = w->parentWidget())
            if (auto *p = qobject_cast<FeedPane *>(w)) {
                m_activePane = p;
                updatePauseAction();
                return;
            }
    });
    refreshIndicators();

    m_tray = new DeskTray(this);
    m_tray->setEnabled(m_settings->value(QLatin1String(PreferenceKeys::kCloseToTray)).toBool());
    connect(m_tray, &DeskTray::showRequested, this, [this] {
        show();
        raise();
        activateWindow();
    });
    connect(m_tray, &DeskTray::quitRequested, this, &MainWindow::quit);
    m_ruleActions = new RuleActions(m_rules, m_tray, this, this);
    connect(m_ruleActions, &RuleActions::openRequested, m_tray, &DeskTray::showRequested);
    connect(m_ruleActions, &RuleActions::openRequested, this, &MainWindow::openStory);
    connect(m_ruleActions, &RuleActions::problem, this, [this](const QString &message) {
        qWarning("%s", qUtf8Printable(message));
        statusBar()->showMessage(message, 10000);
    });
    // The watch list is built with the panes, before the tray: its unread count is the tray's from here on.
    m_tray->setCounts(m_watch->unreadCount(), 0);
    connect(m_watch, &WatchListPane::unreadChanged, m_tray,
        [this](int unread) { m_tray->setCounts(unread, m_tray->openAlarms()); });
    // Alarms repeat their rule's sound through the same player (mute, 2 s per rule) and count in the tray's badge.
    connect(
        m_alarms, &AlarmDesk::soundDue, m_ruleActions, [this](const QString &rule) { m_ruleActions->playSound(rule); });
    connect(m_alarms->board(), &AlarmBoard::openCountChanged, m_tray,
        [this](int open) { m_tray->setCounts(m_tray->unreadWatch(), open); });
    // The watch list's "Open alarms" view follows the board: every alarm once when loaded, then one per change.
    connect(m_alarms->board(), &AlarmBoard::loaded, m_watch, [this] {
        QSet<EventId> open;
        for (const AlarmRecord &a : m_alarms->board()->book().alarms())
            if (a.state != QLatin1String("closed"))
                open.insert({a.feed, a.key});
        m_watch->setOpenAlarms(std::move(open));
    });
    const auto followAlarm = [this](const AlarmRecord &a) {
        m_watch->setAlarmOpen({a.feed, a.key}, a.state != QLatin1String("closed"));
    };
    connect(m_alarms->board(), &AlarmBoard::raised, m_watch, followAlarm);
    connect(m_alarms->board(), &AlarmBoard::changed, m_watch, followAlarm);
    m_soundToggle = new SoundToggle(m_settings.get(), m_ruleActions->sounds(), this);
    statusBar()->addPermanentWidget(m_soundToggle);

    for (FeedPane *p : panes())
        p->startBackfill(options.backfillCount);
    m_alarms->load();
}

MainWindow::~MainWindow() = default;

QList<FeedPane *> MainWindow::panes() const
{
    QList<FeedPane *> out;
    for (const QString &name : m_paneOrder)
        out.append(m_panes.value(name));
    return out;
}

FeedPane *MainWindow::activePane() const
{
    if (m_activePane)
        return m_activePane;
    return m_paneOrder.isEmpty() ? nullptr : m_panes.value(m_paneOrder.first());
}

QDockWidget *MainWindow::dockFor(QWidget *content) const
{
    for (QWidget *w = content; w; w = w->parentWidget())
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            return dock;
    return nullptr;
}

void MainWindow::buildPanes()
{
    const PaneRegistry &registry = m_options.panes ? *m_options.panes : m_builtinPanes;
    const QVector<FeedInfo> feeds = m_source ? m_source->feeds() : QVector<FeedInfo>();
    for (const FeedInfo &info : feeds) {
        PaneContext context;
        context.feedName = info.name;
        context.feedType = info.type;
        context.store = m_store;
        context.source = m_source;
        context.capacity = m_options.blotterCapacity;
        context.rules = m_rules;
        FeedPane *pane = registry.create(context, this);
        if (!pane)
            continue;
        auto *dock = new QDockWidget(pane->title(), this);
        dock->setObjectName(QStringLiteral("pane/") + info.name);
        dock->setWidget(pane);
        m_panes.insert(info.name, pane);
        m_paneOrder.append(info.name);
        m_paneDocks.append(dock);
        m_arrangement.addPane(dock, info.type);
        connect(pane, &FeedPane::storySelected, this, [this, dock](const Event &event) {
            // A pane in a tab behind another selects its first rows too; Details follows the pane the reader sees.
            if (!isVisible() || !dock->visibleRegion().isEmpty())
                m_viewer->showStory(event);
        });
        connect(pane, &FeedPane::storyOpened, this, &MainWindow::openStory);
        connect(pane, &FeedPane::saveFilterAsRuleRequested, this, [this, pane] { saveFilterAsRule(pane); });
        connect(pane, &FeedPane::pausedChanged, this, &MainWindow::updatePauseAction);
        connect(pane, &FeedPane::pausedChanged, this, [this, feed = info.name](bool paused) {
            if (FeedIndicator *i = m_indicators.value(feed))
                i->setPaused(paused);
        });
    }

    m_viewer = new StoryViewer(this);
    // "Details", not "Story": the same viewer shows door incidents, hotel events and topic messages.
    m_viewerDock = new QDockWidget(tr("Details"), this);
    m_viewerDock->setObjectName(QStringLiteral("storyViewer"));
    m_viewerDock->setWidget(m_viewer);
    connect(m_viewer, &StoryViewer::chipClicked, this, [this](const QString &chip) {
        if (FeedPane *p = activePane())
            p->setFilterText(chip);
    });

    m_diagnostics = new DiagnosticsPane(m_monitor, this);
    m_diagnosticsDock = new QDockWidget(tr("Diagnostics"), this);
    m_diagnosticsDock->setObjectName(QStringLiteral("diagnostics"));
    m_diagnosticsDock->setWidget(m_diagnostics);
    m_arrangement.setViewer(m_viewerDock);
    m_arrangement.setDiagnostics(m_diagnosticsDock);

    m_watch = new WatchListPane(5000, this);
    m_watch->setRules(m_rules->rules());
    connect(m_rules, &RuleBook::rulesChanged, m_watch, [this] { m_watch->setRules(m_rules->rules()); });
    connect(m_watch, &WatchListPane::storyOpened, this, &MainWindow::openStory);
    m_watchDock = new QDockWidget(tr("Watch list"), this);
    m_watchDock->setObjectName(QStringLiteral("watchList"));
    m_watchDock->setWidget(m_watch);
    m_arrangement.setWatchList(m_watchDock);
    m_alarms = new AlarmDesk(this, m_store, m_rules, m_settings.get(), m_options.alarmClock);
    connect(m_alarms, &AlarmDesk::eventFound, this, &MainWindow::openStory);
    connect(m_alarms, &AlarmDesk::soundDue, this, &MainWindow::alarmSoundDue);
}

void MainWindow::arrangeDefault()
{
    removeDockWidget(m_alarms->dock());
    m_arrangement.apply(QString::fromLatin1(WorkspaceStore::kDefaultName));
    placeAlarms();
}

void MainWindow::placeAlarms()
{
    // Taken out before an arrangement and put back behind Diagnostics after it, so no arrangement has to know it and
    // none is squeezed by it; Details stays in front.
    tabifyDockWidget(m_diagnosticsDock, m_alarms->dock());
    m_alarms->dock()->show();
    m_viewerDock->raise();
}

void MainWindow::arrangeBuiltin(const QString &name)
{
    // The panes' own reset re-selects rows, which would put another story in Details under the reader's eyes.
    const bool reading = m_viewer->hasStory();
    const Event shown = m_viewer->story();
    removeDockWidget(m_alarms->dock());
    m_arrangement.apply(name);
    placeAlarms();
    for (FeedPane *p : panes())
        p->resetLayout();
    if (reading && (m_viewer->story().feed != shown.feed || m_viewer->story().key != shown.key))
        m_viewer->showStory(shown);
}

void MainWindow::buildActions()
{
    const ActivePane active = [this] { return activePane(); };
    auto *file = new FileActions(menuBar()->addMenu(tr("&File")), m_settings.get(), this);
    connect(file, &FileActions::openConfigurationRequested, this, &MainWindow::openConfigurationRequested);
    connect(file, &FileActions::startDemoRequested, this, &MainWindow::startDemoRequested);
    connect(file, &FileActions::editFeedsRequested, this, &MainWindow::editFeedsRequested);
    m_export = new SelectionExport(m_settings.get(), m_options.askExportPath, statusBar(), this);
    connect(file, &FileActions::exportRequested, this,
        [this](EventExporter::Format format) { m_export->ask(activePane(), format); });
    connect(file, &FileActions::credentialsRequested, this, &MainWindow::credentialsRequested);
    connect(file, &FileActions::quitRequested, this, &MainWindow::quit);
    auto *edit = new EditActions(menuBar()->addMenu(tr("&Edit")), active, this);
    connect(edit, &EditActions::copyRequested, this, &MainWindow::copySelection);
    connect(edit, &EditActions::preferencesRequested, this, &MainWindow::showPreferences);
    connect(edit, &EditActions::rulesRequested, this, &MainWindow::showRules);
    connect(edit, &EditActions::saveFilterAsRuleRequested, this, [this] { saveFilterAsRule(activePane()); });
    new StoryActions(menuBar()->addMenu(tr("&Go")), active, this);
    m_feedActions = new FeedActions(menuBar()->addMenu(tr("F&eed")), active, this);
    connect(m_feedActions, &FeedActions::diagnosticsRequested, this,
        [this](const QString &feed) { showDiagnostics(feed.isEmpty() ? m_diagnostics->currentFeed() : feed); });

    WorkspaceMenu::Commands workspaces;
    workspaces.saveAs = [this](const QString &name) { saveWorkspaceAs(name); };
    workspaces.rename = [this](const QString &from, const QString &to) { return renameWorkspace(from, to); };
    workspaces.remove = [this](const QString &name) { return deleteWorkspace(name); };
    workspaces.switchTo = [this](const QString &name) { return switchWorkspace(name); };
    m_layoutActions = new LayoutActions(menuBar()->addMenu(tr("&View")),
        m_paneDocks + QList<QDockWidget *> {m_viewerDock, m_watchDock, m_diagnosticsDock, m_alarms->dock()},
        &m_workspaces, std::move(workspaces), this);
    connect(m_layoutActions, &LayoutActions::themeChosen, this, &MainWindow::setTheme);
    connect(m_layoutActions, &LayoutActions::resetRequested, this, &MainWindow::resetLayout);

    AboutDialog::Paths paths;
    paths.history = m_options.historyPath;
    paths.settings = m_settings->fileName();
    paths.config = m_options.configPath;
    new HelpActions(menuBar()->addMenu(tr("&Help")), menuBar(), paths, this);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    // Text only: the style's stock icons are drawn for light backgrounds and vanish on the dark theme.
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setMovable(false);
    bar->addAction(m_feedActions->pause());
    bar->addAction(m_feedActions->clear());
    bar->addSeparator();
    bar->addAction(edit->copy());
    bar->addAction(file->exportCsv());
    bar->addAction(file->exportJsonLines());
    bar->addSeparator();
    bar->addAction(m_feedActions->diagnostics());
}

void MainWindow::buildStatusBar()
{
    const QVector<FeedInfo> feeds = m_source ? m_source->feeds() : QVector<FeedInfo>();
    for (const FeedInfo &info : feeds) {
        auto *indicator = new FeedIndicator(info.name, this);
        indicator->setLabel(FeedTitle::shortOf(info), FeedTitle::of(info));
        statusBar()->addPermanentWidget(indicator);
        m_indicators.insert(info.name, indicator);
        connect(indicator, &FeedIndicator::clicked, this, &MainWindow::showDiagnostics);
    }
}

void MainWindow::refreshIndicators()
{
    const qint64 now = m_monitor->nowMs();
    for (auto it = m_indicators.cbegin(); it != m_indicators.cend(); ++it) {
        const FeedStatus *s = m_monitor->status(it.key());
        if (!s)
            continue;
        it.value()->setStatus(
            s->state, s->stateText, s->eventsPerSecond, s->lastEventMs > 0 ? now - s->lastEventMs : -1, s->errorCount);
    }
}

void MainWindow::handleEvents(const EventBatch &batch)
{
    // The batch is in the history already: the host shows only what its sink has committed.
    if (batch.isEmpty())
        return;
    m_recent.append(batch);
    m_ruleActions->handle(batch);
    m_watch->appendEvents(batch);
    m_alarms->addEvents(batch);
    // Nearly every batch holds one feed's events; those go on without a copy.
    const QString &first = batch.first().feed;
    bool single = true;
    for (const Event &e : batch)
        if (e.feed != first) {
            single = false;
            break;
        }
    if (single) {
        deliver(first, batch);
        return;
    }
    QHash<QString, EventBatch> byFeed;
    for (const Event &e : batch)
        byFeed[e.feed].append(e);
    for (auto it = byFeed.cbegin(); it != byFeed.cend(); ++it)
        deliver(it.key(), it.value());
}

void MainWindow::deliver(const QString &feed, const EventBatch &events)
{
    FeedPane *p = m_panes.value(feed);
    if (p)
        p->appendEvents(events);
    m_monitor->recordInserted(feed, events, QDateTime::currentMSecsSinceEpoch());
}

void MainWindow::openStory(const Event &event)
{
    m_viewer->showStory(event);
    m_viewerDock->show();
    m_viewerDock->raise();
}

void MainWindow::showDiagnostics(const QString &feed)
{
    m_diagnostics->showFeed(feed);
    m_diagnosticsDock->show();
    m_diagnosticsDock->raise();
}

void MainWindow::copySelection()
{
    FeedPane *p = activePane();
    if (!p)
        return;
    const QString text = p->selectedText();
    if (text.isEmpty()) {
        statusBar()->showMessage(tr("Select rows to copy."), 3000);
        return;
    }
    QGuiApplication::clipboard()->setText(text);
}

QFuture<QString> MainWindow::exportSelection(const QString &path, EventExporter::Format format)
{
    FeedPane *p = activePane();
    return m_export->write(p ? p->selectedEvents() : EventBatch(), path, format);
}

void MainWindow::updatePauseAction()
{
    FeedPane *p = activePane();
    m_feedActions->showPaused(p && p->isPaused());
}

void MainWindow::setTheme(Theme::Mode mode)
{
    Theme::apply(mode);
    m_settings->setValue(QStringLiteral("ui/theme"), Theme::toString(mode));
    m_layoutActions->showTheme(mode);
}

void MainWindow::showPreferences()
{
    PreferencesDialog::Context context;
    context.trayAvailable = DeskTray::isAvailable();
    context.osUser = PreferencesDialog::osUserName();
    context.defaultHistoryPath = EventStore::defaultPath();
    context.defaultHistoryMaxBytes = StoreOptions().maxBytes;
    context.configHistoryPath = m_options.configHistoryPath;
    context.configHistoryMaxBytes = m_options.configHistoryMaxBytes;
    auto *dialog = new PreferencesDialog(m_settings.get(), context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setTheme(Theme::fromString(dialog->theme()));
        m_tray->setEnabled(dialog->closeToTray());
        m_soundToggle->reload();
        m_alarms->readOperator();
    });
    dialog->open();
}

RulesDialog *MainWindow::showRules()
{
    if (auto *open = findChild<RulesDialog *>(QString(), Qt::FindDirectChildrenOnly))
        return open;
    RulesDialog::Context context;
    context.rulesPath = m_options.rulesPath;
    context.recentEvents = m_recent.snapshot();
    context.askPath = m_options.askRulesPath;
    const std::shared_ptr<const RuleSet> current = m_rules->rules();
    auto *dialog = new RulesDialog(current ? current->rules() : QVector<Rule>(), std::move(context), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RulesDialog::saved, this, [this](std::shared_ptr<const RuleSet> rules) {
        if (m_source)
            m_source->setRules(rules);
        m_rules->setRules(std::move(rules));
        statusBar()->showMessage(tr("Rules saved and applied."), 3000);
    });
    dialog->open();
    return dialog;
}

RulesDialog *MainWindow::saveFilterAsRule(FeedPane *pane)
{
    RulesDialog *dialog = showRules();
    if (pane)
        dialog->addRuleFor(pane->filterText());
    return dialog;
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    m_quitting = false;
}

Workspace MainWindow::captureWorkspace() const
{
    Workspace w;
    w.geometry = saveGeometry();
    w.state = saveState();
    for (auto it = m_panes.cbegin(); it != m_panes.cend(); ++it)
        w.panes.insert(QStringLiteral("pane/") + it.key(), it.value()->saveState());
    return w;
}

void MainWindow::applyWorkspace(const Workspace &workspace)
{
    if (!workspace.geometry.isEmpty())
        restoreGeometry(workspace.geometry);
    if (!workspace.state.isEmpty())
        restoreState(workspace.state);
    for (auto it = m_panes.cbegin(); it != m_panes.cend(); ++it) {
        const QByteArray state = workspace.panes.value(QStringLiteral("pane/") + it.key());
        if (state.isEmpty() || !it.value()->restoreState(state))
            it.value()->resetLayout();
    }
}

void MainWindow::saveLayout()
{
    m_workspaces.save(m_workspaces.current(), captureWorkspace());
    m_settings->sync();
}

bool MainWindow::restoreLayout()
{
    Workspace w;
    if (!m_workspaces.load(m_workspaces.current(), &w)) {
        // Default is already on screen; News and Operations are laid out until the user saves them otherwise.
        const QString current = m_workspaces.current();
        if (WorkspaceStore::isBuiltin(current) && current != QLatin1String(WorkspaceStore::kDefaultName))
            arrangeBuiltin(current);
        return false;
    }
    applyWorkspace(w);
    return true;
}

void MainWindow::resetLayout()
{
    arrangeBuiltin(QString::fromLatin1(WorkspaceStore::kDefaultName));
}

void MainWindow::saveWorkspaceAs(const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    m_workspaces.save(name, captureWorkspace());
    m_workspaces.setCurrent(name);
    m_settings->sync();
    rebuildWorkspaceMenu();
}

bool MainWindow::switchWorkspace(const QString &name)
{
    Workspace w;
    const bool saved = m_workspaces.load(name, &w);
    if (!saved && !WorkspaceStore::isBuiltin(name))
        return false;
    saveLayout();
    m_workspaces.setCurrent(name);
    if (saved)
        applyWorkspace(w);
    else
        arrangeBuiltin(name);
    rebuildWorkspaceMenu();
    return true;
}

bool MainWindow::renameWorkspace(const QString &from, const QString &to)
{
    if (from == m_workspaces.current())
        saveLayout();
    if (!m_workspaces.rename(from, to))
        return false;
    m_settings->sync();
    rebuildWorkspaceMenu();
    return true;
}

bool MainWindow::deleteWorkspace(const QString &name)
{
    if (WorkspaceStore::isBuiltin(name) || !m_workspaces.contains(name))
        return false;
    const bool wasCurrent = name == m_workspaces.current();
    m_workspaces.remove(name);
    m_settings->sync();
    // The layout on screen was the deleted one's; what is shown now is the workspace that became current.
    if (wasCurrent) {
        Workspace w;
        if (m_workspaces.load(m_workspaces.current(), &w))
            applyWorkspace(w);
        else
            arrangeBuiltin(m_workspaces.current());
    }
    rebuildWorkspaceMenu();
    return true;
}

void MainWindow::rebuildWorkspaceMenu()
{
    m_layoutActions->workspaceMenu()->rebuild();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    // Close to tray: the window goes, the desk (feeds, history) stays until Quit.
    if (!m_quitting && m_tray->isEnabled()) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace sb::ui
