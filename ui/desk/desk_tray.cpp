#include "desk_tray.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace sb::ui {
namespace {

std::optional<bool> g_availableForTesting;

} // namespace

DeskTray::DeskTray(QWidget *window)
    : QObject(window)
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    m_icon->setIcon(window->windowIcon().isNull() ? QApplication::windowIcon() : window->windowIcon());
    m_icon->setToolTip(QApplication::applicationDisplayName());
    QAction *show = m_menu->addAction(tr("&Show Switchboard"));
    show->setObjectName(QStringLiteral("trayShow"));
    connect(show, &QAction::triggered, this, &DeskTray::showRequested);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuit"));
    connect(quit, &QAction::triggered, this, &DeskTray::quitRequested);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showRequested();
    });
}

DeskTray::~DeskTray()
{
    delete m_menu; // QSystemTrayIcon does not own its context menu
}

bool DeskTray::isAvailable()
{
    return g_availableForTesting ? *g_availableForTesting : QSystemTrayIcon::isSystemTrayAvailable();
}

void DeskTray::setAvailableForTesting(std::optional<bool> available)
{
    g_availableForTesting = available;
}

void DeskTray::setEnabled(bool enabled)
{
    m_enabled = enabled && isAvailable();
    m_icon->setVisible(m_enabled);
}

} // namespace sb::ui
