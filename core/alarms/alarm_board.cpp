#include "alarm_board.h"

#include "store/event_store.h"

#include <QDateTime>

#include <utility>

namespace sb {
namespace {

// A timer further out than this is re-armed when it fires: QTimer takes an int, and a day is far enough.
constexpr qint64 kLongestWaitMs = 24LL * 3600 * 1000;

QString lostMessage(const AlarmRecord &winner, const AlarmRecord &attempted)
{
    const AlarmTransition won
        = winner.transitions.isEmpty() ? AlarmTransition {winner.state, {}, 0, {}} : winner.transitions.last();
    const QString tried = attempted.transitions.isEmpty() ? attempted.state : attempted.transitions.last().state;
    QString text = QStringLiteral("%1 by %2 at %3").arg(won.state, won.who, Event::formatTime(won.atMs));
    if (!won.note.isEmpty())
        text += QStringLiteral(" (\"%1\")").arg(won.note);
    return text
        + QStringLiteral(": your change of %1 %2 to %3 was not applied").arg(attempted.feed, attempted.key, tried);
}

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
        for (const auto &[alarm, revision] : std::exchange(m_heldShared, {}))
            takeShared(alarm, revision);
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
        for (const auto &[alarm, revision] : std::exchange(m_heldShared, {}))
            takeShared(alarm, revision);
        Q_EMIT loaded();
    });
}

void AlarmBoard::setShare(AlarmShare *share)
{
    if (m_share)
        disconnect(m_share, nullptr, this, nullptr);
    m_share = share;
    if (!share)
        return;
    connect(share, &AlarmShare::received, this, &AlarmBoard::takeShared);
    connect(share, &AlarmShare::written, this, &AlarmBoard::takeWritten);
    connect(share, &AlarmShare::lost, this, &AlarmBoard::takeLost);
    connect(share, &AlarmShare::writeFailed, this, &AlarmBoard::takeWriteFailed);
    connect(share, &AlarmShare::problem, this, &AlarmBoard::shareProblem);
    connect(share, &AlarmShare::caughtUp, this, &AlarmBoard::shareUnshared);
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
    return transition(id, refusal, [&](AlarmBook &book) { return book.acknowledge(id, note, refusal); });
}

bool AlarmBoard::investigate(const AlarmId &id, const QString &note, QString *refusal)
{
    return transition(id, refusal, [&](AlarmBook &book) { return book.investigate(id, note, refusal); });
}

bool AlarmBoard::close(const AlarmId &id, const QString &note, QString *refusal)
{
    return transition(id, refusal, [&](AlarmBook &book) { return book.close(id, note, refusal); });
}

bool AlarmBoard::snooze(const AlarmId &id, qint64 untilMs, const QString &note, QString *refusal)
{
    return transition(id, refusal, [&](AlarmBook &book) { return book.snooze(id, untilMs, note, refusal); });
}

bool AlarmBoard::transition(const AlarmId &id, QString *refusal, const std::function<bool(AlarmBook &)> &move)
{
    if (!m_share)
        return applied(id, move(m_book));
    Shared &shared = m_shared[id];
    if (shared.inFlight) {
        if (refusal)
            *refusal = QStringLiteral("this alarm's last change is still being shared with the team; try again");
        return false;
    }
    // Tried on a copy (the book is small): the change takes effect once the team has it, so this desk never shows a
    // change that lost to another desk's, and its history never keeps one.
    AlarmBook trial = m_book;
    if (!move(trial))
        return false;
    shared.inFlight = true;
    shared.unshared = false; // the write carries it
    shared.proposed = *trial.find(id);
    m_share->write(shared.proposed, shared.revision);
    return true;
}

void AlarmBoard::takeShared(const AlarmRecord &alarm, quint64 revision)
{
    if (!m_loaded) {
        m_heldShared.append({alarm, revision});
        return;
    }
    Shared &shared = m_shared[AlarmId {alarm.feed, alarm.key}];
    // The share delivers in revision order, this desk's own writes too: an older or the same value is not news.
    if (revision <= shared.revision)
        return;
    shared.revision = revision;
    const AlarmRecord *here = m_book.find(AlarmId {alarm.feed, alarm.key});
    const AlarmRecord mine = here ? *here : AlarmRecord();
    adoptShared(alarm);
    // A change made here while the team was out of reach, overtaken by another desk's: the operator is told.
    if (std::exchange(shared.unshared, false) && !mine.transitions.isEmpty() && !alarm.transitions.isEmpty()) {
        const AlarmTransition &a = mine.transitions.last();
        const AlarmTransition &b = alarm.transitions.last();
        if (a.who != b.who || a.atMs != b.atMs || a.state != b.state)
            Q_EMIT sharedRefusal(alarm.feed, alarm.key, lostMessage(alarm, mine));
    }
}

void AlarmBoard::shareUnshared()
{
    if (!m_loaded || !m_share)
        return;
    for (auto it = m_shared.begin(); it != m_shared.end(); ++it) {
        const AlarmRecord *here = m_book.find(it.key());
        if (!it->unshared || it->inFlight || !here)
            continue;
        it->unshared = false;
        it->inFlight = true;
        it->proposed = *here;
        m_share->write(it->proposed, it->revision);
    }
}

void AlarmBoard::takeWritten(const QString &feed, const QString &key, quint64 revision)
{
    const auto it = m_shared.find(AlarmId {feed, key});
    if (it == m_shared.end() || !it->inFlight)
        return;
    it->inFlight = false;
    if (revision <= it->revision)
        return; // read back already
    it->revision = revision;
    adoptShared(it->proposed);
}

void AlarmBoard::takeLost(const AlarmRecord &winner, quint64 revision)
{
    Shared &shared = m_shared[AlarmId {winner.feed, winner.key}];
    const bool mine = std::exchange(shared.inFlight, false);
    if (revision > shared.revision) {
        shared.revision = revision;
        adoptShared(winner);
    }
    if (mine)
        Q_EMIT sharedRefusal(winner.feed, winner.key, lostMessage(winner, shared.proposed));
}

void AlarmBoard::takeWriteFailed(const QString &feed, const QString &key, const QString &message)
{
    const auto it = m_shared.find(AlarmId {feed, key});
    if (it == m_shared.end() || !it->inFlight)
        return;
    it->inFlight = false;
    it->unshared = true;
    // The team cannot be reached: the operator's change holds on this desk, and goes to the team once the share has
    // caught up again (compare-and-set on the revision seen before: a change another desk made meanwhile wins, is
    // shown, and the operator is told).
    adoptShared(it->proposed);
    Q_EMIT shareProblem(QStringLiteral("the alarm of %1 %2 was changed on this desk only, not shared with the team: %3")
                            .arg(feed, key, message));
}

void AlarmBoard::adoptShared(const AlarmRecord &alarm)
{
    if (!m_book.adopt(alarm)) {
        Q_EMIT shareProblem(
            QStringLiteral("the shared alarm of %1 %2 is in a state this version does not know (\"%3\"); ignored")
                .arg(alarm.feed, alarm.key, alarm.state));
        return;
    }
    applied(AlarmId {alarm.feed, alarm.key}, true);
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
