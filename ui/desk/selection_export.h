#pragma once

#include "event/event.h"
#include "event_exporter.h"

#include <QFuture>
#include <QObject>

#include <functional>

class QSettings;
class QStatusBar;
class QWidget;

namespace sb::ui {

class FeedPane;

// File → Export selection: asks where to save a pane's selected rows (the dialog starts where the last export went,
// Documents the first time), writes them off the GUI thread, and says on the status bar how it went.
class SelectionExport : public QObject
{
    Q_OBJECT
public:
    // (caption, suggested path, filter) → the chosen path, empty when cancelled; null: the platform's file dialog.
    using AskPath = std::function<QString(const QString &, const QString &, const QString &)>;

    SelectionExport(QSettings *settings, AskPath askPath, QStatusBar *status, QWidget *window);

    void ask(const FeedPane *pane, EventExporter::Format format);
    // The future's result is empty or the error.
    QFuture<QString> write(const EventBatch &events, const QString &path, EventExporter::Format format);

private:
    QSettings *m_settings;
    AskPath m_askPath;
    QStatusBar *m_status;
    QWidget *m_window;
};

} // namespace sb::ui
