#pragma once

#include "alarms/alarm_book.h"
#include "event/event.h"
#include "rules/rule.h"
#include "store/alarm_record.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace sb {

class EventStore;

// The desk's alarms (#16): raises them from event batches, applies the operator's transitions, keeps them in the
// history (through the store's own thread: nothing here touches the disk) and says when a sound must repeat or an
// alarm escalates, with one timer armed for the next thing due. Lives on the GUI thread.
class AlarmBoard : public QObject
{
    Q_OBJECT
public:
    // `store` may be null (no history: alarms live for the session). `clock`: UTC ms now; empty: the system clock.
    explicit AlarmBoard(EventStore *store, AlarmClock clock = {}, QObject *parent = nullptr);

    // The configured operator name, or the OS user when it is empty.
    static QString operatorOrOsUser(const QString &configured);
    void setOperator(const QString &configured);
    // The desk's rules; only requireAck ones raise alarms. Alarms already raised keep the timing they were raised
    // with.
    void setRules(const QVector<Rule> &rules);
    // Reads the stored alarms; events handed over meanwhile are held and raised after them, so a redelivered event
    // of a stored alarm does not raise it again. Emits loaded().
    void load();

    void addEvents(const EventBatch &events);
    bool acknowledge(const AlarmId &id, const QString &note, QString *refusal = nullptr);
    bool investigate(const AlarmId &id, const QString &note, QString *refusal = nullptr);
    bool close(const AlarmId &id, const QString &note, QString *refusal = nullptr);
    bool snooze(const AlarmId &id, qint64 untilMs, const QString &note, QString *refusal = nullptr);

    const AlarmBook &book() const { return m_book; }
    int openCount() const { return m_book.openCount(); }
    bool isLoaded() const { return m_loaded; }

public Q_SLOTS:
    // Acts on everything due now (the timer calls it; tests with an injected clock call it themselves).
    void checkDue();

Q_SIGNALS:
    void loaded();
    void raised(const sb::AlarmRecord &alarm);
    void changed(const sb::AlarmRecord &alarm);
    void soundDue(const QString &rule);
    void escalated(const sb::AlarmRecord &alarm);
    void openCountChanged(int open);
    // A transition or an alarm could not be stored; the alarm stays as it is in memory.
    void storeFailed(const QString &message);

private:
    void raiseFrom(const EventBatch &events);
    bool applied(const AlarmId &id, bool ok);
    void persist(const AlarmRecord &alarm);
    void countMaybeChanged();
    void arm();

    EventStore *m_store;
    AlarmClock m_clock;
    AlarmBook m_book;
    QHash<QString, Rule> m_ackRules;
    QTimer m_timer;
    EventBatch m_held;
    bool m_loaded = false;
    int m_lastOpen = 0;
};

} // namespace sb
