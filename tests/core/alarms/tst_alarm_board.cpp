#include "alarms/alarm_board.h"
#include "store/event_store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sb;

namespace {

constexpr int kAnswerMs = 60000;
const QString kDoorRule = QStringLiteral("Door incidents");

Event incident(const QString &key, const QStringList &rules)
{
    Event e;
    e.feed = QStringLiteral("salto");
    e.kind = QStringLiteral("door.incident");
    e.key = key;
    e.title = QByteArrayLiteral("Door forced open");
    e.rules = rules;
    return e;
}

QVector<Rule> rules()
{
    Rule watch;
    watch.name = QStringLiteral("Watch doors");
    watch.query = QStringLiteral("kind:door");
    watch.watch = true;
    Rule ack;
    ack.name = kDoorRule;
    ack.query = QStringLiteral("severity:high");
    ack.requireAck = true;
    ack.repeatSec = 30;
    ack.escalateAfterSec = 120;
    Rule disabled = ack;
    disabled.name = QStringLiteral("Disabled");
    disabled.enabled = false;
    return {watch, ack, disabled};
}

const AlarmId kA {QStringLiteral("salto"), QStringLiteral("E1")};

// The team's share as a test drives it: keeps what the board writes; the test answers for the server.
class FakeShare : public AlarmShare
{
public:
    void write(const AlarmRecord &alarm, quint64 seenRevision) override { writes.append({alarm, seenRevision}); }
    QList<std::pair<AlarmRecord, quint64>> writes;
};

AlarmRecord acknowledgedBy(const QString &who, qint64 atMs, const QString &note)
{
    AlarmRecord a;
    a.feed = kA.feed;
    a.key = kA.key;
    a.rule = kDoorRule;
    a.state = QStringLiteral("acknowledged");
    a.raisedMs = 1'000'000;
    a.transitions = {{QStringLiteral("new"), QStringLiteral("switchboard"), 1'000'000, QStringLiteral("raised")},
        {QStringLiteral("acknowledged"), who, atMs, note}};
    return a;
}

} // namespace

class TestAlarmBoard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    qint64 m_now = 1'000'000;

    std::unique_ptr<EventStore> openStore(const QString &name)
    {
        auto store = std::make_unique<EventStore>();
        StoreOptions o;
        o.path = m_dir.filePath(name);
        o.flushIntervalMs = 5;
        o.retentionDays = 0;
        store->open(o);
        return store;
    }
    std::unique_ptr<AlarmBoard> loadedBoard(EventStore *store)
    {
        auto board = std::make_unique<AlarmBoard>(store, [this] { return m_now; });
        board->setRules(rules());
        board->setOperator(QStringLiteral("ops-anna"));
        QSignalSpy loaded(board.get(), &AlarmBoard::loaded);
        board->load();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kAnswerMs); }();
        return board;
    }
    AlarmRecordList storedAlarms(EventStore &store, bool openOnly)
    {
        AlarmRecordList out;
        bool done = false;
        store.alarms(openOnly, this, [&](AlarmRecordList alarms, QString error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            out = alarms;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kAnswerMs); }();
        return out;
    }

private Q_SLOTS:
    void init() { m_now = 1'000'000; }

    void batchRaisesAndPersists()
    {
        auto store = openStore(QStringLiteral("raise.sqlite"));
        auto board = loadedBoard(store.get());
        QSignalSpy raised(board.get(), &AlarmBoard::raised);
        QSignalSpy open(board.get(), &AlarmBoard::openCountChanged);
        // Only the event naming a requireAck rule raises, under that rule even when another matched first.
        const EventBatch batch {incident(QStringLiteral("E1"), {QStringLiteral("Watch doors"), kDoorRule}),
            incident(QStringLiteral("E2"), {QStringLiteral("Watch doors")}), incident(QStringLiteral("E3"), {}),
            incident(QStringLiteral("E4"), {QStringLiteral("Disabled")})};
        board->addEvents(batch);
        QCOMPARE(raised.size(), 1);
        const auto alarm = raised.first().first().value<AlarmRecord>();
        QCOMPARE(alarm.key, QStringLiteral("E1"));
        QCOMPARE(alarm.rule, kDoorRule);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toInt(), 1);
        board->addEvents(batch); // redelivered
        QCOMPARE(raised.size(), 1);

        AlarmRecordList stored = storedAlarms(*store, true);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().key, QStringLiteral("E1"));
        QCOMPARE(stored.first().state, QStringLiteral("new"));
        QCOMPARE(stored.first().raisedMs, qint64(1'000'000));

        QSignalSpy changed(board.get(), &AlarmBoard::changed);
        m_now += 1000;
        QVERIFY(board->acknowledge(kA, QStringLiteral("guard on the way")));
        QCOMPARE(changed.size(), 1);
        QString why;
        QVERIFY(!board->acknowledge(kA, {}, &why));
        QVERIFY(!why.isEmpty());
        QCOMPARE(changed.size(), 1);
        QVERIFY(board->close(kA, QStringLiteral("done")));
        QCOMPARE(open.last().first().toInt(), 0);
        QVERIFY(storedAlarms(*store, true).isEmpty());
        stored = storedAlarms(*store, false);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().state, QStringLiteral("closed"));
        QCOMPARE(stored.first().transitions.size(), 3);
        QCOMPARE(stored.first().transitions.at(1).who, QStringLiteral("ops-anna"));
        QCOMPARE(stored.first().transitions.at(1).note, QStringLiteral("guard on the way"));
        QCOMPARE(stored.first().transitions.at(1).atMs, qint64(1'001'000));
    }

    void restartRestoresOpenAlarmsWithTheirTimers()
    {
        {
            auto store = openStore(QStringLiteral("restart.sqlite"));
            auto board = loadedBoard(store.get());
            board->addEvents(
                {incident(QStringLiteral("E1"), {kDoorRule}), incident(QStringLiteral("E2"), {kDoorRule})});
            m_now += 1000;
            QVERIFY(board->acknowledge({QStringLiteral("salto"), QStringLiteral("E2")}, {}));
            QVERIFY(board->close({QStringLiteral("salto"), QStringLiteral("E2")}, {}));
        }
        // Started again 50 s after the raise: one open alarm, the sound's cadence and the escalation where they were.
        m_now = 1'000'000 + 50'000;
        auto store = openStore(QStringLiteral("restart.sqlite"));
        auto board = std::make_unique<AlarmBoard>(store.get(), [this] { return m_now; });
        board->setRules(rules());
        QSignalSpy loaded(board.get(), &AlarmBoard::loaded);
        QSignalSpy open(board.get(), &AlarmBoard::openCountChanged);
        QSignalSpy raised(board.get(), &AlarmBoard::raised);
        // Redelivered while the history is read: held, and known as the stored alarm once read.
        board->addEvents({incident(QStringLiteral("E1"), {kDoorRule})});
        board->load();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kAnswerMs);
        QCOMPARE(raised.size(), 0);
        QCOMPARE(board->openCount(), 1);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toInt(), 1);
        QCOMPARE(board->book().nextDueMs(), qint64(1'000'000 + 60'000));

        QSignalSpy sounds(board.get(), &AlarmBoard::soundDue);
        QSignalSpy escalated(board.get(), &AlarmBoard::escalated);
        m_now = 1'000'000 + 60'000;
        board->checkDue();
        QCOMPARE(sounds.size(), 1);
        QCOMPARE(sounds.first().first().toString(), kDoorRule);
        QCOMPARE(escalated.size(), 0);
        m_now = 1'000'000 + 120'000;
        board->checkDue();
        QCOMPARE(escalated.size(), 1);
        QCOMPARE(escalated.first().first().value<AlarmRecord>().key, QStringLiteral("E1"));
        // The escalation is stored: a second restart does not escalate again.
        QVERIFY(storedAlarms(*store, true).first().escalated);
    }

    void timerActsWhenSomethingIsDue()
    {
        // The board arms its own timer for the next thing due; here the clock is already there when it fires.
        auto board = std::make_unique<AlarmBoard>(nullptr, [this] { return m_now; });
        Rule quick = rules().at(1);
        quick.repeatSec = 1;
        board->setRules({quick});
        board->load();
        QSignalSpy sounds(board.get(), &AlarmBoard::soundDue);
        board->addEvents({incident(QStringLiteral("E1"), {kDoorRule})});
        m_now += 1000;
        QTRY_COMPARE_WITH_TIMEOUT(sounds.size(), 1, 10000);
    }

    void snoozeExpiryIsPersisted()
    {
        auto store = openStore(QStringLiteral("snooze.sqlite"));
        auto board = loadedBoard(store.get());
        board->addEvents({incident(QStringLiteral("E1"), {kDoorRule})});
        QVERIFY(board->snooze(kA, m_now + 10'000, QStringLiteral("later")));
        QCOMPARE(storedAlarms(*store, true).first().snoozedUntilMs, m_now + 10'000);
        QSignalSpy changed(board.get(), &AlarmBoard::changed);
        m_now += 10'000;
        board->checkDue();
        QCOMPARE(changed.size(), 1);
        const AlarmRecord stored = storedAlarms(*store, true).first();
        QCOMPARE(stored.state, QStringLiteral("new"));
        QCOMPARE(stored.snoozedUntilMs, qint64(0));
        QCOMPARE(stored.transitions.size(), 3);
    }

    void sharedTransitionTakesEffectOnceTheShareHasIt();
    void lostWriteShowsTheWinnerAndSaysWho();
    void sharedValuesBeforeLoadWaitForTheHistory();
    void unsharedWriteHoldsHereAndIsReported();
    void unsharedWriteOvertakenByAnotherDeskIsReported();

    void operatorFallsBackToTheOsUser()
    {
        qputenv("USER", "login-name");
        QCOMPARE(AlarmBoard::operatorOrOsUser({}), QStringLiteral("login-name"));
        QCOMPARE(AlarmBoard::operatorOrOsUser(QStringLiteral("  Desk 3 ")), QStringLiteral("Desk 3"));
    }
};

void TestAlarmBoard::sharedTransitionTakesEffectOnceTheShareHasIt()
{
    auto store = openStore(QStringLiteral("shared.sqlite"));
    auto board = loadedBoard(store.get());
    FakeShare share;
    board->setShare(&share);
    board->addEvents({incident(QStringLiteral("E1"), {kDoorRule})});
    QSignalSpy changed(board.get(), &AlarmBoard::changed);

    QVERIFY(board->acknowledge(kA, QStringLiteral("on my way")));
    QCOMPARE(share.writes.size(), 1);
    QCOMPARE(share.writes.first().second, quint64(0)); // no shared value seen: create it
    QCOMPARE(share.writes.first().first.state, QStringLiteral("acknowledged"));
    QCOMPARE(board->book().find(kA)->state, QStringLiteral("new"));
    QCOMPARE(changed.size(), 0);
    QString why;
    QVERIFY(!board->close(kA, {}, &why)); // one change in flight per alarm
    QVERIFY2(why.contains(QStringLiteral("still being shared")), qPrintable(why));

    Q_EMIT share.written(kA.feed, kA.key, 7);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(board->book().find(kA)->state, QStringLiteral("acknowledged"));
    QCOMPARE(board->openCount(), 1);
    // Its own write read back is not news; the next write is made on that revision.
    Q_EMIT share.received(share.writes.first().first, 7);
    QCOMPARE(changed.size(), 1);
    QVERIFY(board->close(kA, {}));
    QCOMPARE(share.writes.last().second, quint64(7));
}

void TestAlarmBoard::lostWriteShowsTheWinnerAndSaysWho()
{
    auto store = openStore(QStringLiteral("lost.sqlite"));
    auto board = loadedBoard(store.get());
    FakeShare share;
    board->setShare(&share);
    board->addEvents({incident(QStringLiteral("E1"), {kDoorRule})});
    QSignalSpy refused(board.get(), &AlarmBoard::sharedRefusal);

    QVERIFY(board->acknowledge(kA, QStringLiteral("mine")));
    Q_EMIT share.lost(acknowledgedBy(QStringLiteral("ben"), 1'000'500, QStringLiteral("camera 3")), 4);
    QCOMPARE(refused.size(), 1);
    const QString message = refused.first().at(2).toString();
    QVERIFY2(
        message.startsWith(QStringLiteral("acknowledged by ben at 1970-01-01T00:16:40.500Z")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("camera 3")), qPrintable(message));
    QCOMPARE(board->book().find(kA)->transitions.last().who, QStringLiteral("ben"));
    // The history keeps Ben's acknowledgement, never this desk's.
    QTRY_VERIFY_WITH_TIMEOUT(storedAlarms(*store, false).first().transitions.size() == 2, kAnswerMs);
    QCOMPARE(storedAlarms(*store, false).first().transitions.last().who, QStringLiteral("ben"));
    // An older value coming late changes nothing.
    AlarmRecord older = acknowledgedBy(QStringLiteral("carl"), 1'000'400, {});
    Q_EMIT share.received(older, 3);
    QCOMPARE(board->book().find(kA)->transitions.last().who, QStringLiteral("ben"));
}

void TestAlarmBoard::sharedValuesBeforeLoadWaitForTheHistory()
{
    auto store = openStore(QStringLiteral("early.sqlite"));
    AlarmBoard board(store.get(), [this] { return m_now; });
    board.setRules(rules());
    FakeShare share;
    board.setShare(&share);
    Q_EMIT share.received(acknowledgedBy(QStringLiteral("ben"), 1'000'500, {}), 2);
    QVERIFY(!board.book().find(kA));
    QSignalSpy loaded(&board, &AlarmBoard::loaded);
    board.load();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kAnswerMs);
    QCOMPARE(board.book().find(kA)->state, QStringLiteral("acknowledged"));
    // The event arriving afterwards raises nothing: the team already has its alarm.
    QSignalSpy raised(&board, &AlarmBoard::raised);
    board.addEvents({incident(QStringLiteral("E1"), {kDoorRule})});
    QCOMPARE(raised.size(), 0);
}

void TestAlarmBoard::unsharedWriteHoldsHereAndIsReported()
{
    auto board = loadedBoard(nullptr);
    FakeShare share;
    board->setShare(&share);
    board->addEvents({incident(QStringLiteral("E1"), {kDoorRule})});
    QSignalSpy problems(board.get(), &AlarmBoard::shareProblem);
    QVERIFY(board->acknowledge(kA, {}));
    Q_EMIT share.writeFailed(kA.feed, kA.key, QStringLiteral("alarm bucket SB_ALARMS: not connected"));
    QCOMPARE(board->book().find(kA)->state, QStringLiteral("acknowledged"));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().first().toString().contains(QStringLiteral("not shared with the team")));
    // Once the share is back, the change goes to the team on the revision seen before.
    Q_EMIT share.caughtUp();
    QCOMPARE(share.writes.size(), 2);
    QCOMPARE(share.writes.last().first.state, QStringLiteral("acknowledged"));
    QCOMPARE(share.writes.last().second, quint64(0));
    Q_EMIT share.caughtUp(); // in flight: not twice
    QCOMPARE(share.writes.size(), 2);
}

void TestAlarmBoard::unsharedWriteOvertakenByAnotherDeskIsReported()
{
    auto board = loadedBoard(nullptr);
    FakeShare share;
    board->setShare(&share);
    board->addEvents({incident(QStringLiteral("E1"), {kDoorRule})});
    QSignalSpy refused(board.get(), &AlarmBoard::sharedRefusal);
    QVERIFY(board->acknowledge(kA, {}));
    Q_EMIT share.writeFailed(kA.feed, kA.key, QStringLiteral("not connected"));
    // Back online, the bucket holds Ben's acknowledgement: his stands, and this operator is told.
    Q_EMIT share.received(acknowledgedBy(QStringLiteral("ben"), 1'000'200, {}), 1);
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.first().at(2).toString().startsWith(QStringLiteral("acknowledged by ben")),
        qPrintable(refused.first().at(2).toString()));
    QCOMPARE(board->book().find(kA)->transitions.last().who, QStringLiteral("ben"));
    Q_EMIT share.caughtUp();
    QCOMPARE(share.writes.size(), 1); // nothing left to share
}

QTEST_GUILESS_MAIN(TestAlarmBoard)
#include "tst_alarm_board.moc"
