#include "file_actions.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStyle>

namespace sb::ui {

FileActions::FileActions(QMenu *menu, QSettings *settings, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
{
    QAction *openConfig = menu->addAction(tr("&Open configuration…"));
    openConfig->setObjectName(QStringLiteral("openConfiguration"));
    openConfig->setShortcut(QKeySequence::Open);
    connect(openConfig, &QAction::triggered, this, &FileActions::askOpenConfiguration);
    QAction *startDemo = menu->addAction(tr("Start &demo"));
    startDemo->setObjectName(QStringLiteral("startDemo"));
    connect(startDemo, &QAction::triggered, this, &FileActions::startDemoRequested);
    QAction *editFeeds = menu->addAction(tr("Edit &feeds…"));
    editFeeds->setObjectName(QStringLiteral("editFeeds"));
    connect(editFeeds, &QAction::triggered, this, &FileActions::editFeedsRequested);
    QAction *credentials = menu->addAction(tr("C&redentials…"));
    credentials->setObjectName(QStringLiteral("credentials"));
    connect(credentials, &QAction::triggered, this, &FileActions::credentialsRequested);
    menu->addSeparator();

    const QIcon save = window->style()->standardIcon(QStyle::SP_DialogSaveButton);
    m_exportCsv = menu->addAction(save, tr("Export selection as &CSV…"));
    m_exportCsv->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportCsv->setIconText(tr("CSV"));
    connect(m_exportCsv, &QAction::triggered, this, [this] { Q_EMIT exportRequested(EventExporter::Format::Csv); });
    m_exportJsonLines = menu->addAction(save, tr("Export selection as &JSON Lines…"));
    m_exportJsonLines->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_exportJsonLines->setIconText(tr("JSONL"));
    connect(m_exportJsonLines, &QAction::triggered, this,
        [this] { Q_EMIT exportRequested(EventExporter::Format::JsonLines); });
    menu->addSeparator();

    QAction *quit = menu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &FileActions::quitRequested);
}

void FileActions::askOpenConfiguration()
{
    const QString dir = m_settings->value(QStringLiteral("ui/configDir")).toString();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open configuration"), dir, tr("Switchboard configuration (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings->setValue(QStringLiteral("ui/configDir"), QFileInfo(path).absolutePath());
    Q_EMIT openConfigurationRequested(path);
}

} // namespace sb::ui
