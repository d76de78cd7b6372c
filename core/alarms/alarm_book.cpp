#include "alarm_book.h"

#include "event/event.h"

namespace sb {
namespace {

// Who made a transition the clock made, not an operator.
const QString kAutomatic = QStringLiteral("switchboard");

const std::pair<AlarmState, const char *> kNames[]
    = {{AlarmState::New, "new"}, {AlarmState::Acknowledged, "acknowledged"},
        {AlarmState::Investigating, "investigating"}, {AlarmState::Snoozed, "snoozed"}, {AlarmState::Closed, "closed"}};

QString who(const AlarmTransition &t)
{
    return t.who.isEmpty() ? QStringLiteral("someone") : t.who;
}

} // namespace

QString alarmStateName(AlarmState state)
{
    for (const auto &[s, name] : kNames) {
        if (s == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<AlarmState> alarmStateFromName(const QString &name)
{
    for (const auto &[s, n] : kNames) {
        if (name == QLatin1String(n))
            return s;
    }
    return std::nullopt;
}

AlarmBook::AlarmBook(AlarmClock clock)
    : m_clock(std::move(clock))
{ }

const AlarmRecord *AlarmBook::raise(const Event &event, const Rule &rule)
{
    const AlarmId id {event.feed, event.key};
    if (m_alarms.contains(id))
        return nullptr;
    const qint64 now = m_clock();
    Entry entry;
    entry.record.feed = event.feed;
    entry.record.key = event.key;
    entry.record.rule = rule.name;
    entry.record.title = event.titleText();
    entry.record.raisedMs = now;
    entry.record.repeatSec = qMax(0, rule.repeatSec);
    entry.record.escalateAfterSec = qMax(0, rule.escalateAfterSec);
    enter(entry, AlarmState::New, kAutomatic, now, QStringLiteral("raised by rule %1").arg(rule.name));
    return &m_alarms.insert(id, entry)->record;
}

bool AlarmBook::acknowledge(const AlarmId &id, const QString &note, QString *refusal)
{
    return move(id, AlarmState::Acknowledged, note, 0, refusal);
}

bool AlarmBook::investigate(const AlarmId &id, const QString &note, QString *refusal)
{
    return move(id, AlarmState::Investigating, note, 0, refusal);
}

bool AlarmBook::close(const AlarmId &id, const QString &note, QString *refusal)
{
    return move(id, AlarmState::Closed, note, 0, refusal);
}

bool AlarmBook::snooze(const AlarmId &id, qint64 untilMs, const QString &note, QString *refusal)
{
    return move(id, AlarmState::Snoozed, note, untilMs, refusal);
}

QString AlarmBook::refusalFor(const Entry &entry, AlarmState to)
{
    const AlarmTransition &last = entry.record.transitions.last();
    const QString since = QStringLiteral(" by %1 at %2").arg(who(last), Event::formatTime(last.atMs));
    switch (entry.state) {
    case AlarmState::Closed:
        return QStringLiteral("the alarm was closed") + since;
    case AlarmState::New:
    case AlarmState::Snoozed:
        if (to == AlarmState::Closed)
            return QStringLiteral("a new alarm is acknowledged or investigated before it is closed");
        return {};
    case AlarmState::Acknowledged:
        if (to == AlarmState::Acknowledged)
            return QStringLiteral("the alarm was already acknowledged") + since;
        if (to == AlarmState::Snoozed)
            return QStringLiteral("only a new alarm can be snoozed; this one was acknowledged") + since;
        return {};
    case AlarmState::Investigating:
        if (to == AlarmState::Closed)
            return {};
        if (to == AlarmState::Investigating)
            return QStringLiteral("the alarm is already being investigated") + since;
        return QStringLiteral("the alarm is being investigated") + since + QStringLiteral("; it can only be closed");
    }
    return {};
}

bool AlarmBook::move(const AlarmId &id, AlarmState to, const QString &note, qint64 snoozeUntilMs, QString *refusal)
{
    auto it = m_alarms.find(id);
    QString why;
    const qint64 now = m_clock();
    if (it == m_alarms.end())
        why = QStringLiteral("no alarm for %1 %2").arg(id.feed, id.key);
    else
        why = refusalFor(*it, to);
    if (why.isEmpty() && to == AlarmState::Snoozed && snoozeUntilMs <= now)
        why = QStringLiteral("a snooze must end in the future (%1 is not after %2)")
                  .arg(Event::formatTime(snoozeUntilMs), Event::formatTime(now));
    if (!why.isEmpty()) {
        if (refusal)
            *refusal = why;
        return false;
    }
    it->record.snoozedUntilMs = to == AlarmState::Snoozed ? snoozeUntilMs : 0;
    enter(*it, to, m_operator, now, note);
    return true;
}

void AlarmBook::enter(Entry &entry, AlarmState to, const QString &who, qint64 atMs, const QString &note)
{
    entry.state = to;
    entry.record.state = alarmStateName(to);
    entry.record.transitions.append(AlarmTransition {entry.record.state, who, atMs, note});
    if (to == AlarmState::New) {
        entry.soundBaseMs = atMs;
        entry.lastSoundMs = atMs;
    }
}

qint64 AlarmBook::nextSoundMs(const Entry &entry) const
{
    if (entry.state != AlarmState::New || entry.record.repeatSec <= 0)
        return -1;
    const qint64 period = qint64(entry.record.repeatSec) * 1000;
    // The next point of the cadence after the last sound: a clock that jumped ahead gives one sound, not a burst.
    return entry.soundBaseMs + ((entry.lastSoundMs - entry.soundBaseMs) / period + 1) * period;
}

qint64 AlarmBook::escalationMs(const Entry &entry) const
{
    // A snoozed alarm is not escalated while it sleeps; if still new when it wakes and past its time, it is then.
    if (entry.state != AlarmState::New || entry.record.escalated || entry.record.escalateAfterSec <= 0)
        return -1;
    return entry.record.raisedMs + qint64(entry.record.escalateAfterSec) * 1000;
}

AlarmBook::Due AlarmBook::takeDue()
{
    Due due;
    const qint64 now = m_clock();
    for (auto it = m_alarms.begin(); it != m_alarms.end(); ++it) {
        Entry &e = *it;
        if (e.state == AlarmState::Snoozed && e.record.snoozedUntilMs <= now) {
            e.record.snoozedUntilMs = 0;
            enter(e, AlarmState::New, kAutomatic, now, QStringLiteral("snooze ended"));
            due.woken.append(it.key());
            due.sounds.append(it.key());
        } else if (const qint64 at = nextSoundMs(e); at >= 0 && at <= now) {
            const qint64 period = qint64(e.record.repeatSec) * 1000;
            e.lastSoundMs = e.soundBaseMs + (now - e.soundBaseMs) / period * period;
            due.sounds.append(it.key());
        }
        if (const qint64 at = escalationMs(e); at >= 0 && at <= now) {
            e.record.escalated = true;
            due.escalations.append(it.key());
        }
    }
    return due;
}

qint64 AlarmBook::nextDueMs() const
{
    qint64 next = -1;
    const auto consider = [&next](qint64 at) {
        if (at >= 0 && (next < 0 || at < next))
            next = at;
    };
    for (const Entry &e : m_alarms) {
        if (e.state == AlarmState::Snoozed)
            consider(e.record.snoozedUntilMs);
        consider(nextSoundMs(e));
        consider(escalationMs(e));
    }
    return next;
}

void AlarmBook::restore(const AlarmRecordList &stored)
{
    const qint64 now = m_clock();
    for (const AlarmRecord &r : stored) {
        const std::optional<AlarmState> state = alarmStateFromName(r.state);
        if (!state)
            continue; // written by a later version; left in the history untouched
        Entry e;
        e.record = r;
        e.state = *state;
        e.soundBaseMs = r.raisedMs;
        for (const AlarmTransition &t : r.transitions) {
            if (t.state == QLatin1String("new"))
                e.soundBaseMs = t.atMs;
        }
        // The sound of the cadence's last point before now was due while the desk was not running; the next one is
        // the cadence's next point, as if it had kept running.
        e.lastSoundMs = e.soundBaseMs;
        if (r.repeatSec > 0 && now > e.soundBaseMs) {
            const qint64 period = qint64(r.repeatSec) * 1000;
            e.lastSoundMs = e.soundBaseMs + (now - e.soundBaseMs) / period * period;
        }
        m_alarms.insert(AlarmId {r.feed, r.key}, e);
    }
}

bool AlarmBook::adopt(const AlarmRecord &shared)
{
    const std::optional<AlarmState> state = alarmStateFromName(shared.state);
    if (!state)
        return false;
    const AlarmId id {shared.feed, shared.key};
    auto it = m_alarms.find(id);
    if (it == m_alarms.end()) {
        restore({shared});
        return true;
    }
    // Whether this desk already escalated it is this desk's own business; the rest is the team's.
    const bool escalated = it->record.escalated || shared.escalated;
    it->record = shared;
    it->record.escalated = escalated;
    if (it->state != AlarmState::New && *state == AlarmState::New) {
        it->soundBaseMs = m_clock();
        it->lastSoundMs = it->soundBaseMs;
    }
    it->state = *state;
    return true;
}

const AlarmRecord *AlarmBook::find(const AlarmId &id) const
{
    const auto it = m_alarms.constFind(id);
    return it == m_alarms.cend() ? nullptr : &it->record;
}

AlarmRecordList AlarmBook::alarms() const
{
    AlarmRecordList out;
    out.reserve(m_alarms.size());
    for (const Entry &e : m_alarms)
        out.append(e.record);
    return out;
}

int AlarmBook::openCount() const
{
    int n = 0;
    for (const Entry &e : m_alarms)
        n += e.state != AlarmState::Closed ? 1 : 0;
    return n;
}

} // namespace sb
