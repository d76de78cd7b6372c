#pragma once

#include "event/event.h"

#include <QObject>

#include <functional>

class QWidget;

namespace sb::ui {

class DeskTray;
class RuleBook;
class RuleNotifier;
class RuleSoundPlayer;

// What the desk does when an event matched rules (#16): the rule's sound, a desktop notification from the tray, and
// the window's taskbar entry flashing. MainWindow hands it every batch on the GUI thread, where it only looks rules
// up by the names the decode workers put on each event; the work it starts is the sound's and the desktop's.
class RuleActions : public QObject
{
    Q_OBJECT
public:
    // Flashing the taskbar entry again sooner than this adds nothing.
    static constexpr qint64 kAlertGapMs = 2000;

    RuleActions(RuleBook *rules, DeskTray *tray, QWidget *window, QObject *parent = nullptr);

    void setClock(const std::function<qint64()> &nowMs);
    // Tests count the flashes instead of asking the window manager.
    void setAlert(std::function<void(QWidget *)> alert) { m_alert = std::move(alert); }

    void handle(const EventBatch &batch);
    // The rule's sound, under the same per-rule limit and mute; for alarms that repeat it. False when it did not
    // sound (no such rule, no sound, muted, too soon).
    bool playSound(const QString &rule);

    RuleSoundPlayer *sounds() const { return m_sounds; }
    RuleNotifier *notifier() const { return m_notifier; }

Q_SIGNALS:
    void openRequested(const sb::Event &event);
    void problem(const QString &message);

private:
    void rulesChanged();

    RuleBook *m_rules;
    DeskTray *m_tray;
    QWidget *m_window;
    RuleSoundPlayer *m_sounds;
    RuleNotifier *m_notifier;
    std::function<qint64()> m_nowMs;
    std::function<void(QWidget *)> m_alert;
    qint64 m_lastAlertMs = -1;
};

} // namespace sb::ui
