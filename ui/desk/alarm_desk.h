#pragma once

#include "alarms/alarm_book.h"
#include "event/event.h"

#include <QHash>
#include <QObject>

class QDockWidget;
class QMainWindow;
class QPushButton;
class QSettings;

namespace sb {
class AlarmBoard;
class EventStore;
struct AlarmRecord;
} // namespace sb

namespace sb::ui {

class AlarmsPane;
class EscalationBanner;
class RuleBook;

// The desk's side of the alarms (#16): the AlarmBoard fed with the desk's rules and operator, its pane in a dock,
// the "N open alarms" button in the status bar and the escalation banner at the top of the window. It finds an
// alarm's event for Details: kept from when it was raised live, else searched in the history off the GUI thread.
class AlarmDesk : public QObject
{
    Q_OBJECT
public:
    // `clock`: UTC ms now; empty: the system clock.
    AlarmDesk(QMainWindow *window, EventStore *store, RuleBook *rules, QSettings *settings, AlarmClock clock = {});

    AlarmBoard *board() const { return m_board; }
    AlarmsPane *pane() const { return m_pane; }
    QDockWidget *dock() const { return m_dock; }
    EscalationBanner *banner() const { return m_banner; }
    QPushButton *openCountButton() const { return m_count; }

    // Reads the stored alarms (once the window is built).
    void load();
    void addEvents(const EventBatch &events);
    // Re-reads the operator name from the preferences.
    void readOperator();
    void showPane();

Q_SIGNALS:
    void eventFound(const sb::Event &event);
    // An open alarm's rule wants its sound played now (the sound player connects here).
    void soundDue(const QString &rule);

private:
    void applyRules();
    void findEvent(const AlarmId &id);
    void escalate(const AlarmRecord &alarm);
    void showCount(int open);

    QMainWindow *m_window;
    EventStore *m_store;
    RuleBook *m_rules;
    QSettings *m_settings;
    AlarmClock m_clock;
    AlarmBoard *m_board;
    AlarmsPane *m_pane;
    QDockWidget *m_dock;
    EscalationBanner *m_banner;
    QPushButton *m_count;
    // Events that matched a requireAck rule this session, for Details; bounded (oldest forgotten first).
    QHash<EventId, Event> m_events;
    QList<EventId> m_eventOrder;
};

} // namespace sb::ui
