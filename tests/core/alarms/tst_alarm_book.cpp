#include "alarms/alarm_book.h"

#include <QTest>

using namespace sb;

namespace {

Event incident(const QString &key, const QString &title = QStringLiteral("Door forced open"))
{
    Event e;
    e.feed = QStringLiteral("salto");
    e.kind = QStringLiteral("door.incident");
    e.key = key;
    e.title = title.toUtf8();
    e.rules = {QStringLiteral("Door incidents")};
    return e;
}

Rule ackRule(int repeatSec = 0, int escalateAfterSec = 0)
{
    Rule r;
    r.name = QStringLiteral("Door incidents");
    r.query = QStringLiteral("severity:high");
    r.requireAck = true;
    r.repeatSec = repeatSec;
    r.escalateAfterSec = escalateAfterSec;
    return r;
}

const AlarmId kA {QStringLiteral("salto"), QStringLiteral("E1")};

} // namespace

class TestAlarmBook : public QObject
{
    Q_OBJECT
private:
    qint64 m_now = 1'000'000;
    AlarmBook book()
    {
        AlarmBook b([this] { return m_now; });
        b.setOperator(QStringLiteral("ops-anna"));
        return b;
    }

private Q_SLOTS:
    void init() { m_now = 1'000'000; }

    void raisesOneAlarmPerEvent()
    {
        AlarmBook b = book();
        const AlarmRecord *a = b.raise(incident(QStringLiteral("E1")), ackRule());
        QVERIFY(a);
        QCOMPARE(a->feed, QStringLiteral("salto"));
        QCOMPARE(a->key, QStringLiteral("E1"));
        QCOMPARE(a->rule, QStringLiteral("Door incidents"));
        QCOMPARE(a->title, QStringLiteral("Door forced open"));
        QCOMPARE(a->state, QStringLiteral("new"));
        QCOMPARE(a->raisedMs, m_now);
        QCOMPARE(a->transitions.size(), 1);
        QCOMPARE(a->transitions.first().state, QStringLiteral("new"));
        QCOMPARE(a->transitions.first().atMs, m_now);
        // A redelivery or a backfill of the same event raises nothing more, even later.
        m_now += 5000;
        QVERIFY(!b.raise(incident(QStringLiteral("E1")), ackRule()));
        QCOMPARE(b.alarms().size(), 1);
        // The same key on another feed is another event.
        Event other = incident(QStringLiteral("E1"));
        other.feed = QStringLiteral("salto-2");
        QVERIFY(b.raise(other, ackRule()));
        QCOMPARE(b.openCount(), 2);
    }

    void acknowledgeThenClose()
    {
        AlarmBook b = book();
        b.raise(incident(QStringLiteral("E1")), ackRule());
        m_now += 1000;
        QString why;
        QVERIFY2(b.acknowledge(kA, QStringLiteral("guard sent"), &why), qPrintable(why));
        m_now += 1000;
        QVERIFY2(b.close(kA, QStringLiteral("door shut"), &why), qPrintable(why));
        const AlarmRecord *a = b.find(kA);
        QCOMPARE(a->state, QStringLiteral("closed"));
        QCOMPARE(a->transitions.size(), 3);
        const AlarmTransition &ack = a->transitions.at(1);
        QCOMPARE(ack.state, QStringLiteral("acknowledged"));
        QCOMPARE(ack.who, QStringLiteral("ops-anna"));
        QCOMPARE(ack.atMs, qint64(1'001'000));
        QCOMPARE(ack.note, QStringLiteral("guard sent"));
        QCOMPARE(a->transitions.at(2).state, QStringLiteral("closed"));
        QCOMPARE(a->transitions.at(2).atMs, qint64(1'002'000));
        QCOMPARE(b.openCount(), 0);
    }

    void investigateThenClose()
    {
        AlarmBook b = book();
        b.raise(incident(QStringLiteral("E1")), ackRule());
        b.setOperator(QStringLiteral("ops-ben"));
        QVERIFY(b.investigate(kA, QStringLiteral("checking camera")));
        QCOMPARE(b.find(kA)->transitions.last().who, QStringLiteral("ops-ben"));
        QVERIFY(b.close(kA, QStringLiteral("false alarm")));
        QCOMPARE(b.find(kA)->state, QStringLiteral("closed"));
    }

    void acknowledgedMayBeInvestigated()
    {
        AlarmBook b = book();
        b.raise(incident(QStringLiteral("E1")), ackRule());
        QVERIFY(b.acknowledge(kA, {}));
        QVERIFY(b.investigate(kA, {}));
        QCOMPARE(b.find(kA)->state, QStringLiteral("investigating"));
    }

    void refusesWhatTheStateDoesNotAllow()
    {
        AlarmBook b = book();
        QString why;
        QVERIFY(!b.acknowledge(kA, {}, &why));
        QVERIFY2(why.contains(QStringLiteral("no alarm")), qPrintable(why));

        b.raise(incident(QStringLiteral("E1")), ackRule());
        QVERIFY(!b.close(kA, {}, &why));
        QVERIFY2(why.contains(QStringLiteral("before it is closed")), qPrintable(why));

        QVERIFY(b.acknowledge(kA, QStringLiteral("first")));
        QVERIFY(!b.acknowledge(kA, QStringLiteral("second"), &why));
        QVERIFY2(why.contains(QStringLiteral("already acknowledged by ops-anna")), qPrintable(why));
        QVERIFY(!b.snooze(kA, m_now + 60'000, {}, &why));
        QVERIFY2(why.contains(QStringLiteral("only a new alarm")), qPrintable(why));

        QVERIFY(b.investigate(kA, {}));
        QVERIFY(!b.investigate(kA, {}, &why));
        QVERIFY2(why.contains(QStringLiteral("already being investigated")), qPrintable(why));
        QVERIFY(!b.acknowledge(kA, {}, &why));
        QVERIFY2(why.contains(QStringLiteral("can only be closed")), qPrintable(why));

        QVERIFY(b.close(kA, {}));
        QVERIFY(!b.close(kA, {}, &why));
        QVERIFY2(why.contains(QStringLiteral("was closed by ops-anna")), qPrintable(why));
        QVERIFY(!b.acknowledge(kA, {}, &why));
        QVERIFY(!b.snooze(kA, m_now + 1, {}, &why));
        // Nothing refused was recorded.
        QCOMPARE(b.find(kA)->transitions.size(), 4); // new, acknowledged, investigating, closed
    }

    void snoozeEndsBackInNew()
    {
        AlarmBook b = book();
        b.raise(incident(QStringLiteral("E1")), ackRule());
        QString why;
        QVERIFY(!b.snooze(kA, m_now, {}, &why)); // not in the future
        QVERIFY2(why.contains(QStringLiteral("future")), qPrintable(why));
        QVERIFY(b.snooze(kA, m_now + 60'000, QStringLiteral("shift change"), &why));
        QCOMPARE(b.find(kA)->state, QStringLiteral("snoozed"));
        QCOMPARE(b.find(kA)->snoozedUntilMs, m_now + 60'000);
        QCOMPARE(b.nextDueMs(), m_now + 60'000);
        QVERIFY(!b.close(kA, {}, &why));

        m_now += 59'999;
        QVERIFY(b.takeDue().isEmpty());
        m_now += 1;
        const AlarmBook::Due due = b.takeDue();
        QCOMPARE(due.woken, QList<AlarmId> {kA});
        QCOMPARE(due.sounds, QList<AlarmId> {kA}); // it rings again as it wakes
        const AlarmRecord *a = b.find(kA);
        QCOMPARE(a->state, QStringLiteral("new"));
        QCOMPARE(a->snoozedUntilMs, qint64(0));
        QCOMPARE(a->transitions.last().state, QStringLiteral("new"));
        QCOMPARE(a->transitions.last().atMs, m_now);
        QCOMPARE(b.nextDueMs(), qint64(-1)); // no repeat, no escalation: nothing more
        // A snoozed alarm may be acknowledged before its snooze ends.
        QVERIFY(b.snooze(kA, m_now + 1000, {}));
        QVERIFY(b.acknowledge(kA, {}));
        QCOMPARE(b.find(kA)->snoozedUntilMs, qint64(0));
        m_now += 5000;
        QVERIFY(b.takeDue().isEmpty());
    }

    void repeatsEveryRepeatSecWhileNew()
    {
        AlarmBook b = book();
        const qint64 raised = m_now;
        b.raise(incident(QStringLiteral("E1")), ackRule(30));
        QCOMPARE(b.nextDueMs(), raised + 30'000);
        m_now = raised + 29'999;
        QVERIFY(b.takeDue().sounds.isEmpty());
        m_now = raised + 30'000;
        QCOMPARE(b.takeDue().sounds, QList<AlarmId> {kA});
        QVERIFY(b.takeDue().sounds.isEmpty()); // once per point of the cadence
        QCOMPARE(b.nextDueMs(), raised + 60'000);
        // A late check (the machine slept) rings once and keeps the cadence.
        m_now = raised + 125'000;
        QCOMPARE(b.takeDue().sounds, QList<AlarmId> {kA});
        QCOMPARE(b.nextDueMs(), raised + 150'000);
        // Snoozed: silent until it wakes; acknowledged: silent for good.
        QVERIFY(b.snooze(kA, raised + 200'000, {}));
        QCOMPARE(b.nextDueMs(), raised + 200'000);
        m_now = raised + 180'000;
        QVERIFY(b.takeDue().isEmpty());
        m_now = raised + 200'000;
        QCOMPARE(b.takeDue().sounds, QList<AlarmId> {kA});
        QCOMPARE(b.nextDueMs(), raised + 230'000); // the cadence restarts from the wake
        QVERIFY(b.acknowledge(kA, {}));
        QCOMPARE(b.nextDueMs(), qint64(-1));
        m_now = raised + 1'000'000;
        QVERIFY(b.takeDue().isEmpty());
    }

    void escalatesOnceWithoutAcknowledgement()
    {
        AlarmBook b = book();
        const qint64 raised = m_now;
        b.raise(incident(QStringLiteral("E1")), ackRule(0, 120));
        QCOMPARE(b.nextDueMs(), raised + 120'000);
        m_now = raised + 119'999;
        QVERIFY(b.takeDue().escalations.isEmpty());
        m_now = raised + 120'000;
        QCOMPARE(b.takeDue().escalations, QList<AlarmId> {kA});
        QVERIFY(b.find(kA)->escalated);
        m_now = raised + 500'000;
        QVERIFY(b.takeDue().escalations.isEmpty());
        QCOMPARE(b.nextDueMs(), qint64(-1));

        // Acknowledged in time: never escalates.
        const AlarmId second {QStringLiteral("salto"), QStringLiteral("E2")};
        const qint64 raised2 = m_now;
        b.raise(incident(QStringLiteral("E2")), ackRule(0, 120));
        QVERIFY(b.acknowledge(second, {}));
        m_now = raised2 + 600'000;
        QVERIFY(b.takeDue().escalations.isEmpty());

        // Snoozed past its time: escalates when it wakes still unacknowledged.
        const AlarmId third {QStringLiteral("salto"), QStringLiteral("E3")};
        const qint64 raised3 = m_now;
        b.raise(incident(QStringLiteral("E3")), ackRule(0, 120));
        QVERIFY(b.snooze(third, raised3 + 300'000, {}));
        QCOMPARE(b.nextDueMs(), raised3 + 300'000);
        m_now = raised3 + 200'000;
        QVERIFY(b.takeDue().isEmpty());
        m_now = raised3 + 300'000;
        const AlarmBook::Due due = b.takeDue();
        QCOMPARE(due.woken, QList<AlarmId> {third});
        QCOMPARE(due.escalations, QList<AlarmId> {third});
    }

    void restoreResumesFromStoredTimes()
    {
        AlarmRecordList stored;
        {
            AlarmBook before = book();
            before.raise(incident(QStringLiteral("E1")), ackRule(30, 120));
            m_now += 45'000;
            QCOMPARE(before.takeDue().sounds.size(), 1);
            stored = before.alarms();
        }
        // The desk restarts 10 s later (raised + 55 s).
        m_now += 10'000;
        AlarmBook after = book();
        after.restore(stored);
        QCOMPARE(after.openCount(), 1);
        QCOMPARE(after.nextDueMs(), qint64(1'000'000 + 60'000)); // the cadence's next point, not now
        QVERIFY(after.takeDue().isEmpty());
        QVERIFY(!after.raise(incident(QStringLiteral("E1")), ackRule()));
        m_now = 1'000'000 + 120'000;
        const AlarmBook::Due due = after.takeDue();
        QCOMPARE(due.escalations, QList<AlarmId> {kA});
        QCOMPARE(due.sounds, QList<AlarmId> {kA});
    }

    void stateNamesRoundTrip()
    {
        for (AlarmState s : {AlarmState::New, AlarmState::Acknowledged, AlarmState::Investigating, AlarmState::Snoozed,
                 AlarmState::Closed})
            QCOMPARE(alarmStateFromName(alarmStateName(s)), std::optional<AlarmState>(s));
        QVERIFY(!alarmStateFromName(QStringLiteral("escalated")));
    }
};

QTEST_GUILESS_MAIN(TestAlarmBook)
#include "tst_alarm_book.moc"
