#include "alarm_board.h"

#include "store/event_store.h"

#include <QDateTime>

#include <utility>

namespace sb {
namespace {

// A timer further out than this is re-armed when it fires: QTimer takes an int, and a day is far enough.
constexpr qint64 kLongestWaitMs = 24LL * 3600 * 1000;

} // namespace

AlarmBoard::AlarmBoard(EventStore *store, AlarmClock clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock ? std::move(clock) : AlarmClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_book(m_clock)
    , m_timer(this)
{
    qRegisterMetaType<sb::AlarmRecord>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AlarmBoard::checkDue);
    m_book.setOperator(operatorOrOsUser({}));
}

QString AlarmBoard::operatorOrOsUser(const QString &configured)
{
    if (!configured.trimmed().isEmpty())
        return configured.trimmed();
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

void AlarmBoard::setOperator(const QString &configured)
{
    m_book.setOperator(operatorOrOsUser(configured));
}

void AlarmBoard::setRules(const QVector<Rule> &rules)
{
    m_ackRules.clear();
    for (const Rule &r : rules) {
        if (r.enabled && r.requireAck)
            m_ackRules.insert(r.name, r);
    }
}

void AlarmBoard::load()
{
    if (!m_store) {
        m_loaded = true;
        raiseFrom(std::exchange(m_held, {}));
        Q_EMIT loaded();
        return;
    }
    m_store->alarms(false, this, [this](const AlarmRecordList &stored, const QString &error) {
        if (!error.isEmpty())
            Q_EMIT storeFailed(QStringLiteral("could not read the stored alarms: %1").arg(error));
        m_book.restore(stored);
        m_loaded = true;
        for (const AlarmRecord &a : stored)
            Q_EMIT changed(a);
        raiseFrom(std::exchange(m_held, {}));
        countMaybeChanged();
        arm();
        Q_EMIT loaded();
    });
}

void AlarmBoard::addEvents(const EventBatch &events)
{
    if (m_ackRules.isEmpty())
        return;
    // Most events match no rule; only those naming a requireAck rule are looked at further.
    EventBatch candidates;
    for (const Event &e : events) {
        for (const QString &name : e.rules) {
            if (m_ackRules.contains(name)) {
                candidates.append(e);
                break;
            }
        }
    }
    if (candidates.isEmpty())
        return;
    if (!m_loaded) {
        m_held += candidates;
        return;
    }
    raiseFrom(candidates);
}

void AlarmBoard::raiseFrom(const EventBatch &events)
{
    bool any = false;
    for (const Event &e : events) {
        for (const QString &name : e.rules) {
            const auto rule = m_ackRules.constFind(name);
            if (rule == m_ackRules.cend())
                continue;
            if (const AlarmRecord *alarm = m_book.raise(e, *rule)) {
                persist(*alarm);
                Q_EMIT raised(*alarm);
                any = true;
            }
            break; // the first requireAck rule it matched names the alarm
        }
    }
    if (any) {
        countMaybeChanged();
        arm();
    }
}

bool AlarmBoard::acknowledge(const AlarmId &id, const QString &note, QString *refusal)
{
    return applied(id, m_book.acknowledge(id, note, refusal));
}

bool AlarmBoard::investigate(const AlarmId &id, const QString &note, QString *refusal)
{
    return applied(id, m_book.investigate(id, note, refusal));
}

bool AlarmBoard::close(const AlarmId &id, const QString &note, QString *refusal)
{
    return applied(id, m_book.close(id, note, refusal));
}

bool AlarmBoard::snooze(const AlarmId &id, qint64 untilMs, const QString &note, QString *refusal)
{
    return applied(id, m_book.snooze(id, untilMs, note, refusal));
}

bool AlarmBoard::applied(const AlarmId &id, bool ok)
{
    if (!ok)
        return false;
    const AlarmRecord alarm = *m_book.find(id);
    persist(alarm);
    Q_EMIT changed(alarm);
    countMaybeChanged();
    arm();
    return true;
}

void AlarmBoard::checkDue()
{
    const AlarmBook::Due due = m_book.takeDue();
    QList<AlarmId> touched = due.woken;
    for (const AlarmId &id : due.escalations) {
        if (!touched.contains(id))
            touched.append(id);
    }
    for (const AlarmId &id : std::as_const(touched)) {
        const AlarmRecord alarm = *m_book.find(id);
        persist(alarm);
        Q_EMIT changed(alarm);
    }
    for (const AlarmId &id : due.escalations)
        Q_EMIT escalated(*m_book.find(id));
    // One sound per rule at a time: ten alarms of one rule due together ring once.
    QStringList rules;
    for (const AlarmId &id : due.sounds) {
        const QString &rule = m_book.find(id)->rule;
        if (!rules.contains(rule))
            rules.append(rule);
    }
    for (const QString &rule : std::as_const(rules))
        Q_EMIT soundDue(rule);
    countMaybeChanged();
    arm();
}

void AlarmBoard::persist(const AlarmRecord &alarm)
{
    if (!m_store)
        return;
    m_store->saveAlarm(alarm, this, [this, feed = alarm.feed, key = alarm.key](bool ok) {
        if (!ok)
            Q_EMIT storeFailed(QStringLiteral("could not store the alarm of %1 %2").arg(feed, key));
    });
}

void AlarmBoard::countMaybeChanged()
{
    const int open = m_book.openCount();
    if (open == m_lastOpen)
        return;
    m_lastOpen = open;
    Q_EMIT openCountChanged(open);
}

void AlarmBoard::arm()
{
    const qint64 next = m_book.nextDueMs();
    if (next < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qBound<qint64>(0, next - m_clock(), kLongestWaitMs)));
}

} // namespace sb
