#pragma once

#include "alarms/alarm_book.h"
#include "alarms/alarm_share.h"
#include "event/event.h"
#include "rules/rule.h"
#include "store/alarm_record.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

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
    // Shares every operator's transition with the team (#18); null: this desk alone. With a share, a transition is
    // checked here and sent; it takes effect when the share has taken it (changed() then), and one another desk won
    // over is refused through sharedRefusal(), naming who won, with the winner's state shown instead.
    void setShare(AlarmShare *share);

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
    // This desk's transition lost to another desk's: `message` says who did what when, and that this one was not
    // applied.
    void sharedRefusal(const QString &feed, const QString &key, const QString &message);
    // The team's share could not be reached or gave a value it could not take; the desk goes on.
    void shareProblem(const QString &message);

private:
    // What this desk knows of an alarm's shared value.
    struct Shared
    {
        quint64 revision = 0; // the last one read or written; 0: none
        bool inFlight = false;
        bool unshared = false; // changed here while the share was out of reach
        AlarmRecord proposed; // the write in flight
    };

    bool transition(const AlarmId &id, QString *refusal, const std::function<bool(AlarmBook &)> &move);
    void takeShared(const AlarmRecord &alarm, quint64 revision);
    void takeWritten(const QString &feed, const QString &key, quint64 revision);
    void takeLost(const AlarmRecord &winner, quint64 revision);
    void takeWriteFailed(const QString &feed, const QString &key, const QString &message);
    void shareUnshared();
    void adoptShared(const AlarmRecord &alarm);
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
    QPointer<AlarmShare> m_share;
    QMap<AlarmId, Shared> m_shared;
    QList<std::pair<AlarmRecord, quint64>> m_heldShared; // read before load(): taken after the stored alarms
};

} // namespace sb
