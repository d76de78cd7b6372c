#pragma once

#include "config/app_config.h"
#include "demo_emulators.h"
#include "desk/main_window_options.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

namespace sb::ui {
class MainWindow;
}

namespace sb::gui {

class DeskSession;

// Runs one desk at a time and switches to another on the window's File menu, without a restart: a config file, the
// built-in demo, or the same config after Edit feeds. The old session stops completely (feeds say goodbye, the
// store flushes) before the new one opens its store, which may be the same file. A config that cannot be loaded
// leaves an empty desk whose File menu is the way forward.
class DeskLauncher : public QObject
{
    Q_OBJECT
public:
    // Tells the user what went wrong; a message box over the window unless a test replaces it.
    using Report = std::function<void(const QString &text)>;
    // Edits a config document in place; false when the user cancels. The feed dialog unless a test replaces it.
    using ConfigEditor = std::function<bool(QJsonObject *document, QWidget *parent)>;
    // Where to save a config that has no file yet; empty to cancel.
    using SavePathChooser = std::function<QString(QWidget *parent)>;

    explicit DeskLauncher(const ui::MainWindowOptions &options, QObject *parent = nullptr);
    ~DeskLauncher() override;

    void setDemoOptions(const DemoEmulators::Options &options) { m_demoOptions = options; }
    void setReport(Report report) { m_report = std::move(report); }
    void setConfigEditor(ConfigEditor editor) { m_editor = std::move(editor); }
    void setSavePathChooser(SavePathChooser chooser) { m_savePath = std::move(chooser); }

    bool startDemo();
    // On failure the error is reported and the current desk stays (an empty one when there is none). Secrets the
    // config names as "keychain:NAME" are read first; the desk opens once they are in (or reports which are not).
    bool openConfiguration(const QString &path);
    void startEmpty();
    // Edits the feeds of the current config file (or of a new one), saves it and runs it.
    void editFeeds();
    // File → Credentials: the keychain secrets the current config names (also when it could not start for want
    // of one).
    void editCredentials();
    QStringList keychainNames() const { return m_keychainNames; }
    // Tests keep their secrets apart from the desk's.
    void setKeychainService(const QString &service) { m_keychainService = service; }

    ui::MainWindow *window() const;
    DeskSession *session() const { return m_session.get(); }
    QString configPath() const { return m_configPath; }

Q_SIGNALS:
    void windowChanged(sb::ui::MainWindow *window);

private:
    void runConfiguration(const QString &path, const AppConfig &config);
    void run(const QVector<QJsonObject> &feeds, bool demo, const AppConfig::Store &store,
        const ui::MainWindowOptions &options, std::unique_ptr<DemoEmulators> emulators);
    void report(const QString &text) const;

    ui::MainWindowOptions m_options;
    DemoEmulators::Options m_demoOptions;
    Report m_report;
    ConfigEditor m_editor;
    SavePathChooser m_savePath;
    QString m_configPath; // the last config asked for, even one that failed: Edit feeds fixes it
    QString m_keychainService = QStringLiteral("Switchboard");
    QStringList m_keychainNames; // of the last config asked for
    std::unique_ptr<DeskSession> m_session;
    std::unique_ptr<DemoEmulators> m_emulators;
};

} // namespace sb::gui
