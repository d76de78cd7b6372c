// switchboard: the desk. `--demo` runs the built-in emulators in process; `--config FILE` connects to real
// services; with neither, a first-run dialog offers both.
#include "app_icon.h"
#include "desk/gui_stall_monitor.h"
#include "desk/main_window.h"
#include "desk/theme.h"
#include "desk/ui_translator.h"
#include "desk_launcher.h"
#include "desk_session.h"
#include "dialogs/first_run_dialog.h"
#include "first_row_report.h"
#include "pipeline/feed_registry.h"
#include "relay/relay_feed.h"
#include "single_instance.h"
#include "window_snapshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <atomic>
#include <cstdio>

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QApplication::setApplicationName(QStringLiteral("switchboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Switchboard"));
    QApplication::setApplicationVersion(QStringLiteral(SB_VERSION));
    QApplication::setWindowIcon(sb::gui::applicationIcon());
    QGuiApplication::setDesktopFileName(QString::fromLatin1(sb::gui::kDesktopFileName));

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
    QCommandLineOption snapshot(QStringLiteral("snapshot"),
        QStringLiteral("Save a picture of the window after --snapshot-after seconds (default 8) and quit."),
        QStringLiteral("PNG"));
    QCommandLineOption snapshotAfter(
        QStringLiteral("snapshot-after"), QStringLiteral("Seconds before the snapshot."), QStringLiteral("S"));
    QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size for the snapshot (default 1280x800)."),
        QStringLiteral("WxH"));
    QCommandLineOption workspace(QStringLiteral("workspace"),
        QStringLiteral("Open this workspace (Default, News, Operations or your own)."), QStringLiteral("NAME"));
    QCommandLineOption raise(QStringLiteral("raise"),
        QStringLiteral(
            "Bring this feed's pane (or the watch list: watchlist) to the front of its tabs (may be repeated)."),
        QStringLiteral("FEED"));
    QCommandLineOption newInstance(QStringLiteral("new-instance"),
        QStringLiteral("Start a desk of its own even when one is running with the same settings."));
    // Hidden: the startup benchmark's seam (tests/bench/startup.cpp).
    QCommandLineOption reportFirstRow(QStringLiteral("report-first-row"),
        QStringLiteral("Print the milliseconds to the first painted blotter row, and quit."));
    reportFirstRow.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, config, burst, rate, settings, theme, stallReport, snapshot, snapshotAfter, size,
        workspace, raise, newInstance});
    parser.addOption(reportFirstRow);
    // The desktop entry and the file association open a config by passing its path alone.
    parser.addPositionalArgument(
        QStringLiteral("file"), QStringLiteral("A config file to open (as --config)."), QStringLiteral("[FILE]"));
    parser.process(app);

    sb::registerBuiltinFeeds();
    sb::RelayFeed::registerType();
    sb::ui::MainWindowOptions windowOptions;
    windowOptions.settingsPath = parser.value(settings);
    if (parser.isSet(theme)) {
        std::unique_ptr<QSettings> s = windowOptions.settingsPath.isEmpty()
            ? std::make_unique<QSettings>()
            : std::make_unique<QSettings>(windowOptions.settingsPath, QSettings::IniFormat);
        s->setValue(QStringLiteral("ui/theme"), parser.value(theme));
    }
    // Before the first dialog or window: every tr() from here on is in the chosen language.
    sb::ui::UiTranslator translator;
    {
        const QSettings s = windowOptions.settingsPath.isEmpty()
            ? QSettings()
            : QSettings(windowOptions.settingsPath, QSettings::IniFormat);
        sb::ui::Theme::apply(sb::ui::Theme::fromString(s.value(QStringLiteral("ui/theme")).toString()));
        translator.install(sb::ui::UiTranslator::choose(
            s.value(QLatin1String(sb::ui::UiTranslator::kSettingsKey)).toString(), QLocale::system()));
    }

    bool runDemo = parser.isSet(demo);
    QString configPath = parser.value(config);
    if (configPath.isEmpty() && !parser.positionalArguments().isEmpty())
        configPath = parser.positionalArguments().constFirst();

    // A desk already running with these settings takes the request and comes to the front; the measuring and
    // picture-taking modes always run on their own.
    const QString settingsFile = windowOptions.settingsPath.isEmpty()
        ? QSettings().fileName()
        : QFileInfo(windowOptions.settingsPath).absoluteFilePath();
    sb::gui::SingleInstance instance(sb::gui::SingleInstance::keyFor(settingsFile));
    const bool ownDesk = parser.isSet(newInstance) || parser.isSet(snapshot) || parser.isSet(stallReport)
        || parser.isSet(reportFirstRow) || parser.isSet(size);
    if (!ownDesk) {
        QStringList request;
        if (!configPath.isEmpty())
            request << QStringLiteral("--config") << QFileInfo(configPath).absoluteFilePath();
        else if (runDemo)
            request << QStringLiteral("--demo");
        if (instance.handOff(request))
            return 0;
        QString error;
        if (!instance.listen(&error))
            std::fprintf(stderr, "switchboard: other desks cannot hand over to this one: %s\n", qPrintable(error));
    }
    if (!runDemo && configPath.isEmpty()) {
        sb::ui::FirstRunDialog dialog;
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        runDemo = dialog.choice() == sb::ui::FirstRunDialog::Choice::Demo;
        configPath = dialog.configPath();
    }

    sb::gui::DeskLauncher launcher(windowOptions);
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
        launcher.setDemoOptions(options);
        launcher.startDemo();
    } else {
        // A config that cannot be read leaves an empty desk: its File menu opens another, starts the demo or
        // edits the feeds.
        launcher.openConfiguration(configPath);
    }
    QObject::connect(
        &instance, &sb::gui::SingleInstance::argumentsReceived, &launcher, [&launcher](const QStringList &request) {
            const int at = int(request.indexOf(QStringLiteral("--config")));
            if (at >= 0 && at + 1 < request.size()
                && request.at(at + 1) != QFileInfo(launcher.configPath()).absoluteFilePath())
                launcher.openConfiguration(request.at(at + 1));
            if (QWidget *w = launcher.window()) {
                w->setWindowState((w->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
                w->show();
                w->raise();
                w->activateWindow();
            }
        });
    sb::gui::WindowSnapshot::Plan plan;
    if (parser.isSet(snapshot))
        plan.size = QSize(1280, 800);
    plan.workspace = parser.value(workspace);
    plan.raise = parser.values(raise);
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        plan.size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        if (!plan.size.isValid()) {
            std::fprintf(stderr, "--size takes WIDTHxHEIGHT\n");
            return 64;
        }
    }
    if (parser.isSet(snapshotAfter))
        plan.afterMs = qRound(parser.value(snapshotAfter).toDouble() * 1000);
    plan.path = parser.value(snapshot);
    sb::gui::WindowSnapshot snapshotTaker(&launcher, plan);
    if (!plan.path.isEmpty() || parser.isSet(size) || parser.isSet(workspace) || parser.isSet(raise))
        snapshotTaker.start();
    sb::gui::FirstRowReport firstRow(sinceStart, [](qint64 ms) {
        std::printf("first-row-painted-ms %lld\n", static_cast<long long>(ms));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    if (parser.isSet(reportFirstRow))
        firstRow.start();
    sb::ui::GuiStallMonitor stalls;
    std::atomic<quint64> storedEvents {0};
    if (parser.isSet(stallReport)) {
        stalls.start();
        if (launcher.session()) // counted on the store thread as each transaction commits
            QObject::connect(
                &launcher.session()->store(), &sb::EventStore::stored, &app,
                [&storedEvents](int n) { storedEvents += quint64(n); }, Qt::DirectConnection);
        QTimer::singleShot(parser.value(stallReport).toInt() * 1000, &app, [&] {
            std::printf("%s\n", qPrintable(stalls.summary()));
            const sb::FeedHost &host = launcher.session()->host();
            for (const QString &name : host.feedNames()) {
                if (const sb::FeedMetrics *m = host.metrics(name)) {
                    const sb::FeedMetrics::Snapshot s = m->snapshot();
                    std::printf("feed %s: %llu events, %llu frames, %llu drops\n", qPrintable(name),
                        static_cast<unsigned long long>(s.events), static_cast<unsigned long long>(s.frames),
                        static_cast<unsigned long long>(s.drops));
                }
            }
            std::printf("history: %llu events stored, %lld shown but not stored (the history was behind)\n",
                static_cast<unsigned long long>(storedEvents.load()), static_cast<long long>(host.shedEvents()));
            std::fflush(stdout);
            app.quit();
        });
    }
    return app.exec();
}
