#include "selection_export.h"

#include "feed_pane.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace sb::ui {

SelectionExport::SelectionExport(QSettings *settings, AskPath askPath, QStatusBar *status, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_askPath(std::move(askPath))
    , m_status(status)
    , m_window(window)
{ }

void SelectionExport::ask(const FeedPane *pane, EventExporter::Format format)
{
    const EventBatch events = pane ? pane->selectedEvents() : EventBatch();
    if (events.isEmpty()) {
        m_status->showMessage(tr("Select rows to export."), 3000);
        return;
    }
    const bool csv = format == EventExporter::Format::Csv;
    const QString dir = m_settings
                            ->value(QStringLiteral("ui/exportDir"),
                                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    const QString name
        = QStringLiteral("%1-%2.%3")
              .arg(pane->feedName(), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                  csv ? QStringLiteral("csv") : QStringLiteral("jsonl"));
    const QString caption = csv ? tr("Export as CSV") : tr("Export as JSON Lines");
    const QString filter = csv ? tr("CSV (*.csv)") : tr("JSON Lines (*.jsonl *.json)");
    const QString suggested = QDir(dir).filePath(name);
    const QString path = m_askPath ? m_askPath(caption, suggested, filter)
                                   : QFileDialog::getSaveFileName(m_window, caption, suggested, filter);
    if (path.isEmpty())
        return;
    m_settings->setValue(QStringLiteral("ui/exportDir"), QFileInfo(path).absolutePath());
    write(events, path, format);
}

QFuture<QString> SelectionExport::write(const EventBatch &events, const QString &path, EventExporter::Format format)
{
    QFuture<QString> future = EventExporter::write(events, path, format);
    auto *watcher = new QFutureWatcher<QString>(this);
    const int count = int(events.size());
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, count] {
        const QString error = watcher->result();
        if (error.isEmpty())
            m_status->showMessage(
                tr("Exported %n rows to %1", nullptr, count).arg(QDir::toNativeSeparators(path)), 10000);
        else
            m_status->showMessage(tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(path), error), 15000);
        watcher->deleteLater();
    });
    watcher->setFuture(future);
    return future;
}

} // namespace sb::ui
