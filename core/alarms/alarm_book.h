#pragma once

#include "event/event.h"
#include "rules/rule.h"
#include "store/alarm_record.h"

#include <QMap>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace sb {

// UTC milliseconds now; injected so tests drive time.
using AlarmClock = std::function<qint64()>;

enum class AlarmState { New, Acknowledged, Investigating, Snoozed, Closed };

QString alarmStateName(AlarmState state);
std::optional<AlarmState> alarmStateFromName(const QString &name);

// An alarm is known by the event it was raised for.
using AlarmId = EventId;

// The alarms of the desk and their rules of life (#16), without threads, timers or disk: the caller persists what
// changed and asks, at nextDueMs(), what has come due. An alarm is new until someone acknowledges it or starts to
// investigate; either may then close it. A new alarm may be snoozed until a time, and is new again after it. Every
// change keeps who, when and a note; a change that does not fit the state is refused with the reason.
class AlarmBook
{
public:
    // What came due at one instant: alarms whose rule's sound must play again (repeats of a new alarm, and alarms
    // whose snooze just ended), alarms to escalate (once each), and alarms whose snooze ended.
    struct Due
    {
        QList<AlarmId> sounds;
        QList<AlarmId> escalations;
        QList<AlarmId> woken;
        bool isEmpty() const { return sounds.isEmpty() && escalations.isEmpty() && woken.isEmpty(); }
    };

    explicit AlarmBook(AlarmClock clock);

    // Who the next transitions are made by.
    void setOperator(const QString &who) { m_operator = who; }
    const QString &operatorName() const { return m_operator; }

    // Raises the alarm of `event` under `rule` (a requireAck rule it matched). Null when the event already has one,
    // as a redelivery or a backfill of the same event does.
    const AlarmRecord *raise(const Event &event, const Rule &rule);
    // Each returns false and says why in `refusal` when the alarm's state does not allow it.
    bool acknowledge(const AlarmId &id, const QString &note, QString *refusal = nullptr);
    bool investigate(const AlarmId &id, const QString &note, QString *refusal = nullptr);
    bool close(const AlarmId &id, const QString &note, QString *refusal = nullptr);
    bool snooze(const AlarmId &id, qint64 untilMs, const QString &note, QString *refusal = nullptr);

    // Applies everything due at the clock's now (snoozes ending, escalations) and says what came due.
    Due takeDue();
    // When something is next due, or -1 when nothing ever will be without a new alarm or transition.
    qint64 nextDueMs() const;

    // Alarms read back from the history; their repeats and escalation resume from the stored times.
    void restore(const AlarmRecordList &stored);
    // Takes an alarm's state as another desk (or this one, through the team's share) wrote it: that value wins over
    // what this book holds, which may not have the alarm at all yet. False when its state is not one this version
    // knows; the book is then unchanged.
    bool adopt(const AlarmRecord &shared);

    const AlarmRecord *find(const AlarmId &id) const;
    AlarmRecordList alarms() const;
    int openCount() const;

private:
    struct Entry
    {
        AlarmRecord record;
        AlarmState state = AlarmState::New;
        qint64 soundBaseMs = 0; // when it last became new: repeats are counted from here
        qint64 lastSoundMs = 0;
    };

    bool move(const AlarmId &id, AlarmState to, const QString &note, qint64 snoozeUntilMs, QString *refusal);
    static QString refusalFor(const Entry &entry, AlarmState to);
    void enter(Entry &entry, AlarmState to, const QString &who, qint64 atMs, const QString &note);
    qint64 nextSoundMs(const Entry &entry) const;
    qint64 escalationMs(const Entry &entry) const;

    AlarmClock m_clock;
    QString m_operator;
    QMap<AlarmId, Entry> m_alarms;
};

} // namespace sb
