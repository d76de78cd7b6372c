#pragma once

#include <QObject>

#include <optional>

class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace sb::ui {

// The desk's icon in the system tray, shown while "close to tray" is on: closing the window then hides it and the
// feeds stay live; the icon's menu brings it back or quits. Only where the desktop has a tray.
class DeskTray : public QObject
{
    Q_OBJECT
public:
    explicit DeskTray(QWidget *window);
    ~DeskTray() override;

    static bool isAvailable();
    // Tests stand in for a desktop with or without a tray; nullopt: ask the platform.
    static void setAvailableForTesting(std::optional<bool> available);

    // Shown only where a tray is available.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    QSystemTrayIcon *icon() const { return m_icon; }

Q_SIGNALS:
    void showRequested();
    void quitRequested();

private:
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    bool m_enabled = false;
};

} // namespace sb::ui
