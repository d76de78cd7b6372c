#include "desk_tray.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
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
    m_baseIcon = window->windowIcon().isNull() ? QApplication::windowIcon() : window->windowIcon();
    updateBadge();
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
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &DeskTray::notificationClicked);
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
    updateVisibility();
}

void DeskTray::setWantedByRules(bool wanted)
{
    m_wantedByRules = wanted;
    updateVisibility();
}

bool DeskTray::isShown() const
{
    return m_icon->isVisible();
}

void DeskTray::updateVisibility()
{
    m_icon->setVisible(isAvailable() && (m_enabled || m_wantedByRules));
}

void DeskTray::setCounts(int unreadWatch, int openAlarms)
{
    if (unreadWatch == m_unreadWatch && openAlarms == m_openAlarms)
        return;
    m_unreadWatch = qMax(0, unreadWatch);
    m_openAlarms = qMax(0, openAlarms);
    updateBadge();
}

void DeskTray::showNotification(const QString &title, const QString &text)
{
    // Information, not Critical: Qt 6.4's D-Bus tray adds the clickable default action only to critical
    // notifications, which the freedesktop spec keeps on screen until dismissed; a news desk's matches should fade.
    if (isShown())
        m_icon->showMessage(title, text, QSystemTrayIcon::Information, 10000);
}

void DeskTray::updateBadge()
{
    QStringList lines {QApplication::applicationDisplayName()};
    if (m_unreadWatch > 0)
        lines.append(tr("%n unread in the watch list", nullptr, m_unreadWatch));
    if (m_openAlarms > 0)
        lines.append(m_openAlarms == 1 ? tr("1 open alarm") : tr("%n open alarms", nullptr, m_openAlarms));
    m_icon->setToolTip(lines.join(QLatin1Char('\n')));

    const int total = m_unreadWatch + m_openAlarms;
    if (total == 0) {
        m_icon->setIcon(m_baseIcon);
        return;
    }
    // Painted on every size the tray may ask for: a disc in the top-right corner, the count in it (99+ beyond).
    QIcon badged;
    const QString label = total > 99 ? QStringLiteral("99+") : QString::number(total);
    const QColor disc = m_openAlarms > 0 ? QColor(0xd3, 0x2f, 0x2f) : QColor(0x19, 0x76, 0xd2);
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = m_baseIcon.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal d = size * 0.62;
        const QRectF rect(size - d, 0, d, d);
        painter.setPen(Qt::NoPen);
        painter.setBrush(disc);
        painter.drawEllipse(rect);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(qMax(6, int(d * (label.size() > 2 ? 0.42 : 0.62))));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(rect, Qt::AlignCenter, label);
        painter.end();
        badged.addPixmap(pixmap);
    }
    m_icon->setIcon(badged);
}

} // namespace sb::ui
