// switchboard: the desk. `--demo` runs the built-in emulators in process; `--config FILE` connects to real
// services; with neither, a first-run dialog offers both.
#include "config/app_config.h"
#include "demo_emulators.h"
#include "desk/gui_stall_monitor.h"
#include "desk/main_window.h"
#include "desk/theme.h"
#include "desk_session.h"
#include "dialogs/first_run_dialog.h"
#include "pipeline/feed_registry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace {

sb::StoreOptions storeOptions(const sb::AppConfig::Store &store, bool demo)
{
    sb::StoreOptions options;
    // The demo keeps its own history, so emulated news never mixes with a desk's real history.
    options.path = demo ? QFileInfo(sb::EventStore::defaultPath()).dir().filePath(QStringLiteral("demo-history.sqlite"))
                        : sb::EventStore::defaultPath();
    if (demo)
        options.maxBytes = 256LL * 1024 * 1024; // a demo burst writes tens of MB a second; keep the demo small
    if (!store.path.isEmpty())
        options.path = store.path;
    options.maxBytes = store.maxBytes.value_or(options.maxBytes);
    options.retentionDays = store.retentionDays.value_or(options.retentionDays);
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QApplication::setApplicationName(QStringLiteral("switchboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Switchboard"));
    QApplication::setApplicationVersion(QStringLiteral(SB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Switchboard: a real-time news and events terminal."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption demo(
        QStringLiteral("demo"), QStringLiteral("Start the built-in emulators and connect to them."));
    QCommandLineOption config(
        QStringLiteral("config"), QStringLiteral("Connect to the feeds of a config file."), QStringLiteral("FILE"));
    QCommandLineOption burst(QStringLiteral("burst"),
        QStringLiteral("Demo load mode: the emulator sends N stories a second."), QStringLiteral("N"));
    QCommandLineOption rate(
        QStringLiteral("rate"), QStringLiteral("Demo: ordinary stories a second (default 4)."), QStringLiteral("R"));
    QCommandLineOption settings(QStringLiteral("settings"),
        QStringLiteral("Keep layouts and preferences in this INI file instead of the default."),
        QStringLiteral("FILE"));
    QCommandLineOption theme(
        QStringLiteral("theme"), QStringLiteral("system, light or dark."), QStringLiteral("THEME"));
    QCommandLineOption stallReport(QStringLiteral("stall-report"),
        QStringLiteral("Measure how long the GUI thread stalls for S seconds, print it, and quit."),
        QStringLiteral("S"));
    parser.addOptions({demo, config, burst, rate, settings, theme, stallReport});
    parser.process(app);

    sb::registerBuiltinFeeds();
    sb::ui::MainWindowOptions windowOptions;
    windowOptions.settingsPath = parser.value(settings);
    if (parser.isSet(theme)) {
        std::unique_ptr<QSettings> s = windowOptions.settingsPath.isEmpty()
            ? std::make_unique<QSettings>()
            : std::make_unique<QSettings>(windowOptions.settingsPath, QSettings::IniFormat);
        s->setValue(QStringLiteral("ui/theme"), parser.value(theme));
    }
    {
        const QSettings s = windowOptions.settingsPath.isEmpty()
            ? QSettings()
            : QSettings(windowOptions.settingsPath, QSettings::IniFormat);
        sb::ui::Theme::apply(sb::ui::Theme::fromString(s.value(QStringLiteral("ui/theme")).toString()));
    }

    bool runDemo = parser.isSet(demo);
    QString configPath = parser.value(config);
    if (!runDemo && configPath.isEmpty()) {
        sb::ui::FirstRunDialog dialog;
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        runDemo = dialog.choice() == sb::ui::FirstRunDialog::Choice::Demo;
        configPath = dialog.configPath();
    }

    sb::gui::DemoEmulators emulators;
    QVector<QJsonObject> feeds;
    sb::AppConfig::Store storeConfig;
    QString error;
    if (runDemo) {
        sb::gui::DemoEmulators::Options options;
        bool ok = true;
        if (parser.isSet(rate))
            options.storiesPerSecond = parser.value(rate).toDouble(&ok);
        if (ok && parser.isSet(burst))
            options.burstStoriesPerSecond = parser.value(burst).toInt(&ok);
        if (!ok) {
            QMessageBox::critical(nullptr, QObject::tr("Switchboard"), QObject::tr("--rate and --burst take numbers."));
            return 64;
        }
        if (!emulators.start(options, &error)) {
            QMessageBox::critical(
                nullptr, QObject::tr("Switchboard"), QObject::tr("The demo could not start: %1").arg(error));
            return 2;
        }
        feeds = emulators.feedConfigs();
        windowOptions.subtitle = QObject::tr("demo");
    } else {
        sb::AppConfig appConfig;
        if (!sb::AppConfig::load(configPath, appConfig, &error)) {
            QMessageBox::critical(
                nullptr, QObject::tr("Switchboard"), QObject::tr("Cannot read %1: %2").arg(configPath, error));
            return 64;
        }
        feeds = appConfig.feeds;
        storeConfig = appConfig.store;
        windowOptions.subtitle = QFileInfo(configPath).fileName();
        windowOptions.configPath = QFileInfo(configPath).absoluteFilePath();
        windowOptions.blotterCapacity = appConfig.ui.blotterRows.value_or(windowOptions.blotterCapacity);
        windowOptions.backfillCount = appConfig.ui.backfillRows.value_or(windowOptions.backfillCount);
    }

    sb::gui::DeskSession session;
    QStringList problems;
    const bool anyFeed = session.start(feeds, storeOptions(storeConfig, runDemo), windowOptions, &problems);
    session.window()->show();
    if (!problems.isEmpty() || !anyFeed) {
        QMessageBox::warning(session.window(), QObject::tr("Switchboard"),
            anyFeed ? QObject::tr("Some feeds could not be set up:\n%1").arg(problems.join(QLatin1Char('\n')))
                    : QObject::tr("No feed could be set up.\n%1").arg(problems.join(QLatin1Char('\n'))));
    }
    sb::ui::GuiStallMonitor stalls;
    if (parser.isSet(stallReport)) {
        stalls.start();
        QTimer::singleShot(parser.value(stallReport).toInt() * 1000, &app, [&] {
            std::printf("%s\n", qPrintable(stalls.summary()));
            for (const QString &name : session.host().feedNames()) {
                if (const sb::FeedMetrics *m = session.host().metrics(name)) {
                    const sb::FeedMetrics::Snapshot s = m->snapshot();
                    std::printf("feed %s: %llu events, %llu frames, %llu drops\n", qPrintable(name),
                        static_cast<unsigned long long>(s.events), static_cast<unsigned long long>(s.frames),
                        static_cast<unsigned long long>(s.drops));
                }
            }
            std::fflush(stdout);
            app.quit();
        });
    }
    return app.exec();
}
