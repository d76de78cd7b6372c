#pragma once

#include "event/event.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace sb::ui {

// Turns the matches of `notify` rules into desktop notifications (#16), few enough to read: the first match after a
// quiet spell is shown at once, and everything that matches in the next kMinGapMs is one notification, "… and N
// more", not one each. Clicking it opens its event (`openRequested`).
class RuleNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMinGapMs = 5000;
    // A click later than this is not taken for one on ours: Qt 6.4's D-Bus tray reports a click on any
    // application's notification as messageClicked.
    static constexpr qint64 kClickableForMs = 120000;

    explicit RuleNotifier(QObject *parent = nullptr);

    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }

    void add(const QString &rule, const Event &event);
    // Shows what waits now; the timer calls it at the end of the gap, tests call it directly.
    void flush();
    int pendingCount() const { return m_pendingCount; }

public Q_SLOTS:
    // The shown notification was clicked: its event is opened, once.
    void clicked();

Q_SIGNALS:
    void notificationReady(const QString &title, const QString &text);
    void openRequested(const sb::Event &event);

private:
    void show(const QString &rule, const Event &event, int more);

    std::function<qint64()> m_nowMs;
    QTimer m_timer;
    qint64 m_lastShownMs = -1;
    QString m_pendingRule;
    Event m_pendingEvent;
    int m_pendingCount = 0;
    std::optional<Event> m_shown;
};

} // namespace sb::ui
