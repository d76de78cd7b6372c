#pragma once

#include "event_exporter.h"

#include <QObject>

class QAction;
class QMenu;
class QSettings;
class QWidget;

namespace sb::ui {

// The File menu: switching the running desk without a restart (another config, the demo, the feeds' editor),
// exporting the selection and quitting. It asks for the config file itself, starting where the last one was; what
// follows from each command is the window's (or the app's) to do.
class FileActions : public QObject
{
    Q_OBJECT
public:
    FileActions(QMenu *menu, QSettings *settings, QWidget *window);

    QAction *exportCsv() const { return m_exportCsv; }
    QAction *exportJsonLines() const { return m_exportJsonLines; }

Q_SIGNALS:
    void openConfigurationRequested(const QString &path);
    void startDemoRequested();
    void editFeedsRequested();
    void credentialsRequested();
    void exportRequested(sb::ui::EventExporter::Format format);
    void quitRequested();

private:
    void askOpenConfiguration();

    QSettings *m_settings;
    QWidget *m_window;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportJsonLines = nullptr;
};

} // namespace sb::ui
