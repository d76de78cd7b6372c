#pragma once

#include <QIcon>
#include <QObject>

#include <optional>

class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace sb::ui {

// The desk's icon in the system tray, shown while "close to tray" is on (closing the window then hides it and the
// feeds stay live) or while rules notify or watch (#16): its tooltip and a badge count unread watch items and open
// alarms, and rules' desktop notifications come from it. The icon's menu brings the window back or quits. Only where
// the desktop has a tray; without one nothing is shown.
class DeskTray : public QObject
{
    Q_OBJECT
public:
    explicit DeskTray(QWidget *window);
    ~DeskTray() override;

    static bool isAvailable();
    // Tests stand in for a desktop with or without a tray; nullopt: ask the platform.
    static void setAvailableForTesting(std::optional<bool> available);

    // Close to tray; shown only where a tray is available.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // Rules that notify or watch want the icon too, close to tray or not.
    void setWantedByRules(bool wanted);
    bool isShown() const;
    QSystemTrayIcon *icon() const { return m_icon; }

    // The watch list and the alarms report here; the badge shows their sum, red while an alarm is open.
    void setCounts(int unreadWatch, int openAlarms);
    int unreadWatch() const { return m_unreadWatch; }
    int openAlarms() const { return m_openAlarms; }
    // A desktop notification (org.freedesktop.Notifications on Linux); nothing without a tray.
    void showNotification(const QString &title, const QString &text);

Q_SIGNALS:
    void showRequested();
    void quitRequested();
    void notificationClicked();

private:
    void updateVisibility();
    void updateBadge();

    QIcon m_baseIcon;
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    bool m_enabled = false;
    bool m_wantedByRules = false;
    int m_unreadWatch = 0;
    int m_openAlarms = 0;
};

} // namespace sb::ui
