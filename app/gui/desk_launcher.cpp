#include "desk_launcher.h"

#include "config/config_document.h"
#include "config/keychain_secrets.h"
#include "desk/main_window.h"
#include "desk_session.h"
#include "dialogs/credentials_dialog.h"
#include "dialogs/feed_config_dialog.h"
#include "dialogs/preference_keys.h"
#include "pipeline/feed_registry.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QMessageBox>
#include <QSettings>

namespace sb::gui {
namespace {

// The history's place and size: the config's "store" object, else Preferences, else the platform's defaults.
StoreOptions storeOptions(const AppConfig::Store &store, bool demo, const QString &settingsPath)
{
    const QSettings settings = settingsPath.isEmpty() ? QSettings() : QSettings(settingsPath, QSettings::IniFormat);
    StoreOptions options;
    const QString chosen = settings.value(QLatin1String(ui::PreferenceKeys::kHistoryPath)).toString();
    const QString history = chosen.isEmpty() ? EventStore::defaultPath() : chosen;
    const qint64 cap = settings.value(QLatin1String(ui::PreferenceKeys::kHistoryMaxBytes)).toLongLong();
    if (cap > 0)
        options.maxBytes = cap;
    // The demo keeps its own history beside the real one, so emulated news never mixes with a desk's history.
    options.path = demo ? QFileInfo(history).dir().filePath(QStringLiteral("demo-history.sqlite")) : history;
    if (demo) // a demo burst writes tens of MB a second; keep the demo small
        options.maxBytes = qMin(options.maxBytes, 256LL * 1024 * 1024);
    if (!store.path.isEmpty())
        options.path = store.path;
    options.maxBytes = store.maxBytes.value_or(options.maxBytes);
    options.retentionDays = store.retentionDays.value_or(options.retentionDays);
    return options;
}

} // namespace

DeskLauncher::DeskLauncher(const ui::MainWindowOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

DeskLauncher::~DeskLauncher()
{
    // The feeds go before the emulators they talk to.
    m_session.reset();
    m_emulators.reset();
}

ui::MainWindow *DeskLauncher::window() const
{
    return m_session ? m_session->window() : nullptr;
}

void DeskLauncher::report(const QString &text) const
{
    if (m_report)
        m_report(text);
    else
        QMessageBox::warning(window(), tr("Switchboard"), text);
}

bool DeskLauncher::startDemo()
{
    auto emulators = std::make_unique<DemoEmulators>();
    QString error;
    if (!emulators->start(m_demoOptions, &error)) {
        report(tr("The demo could not start: %1").arg(error));
        if (!m_session)
            startEmpty();
        return false;
    }
    const QVector<QJsonObject> feeds = emulators->feedConfigs();
    ui::MainWindowOptions options = m_options;
    options.subtitle = tr("demo");
    m_keychainNames.clear();
    run(feeds, true, {}, options, std::move(emulators));
    return true;
}

bool DeskLauncher::openConfiguration(const QString &path)
{
    m_configPath = path;
    m_keychainNames.clear();
    AppConfig config;
    QString error;
    if (!AppConfig::load(path, config, &error)) {
        if (!m_session)
            startEmpty();
        report(tr("Cannot read %1: %2\n\nFile → Edit feeds… fixes it; File → Start demo runs the emulators.")
                   .arg(path, error));
        return false;
    }
    QJsonArray feeds;
    for (const QJsonObject &feed : std::as_const(config.feeds))
        feeds.append(feed);
    const QStringList names = KeychainSecrets::referencedNames(feeds);
    m_keychainNames = names;
    if (names.isEmpty()) {
        runConfiguration(path, config);
        return true;
    }
    // The keychain answers asynchronously (it may ask the user to unlock it); the feeds start once every secret is
    // in hand, and never with the "keychain:NAME" text in place of one.
    auto *secrets = new KeychainSecrets(m_keychainService, this);
    secrets->read(names,
        [this, secrets, path, config](const QHash<QString, QString> &values, const QStringList &problems) mutable {
            secrets->deleteLater();
            if (!problems.isEmpty()) {
                if (!m_session)
                    startEmpty();
                report(
                    tr("Cannot start the feeds of %1:\n%2\n\nStore the secrets with `switchboard-cli secret set NAME`, "
                       "or run the demo from the File menu.")
                        .arg(path, problems.join(QLatin1Char('\n'))));
                return;
            }
            for (QJsonObject &feed : config.feeds)
                feed = KeychainSecrets::substitute(feed, values).toObject();
            runConfiguration(path, config);
        });
    return true;
}

void DeskLauncher::runConfiguration(const QString &path, const AppConfig &config)
{
    ui::MainWindowOptions options = m_options;
    options.subtitle = QFileInfo(path).fileName();
    options.configPath = QFileInfo(path).absoluteFilePath();
    options.blotterCapacity = config.ui.blotterRows.value_or(options.blotterCapacity);
    options.backfillCount = config.ui.backfillRows.value_or(options.backfillCount);
    options.configHistoryPath = config.store.path;
    options.configHistoryMaxBytes = config.store.maxBytes.value_or(-1);
    run(config.feeds, false, config.store, options, nullptr);
}

void DeskLauncher::startEmpty()
{
    ui::MainWindowOptions options = m_options;
    options.subtitle = m_configPath.isEmpty() ? QString() : QFileInfo(m_configPath).fileName();
    options.configPath = m_configPath.isEmpty() ? QString() : QFileInfo(m_configPath).absoluteFilePath();
    run({}, false, {}, options, nullptr);
}

void DeskLauncher::editFeeds()
{
    QJsonObject document;
    QString error;
    if (!m_configPath.isEmpty() && !ConfigDocument::read(m_configPath, &document, &error)) {
        // Not JSON: editing would overwrite what the user may still want to repair by hand.
        report(tr("Cannot edit %1: %2").arg(m_configPath, error));
        return;
    }
    if (m_configPath.isEmpty())
        document.insert(QStringLiteral("feeds"), QJsonArray());
    const bool edited = m_editor ? m_editor(&document, window()) : [&] {
        ui::FeedConfigDialog dialog(document, FeedRegistry::instance().types(), &ConfigDocument::check, window());
        if (dialog.exec() != QDialog::Accepted)
            return false;
        document = dialog.document();
        return true;
    }();
    if (!edited)
        return;
    QString path = m_configPath;
    if (path.isEmpty()) {
        path = m_savePath
            ? m_savePath(window())
            : QFileDialog::getSaveFileName(window(), tr("Save configuration"),
                QDir::home().filePath(QStringLiteral("switchboard.json")), tr("Switchboard configuration (*.json)"));
        if (path.isEmpty())
            return;
    }
    if (!ConfigDocument::write(path, document, &error)) {
        report(error);
        return;
    }
    openConfiguration(path);
}

void DeskLauncher::editCredentials()
{
    auto *secrets = new KeychainSecrets(m_keychainService);
    auto *dialog = new ui::CredentialsDialog(m_keychainNames, secrets, window());
    secrets->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DeskLauncher::run(const QVector<QJsonObject> &feeds, bool demo, const AppConfig::Store &store,
    const ui::MainWindowOptions &options, std::unique_ptr<DemoEmulators> emulators)
{
    QRect geometry;
    if (ui::MainWindow *old = window()) {
        geometry = old->geometry();
        // An empty desk's layout would hide the next one's panes.
        if (!old->panes().isEmpty())
            old->saveLayout();
    }
    m_session.reset();
    m_emulators = std::move(emulators);
    m_session = std::make_unique<DeskSession>();
    QStringList problems;
    const bool anyFeed = m_session->start(feeds, storeOptions(store, demo, m_options.settingsPath), options, &problems);
    ui::MainWindow *w = m_session->window();
    // Queued: the switch destroys the window whose menu asked for it.
    connect(
        w, &ui::MainWindow::openConfigurationRequested, this, &DeskLauncher::openConfiguration, Qt::QueuedConnection);
    connect(w, &ui::MainWindow::startDemoRequested, this, &DeskLauncher::startDemo, Qt::QueuedConnection);
    connect(w, &ui::MainWindow::editFeedsRequested, this, &DeskLauncher::editFeeds, Qt::QueuedConnection);
    connect(w, &ui::MainWindow::credentialsRequested, this, &DeskLauncher::editCredentials);
    if (geometry.isValid())
        w->setGeometry(geometry);
    w->show();
    Q_EMIT windowChanged(w);
    if (!problems.isEmpty() || (!anyFeed && !feeds.isEmpty())) {
        report(anyFeed
                ? tr("Some feeds could not be set up:\n%1").arg(problems.join(QLatin1Char('\n')))
                : tr("No feed could be set up.\n%1\n\nFile → Edit feeds… fixes the config; File → Start demo runs "
                     "the emulators.")
                      .arg(problems.join(QLatin1Char('\n'))));
    }
    if (!m_session->ruleProblems().isEmpty())
        report(m_session->ruleProblems().join(QLatin1Char('\n')));
}

} // namespace sb::gui
