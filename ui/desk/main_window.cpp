#include "main_window.h"

#include "dialogs/about_dialog.h"
#include "dialogs/filter_syntax_dialog.h"
#include "dialogs/keyboard_shortcuts_dialog.h"
#include "feed_monitor.h"
#include "feed_pane.h"
#include "feed_source.h"
#include "feed_title.h"
#include "panes/builtin_panes.h"
#include "panes/diagnostics/diagnostics_pane.h"
#include "panes/story/story_viewer.h"
#include "store/event_store.h"
#include "widgets/feed_indicator.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
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

    for (FeedPane *p : panes())
        p->startBackfill(options.backfillCount);
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
}

void MainWindow::arrangeDefault()
{
    m_arrangement.apply(QString::fromLatin1(WorkspaceStore::kDefaultName));
}

void MainWindow::arrangeBuiltin(const QString &name)
{
    // The panes' own reset re-selects rows, which would put another story in Details under the reader's eyes.
    const bool reading = m_viewer->hasStory();
    const Event shown = m_viewer->story();
    m_arrangement.apply(name);
    for (FeedPane *p : panes())
        p->resetLayout();
    if (reading && (m_viewer->story().feed != shown.feed || m_viewer->story().key != shown.key))
        m_viewer->showStory(shown);
}

void MainWindow::buildActions()
{
    QStyle *s = style();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openConfig = file->addAction(tr("&Open configuration…"));
    openConfig->setObjectName(QStringLiteral("openConfiguration"));
    openConfig->setShortcut(QKeySequence::Open);
    connect(openConfig, &QAction::triggered, this, &MainWindow::askOpenConfiguration);
    QAction *startDemo = file->addAction(tr("Start &demo"));
    startDemo->setObjectName(QStringLiteral("startDemo"));
    connect(startDemo, &QAction::triggered, this, &MainWindow::startDemoRequested);
    QAction *editFeeds = file->addAction(tr("Edit &feeds…"));
    editFeeds->setObjectName(QStringLiteral("editFeeds"));
    connect(editFeeds, &QAction::triggered, this, &MainWindow::editFeedsRequested);
    file->addSeparator();
    QAction *exportCsv = file->addAction(s->standardIcon(QStyle::SP_DialogSaveButton), tr("Export selection as &CSV…"));
    exportCsv->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportCsv->setIconText(tr("CSV"));
    connect(exportCsv, &QAction::triggered, this, [this] { askExport(EventExporter::Format::Csv); });
    QAction *exportJson
        = file->addAction(s->standardIcon(QStyle::SP_DialogSaveButton), tr("Export selection as &JSON Lines…"));
    exportJson->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    exportJson->setIconText(tr("JSONL"));
    connect(exportJson, &QAction::triggered, this, [this] { askExport(EventExporter::Format::JsonLines); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(s->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Copy rows"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setIconText(tr("Copy"));
    connect(copy, &QAction::triggered, this, &MainWindow::copySelection);
    // Ctrl+Z in a text box stays the box's own undo: a focused line edit overrides the shortcut.
    QAction *undoClear = edit->addAction(tr("&Undo clear"));
    undoClear->setObjectName(QStringLiteral("undoClear"));
    undoClear->setShortcut(QKeySequence::Undo);
    connect(undoClear, &QAction::triggered, this, [this] {
        if (FeedPane *p = activePane())
            p->undoClear();
    });
    connect(edit, &QMenu::aboutToShow, this, [this, undoClear] {
        FeedPane *p = activePane();
        undoClear->setEnabled(p && p->canUndoClear());
    });
    connect(edit, &QMenu::aboutToHide, undoClear, [undoClear] { undoClear->setEnabled(true); }); // for Ctrl+Z
    edit->addSeparator();
    QAction *filter = edit->addAction(tr("&Filter…"));
    filter->setShortcut(QKeySequence::Find);
    connect(filter, &QAction::triggered, this, [this] {
        if (FeedPane *p = activePane())
            p->focusFilter();
    });
    QAction *search = edit->addAction(tr("&Search history…"));
    search->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    connect(search, &QAction::triggered, this, [this] {
        if (FeedPane *p = activePane())
            p->focusSearch();
    });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *next = go->addAction(tr("&Next story"));
    next->setShortcuts({QKeySequence(Qt::Key_J)});
    connect(next, &QAction::triggered, this, [this] {
        if (FeedPane *p = activePane())
            p->moveSelection(1);
    });
    QAction *previous = go->addAction(tr("&Previous story"));
    previous->setShortcuts({QKeySequence(Qt::Key_K)});
    connect(previous, &QAction::triggered, this, [this] {
        if (FeedPane *p = activePane())
            p->moveSelection(-1);
    });
    // Enter is the table's own "activated" key; a window-wide Return shortcut would steal it from the text fields.
    QAction *open = go->addAction(tr("&Open story") + QStringLiteral("\t") + tr("Enter"));
    connect(open, &QAction::triggered, this, [this] {
        if (FeedPane *p = activePane())
            p->openCurrent();
    });

    QMenu *feed = menuBar()->addMenu(tr("F&eed"));
    m_pauseAction = feed->addAction(s->standardIcon(QStyle::SP_MediaPause), tr("&Pause"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::Key_P));
    m_pauseAction->setToolTip(tr("Hold new stories back in the active blotter (P)"));
    connect(m_pauseAction, &QAction::triggered, this, [this](bool checked) {
        if (FeedPane *p = activePane())
            p->setPaused(checked);
    });
    QAction *clear = feed->addAction(s->standardIcon(QStyle::SP_DialogResetButton), tr("C&lear blotter"));
    clear->setShortcut(QKeySequence(tr("Ctrl+L")));
    clear->setIconText(tr("Clear"));
    connect(clear, &QAction::triggered, this, [this] {
        if (FeedPane *p = activePane())
            p->clear();
    });
    feed->addSeparator();
    QAction *diagnostics = feed->addAction(s->standardIcon(QStyle::SP_MessageBoxInformation), tr("&Diagnostics"));
    diagnostics->setShortcut(QKeySequence(tr("Ctrl+D")));
    connect(diagnostics, &QAction::triggered, this, [this] {
        FeedPane *p = activePane();
        showDiagnostics(p ? p->feedName() : m_diagnostics->currentFeed());
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *panesMenu = view->addMenu(tr("&Panes"));
    for (QDockWidget *dock : std::as_const(m_paneDocks))
        panesMenu->addAction(dock->toggleViewAction());
    panesMenu->addAction(m_viewerDock->toggleViewAction());
    panesMenu->addAction(m_diagnosticsDock->toggleViewAction());
    QMenu *theme = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const QList<QPair<Theme::Mode, QString>> themes = {{Theme::Mode::System, tr("Follow the &system")},
        {Theme::Mode::Light, tr("&Light")}, {Theme::Mode::Dark, tr("&Dark")}};
    for (const auto &[mode, label] : themes) {
        QAction *a = theme->addAction(label);
        a->setCheckable(true);
        a->setChecked(Theme::current() == mode);
        a->setData(Theme::toString(mode));
        m_themeGroup->addAction(a);
        const Theme::Mode chosen = mode;
        connect(a, &QAction::triggered, this, [this, chosen] { setTheme(chosen); });
    }
    view->addSeparator();
    m_workspaceMenu = view->addMenu(tr("&Workspaces"));
    rebuildWorkspaceMenu();
    QAction *reset = view->addAction(tr("&Reset layout"));
    reset->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    connect(reset, &QAction::triggered, this, &MainWindow::resetLayout);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(help->addAction(tr("&Filter syntax")), &QAction::triggered, this,
        [this] { FilterSyntaxDialog::showFor(this); });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Switchboard"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    // Text only: the style's stock icons are drawn for light backgrounds and vanish on the dark theme.
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setMovable(false);
    bar->addAction(m_pauseAction);
    bar->addAction(clear);
    bar->addSeparator();
    bar->addAction(copy);
    bar->addAction(exportCsv);
    bar->addAction(exportJson);
    bar->addSeparator();
    bar->addAction(diagnostics);
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

void MainWindow::askExport(EventExporter::Format format)
{
    FeedPane *p = activePane();
    if (!p || p->selectedEvents().isEmpty()) {
        statusBar()->showMessage(tr("Select rows to export."), 3000);
        return;
    }
    const bool csv = format == EventExporter::Format::Csv;
    const QString dir = m_settings
                            ->value(QStringLiteral("ui/exportDir"),
                                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    const QString name
        = QStringLiteral("%1-%2.%3")
              .arg(p->feedName(), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                  csv ? QStringLiteral("csv") : QStringLiteral("jsonl"));
    const QString caption = csv ? tr("Export as CSV") : tr("Export as JSON Lines");
    const QString filter = csv ? tr("CSV (*.csv)") : tr("JSON Lines (*.jsonl *.json)");
    const QString suggested = QDir(dir).filePath(name);
    const QString path = m_options.askExportPath ? m_options.askExportPath(caption, suggested, filter)
                                                 : QFileDialog::getSaveFileName(this, caption, suggested, filter);
    if (path.isEmpty())
        return;
    m_settings->setValue(QStringLiteral("ui/exportDir"), QFileInfo(path).absolutePath());
    exportSelection(path, format);
}

void MainWindow::askOpenConfiguration()
{
    const QString dir = m_settings->value(QStringLiteral("ui/configDir")).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open configuration"), dir, tr("Switchboard configuration (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings->setValue(QStringLiteral("ui/configDir"), QFileInfo(path).absolutePath());
    Q_EMIT openConfigurationRequested(path);
}

QFuture<QString> MainWindow::exportSelection(const QString &path, EventExporter::Format format)
{
    FeedPane *p = activePane();
    const EventBatch events = p ? p->selectedEvents() : EventBatch();
    QFuture<QString> future = EventExporter::write(events, path, format);
    auto *watcher = new QFutureWatcher<QString>(this);
    const int count = int(events.size());
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, count] {
        const QString error = watcher->result();
        if (error.isEmpty())
            statusBar()->showMessage(
                tr("Exported %n rows to %1", nullptr, count).arg(QDir::toNativeSeparators(path)), 10000);
        else
            statusBar()->showMessage(
                tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(path), error), 15000);
        watcher->deleteLater();
    });
    watcher->setFuture(future);
    return future;
}

void MainWindow::updatePauseAction()
{
    FeedPane *p = activePane();
    const bool paused = p && p->isPaused();
    m_pauseAction->setChecked(paused);
    m_pauseAction->setText(paused ? tr("Resume") : tr("Pause"));
    m_pauseAction->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
}

void MainWindow::setTheme(Theme::Mode mode)
{
    Theme::apply(mode);
    m_settings->setValue(QStringLiteral("ui/theme"), Theme::toString(mode));
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toString() == Theme::toString(mode));
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

void MainWindow::askRenameWorkspace()
{
    const QString from = m_workspaces.current();
    bool ok = false;
    const QString to = QInputDialog::getText(
        this, tr("Rename workspace"), tr("New name for “%1”:").arg(from), QLineEdit::Normal, from, &ok);
    if (!ok || to.trimmed() == from)
        return;
    if (!renameWorkspace(from, to.trimmed()))
        QMessageBox::warning(this, tr("Rename workspace"),
            tr("“%1” cannot be used: it is empty, built in, or taken by another workspace.").arg(to.trimmed()));
}

void MainWindow::askDeleteWorkspace()
{
    const QString name = m_workspaces.current();
    if (QMessageBox::question(this, tr("Delete workspace"), tr("Delete workspace “%1”?").arg(name)) == QMessageBox::Yes)
        deleteWorkspace(name);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new KeyboardShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    AboutDialog::Paths paths;
    paths.history = m_options.historyPath;
    paths.settings = m_settings->fileName();
    paths.config = m_options.configPath;
    auto *dialog = new AboutDialog(paths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::askSaveWorkspace()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save workspace"), tr("Workspace name:"), QLineEdit::Normal, m_workspaces.current(), &ok);
    if (ok)
        saveWorkspaceAs(name.trimmed());
}

void MainWindow::rebuildWorkspaceMenu()
{
    m_workspaceMenu->clear();
    QAction *saveAs = m_workspaceMenu->addAction(tr("&Save workspace as…"));
    connect(saveAs, &QAction::triggered, this, &MainWindow::askSaveWorkspace);
    const bool own = !WorkspaceStore::isBuiltin(m_workspaces.current());
    QAction *rename = m_workspaceMenu->addAction(tr("&Rename workspace…"));
    rename->setObjectName(QStringLiteral("renameWorkspaceAction"));
    rename->setEnabled(own);
    connect(rename, &QAction::triggered, this, &MainWindow::askRenameWorkspace);
    QAction *remove = m_workspaceMenu->addAction(tr("&Delete workspace…"));
    remove->setObjectName(QStringLiteral("deleteWorkspaceAction"));
    remove->setEnabled(own);
    connect(remove, &QAction::triggered, this, &MainWindow::askDeleteWorkspace);
    m_workspaceMenu->addSeparator();
    QStringList names = m_workspaces.names();
    if (!names.contains(m_workspaces.current()))
        names.append(m_workspaces.current());
    const QHash<QString, QString> builtinLabels = {{QString::fromLatin1(WorkspaceStore::kDefaultName), tr("Default")},
        {QString::fromLatin1(WorkspaceStore::kNewsName), tr("News")},
        {QString::fromLatin1(WorkspaceStore::kOperationsName), tr("Operations")}};
    auto *group = new QActionGroup(m_workspaceMenu);
    bool ownStarted = false;
    for (const QString &name : std::as_const(names)) {
        if (!ownStarted && !WorkspaceStore::isBuiltin(name)) {
            ownStarted = true;
            m_workspaceMenu->addSeparator();
        }
        QAction *a = m_workspaceMenu->addAction(builtinLabels.value(name, name));
        a->setCheckable(true);
        a->setChecked(name == m_workspaces.current());
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] { switchWorkspace(name); });
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace sb::ui
