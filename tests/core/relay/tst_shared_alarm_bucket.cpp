#include "alarms/alarm_board.h"
#include "nats_server.h"
#include "relay/shared_alarm_bucket.h"
#include "relay/shared_alarm_codec.h"
#include "store/event_store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sb;

namespace {

constexpr int kAnswerMs = 60000; // a write in an outage waits for its timeout first
const QString kBucket = QStringLiteral("SB_ALARMS");
const QString kRule = QStringLiteral("Door incidents");
// A key with what NATS keys do not allow ('.', ' ', '='), to go through the bucket's key encoding.
const AlarmId kAlarm {QStringLiteral("salto"), QStringLiteral("site.1 door=7")};

Event incident(const AlarmId &id)
{
    Event e;
    e.feed = id.feed;
    e.kind = QStringLiteral("door.incident");
    e.key = id.key;
    e.title = QByteArrayLiteral("Door forced open");
    e.rules = {kRule};
    return e;
}

Rule doorRule()
{
    Rule r;
    r.name = kRule;
    r.query = QStringLiteral("severity:high");
    r.requireAck = true;
    r.repeatSec = 30;
    return r;
}

// One operator's desk: its own history, its alarms, and its client of the team's bucket.
struct Desk
{
    std::unique_ptr<EventStore> store;
    std::unique_ptr<AlarmBoard> board;
    std::unique_ptr<SharedAlarmBucket> bucket;

    QString state(const AlarmId &id = kAlarm) const
    {
        const AlarmRecord *a = board->book().find(id);
        return a ? a->state : QString();
    }
    AlarmTransition last(const AlarmId &id = kAlarm) const
    {
        const AlarmRecord *a = board->book().find(id);
        return a && !a->transitions.isEmpty() ? a->transitions.last() : AlarmTransition {};
    }
};

} // namespace

class TestSharedAlarmBucket : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::NatsServer> m_server;
    qint64 m_now = 1764930120000; // 2025-12-05T10:22:00Z

    RelayConfig relay() const
    {
        RelayConfig r;
        r.natsUrl = m_server->url();
        return r;
    }

    // Builds a desk with its history loaded; its bucket is started by start(), so a test can listen first.
    std::unique_ptr<Desk> desk(const QString &name, const QString &who)
    {
        auto d = std::make_unique<Desk>();
        d->store = std::make_unique<EventStore>();
        StoreOptions o;
        o.path = m_dir.filePath(name + QStringLiteral("-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        o.flushIntervalMs = 5;
        o.retentionDays = 0;
        d->store->open(o);
        d->board = std::make_unique<AlarmBoard>(d->store.get(), [this] { return m_now; });
        d->board->setRules({doorRule()});
        d->board->setOperator(who);
        QSignalSpy loaded(d->board.get(), &AlarmBoard::loaded);
        d->board->load();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kAnswerMs); }();
        d->bucket = std::make_unique<SharedAlarmBucket>(relay(), kBucket, 200);
        d->board->setShare(d->bucket.get());
        return d;
    }
    void start(Desk &d)
    {
        QSignalSpy caughtUp(d.bucket.get(), &SharedAlarmBucket::caughtUp);
        d.bucket->start();
        QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, kAnswerMs);
    }
    // Two desks started on the team's bucket, each then holding the incident: where the two-desk tests begin.
    std::pair<std::unique_ptr<Desk>, std::unique_ptr<Desk>> annaAndBenOnTheIncident()
    {
        auto anna = desk(QStringLiteral("anna"), QStringLiteral("anna"));
        auto ben = desk(QStringLiteral("ben"), QStringLiteral("ben"));
        start(*anna);
        start(*ben);
        anna->board->addEvents({incident(kAlarm)});
        ben->board->addEvents({incident(kAlarm)});
        return {std::move(anna), std::move(ben)};
    }
    AlarmRecordList stored(EventStore &store)
    {
        AlarmRecordList out;
        bool done = false;
        store.alarms(false, this, [&](const AlarmRecordList &alarms, const QString &) {
            out = alarms;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kAnswerMs); }();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        if (!test::NatsServer::available())
            return;
        m_server = std::make_unique<test::NatsServer>();
        m_server->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_server->accepting(), kAnswerMs);
    }
    void cleanup() { m_server.reset(); }

    void transitionOfOneDeskIsAppliedByAnother()
    {
        auto [anna, ben] = annaAndBenOnTheIncident();

        QSignalSpy refusedAnna(anna->board.get(), &AlarmBoard::sharedRefusal);
        QString refusal;
        QVERIFY2(anna->board->acknowledge(kAlarm, QStringLiteral("on my way"), &refusal), qPrintable(refusal));
        // Taken once the team has it, not before.
        QCOMPARE(anna->state(), QStringLiteral("new"));
        QTRY_COMPARE_WITH_TIMEOUT(anna->state(), QStringLiteral("acknowledged"), kAnswerMs);
        QTRY_COMPARE_WITH_TIMEOUT(ben->state(), QStringLiteral("acknowledged"), kAnswerMs);
        QCOMPARE(ben->last().who, QStringLiteral("anna"));
        QCOMPARE(ben->last().note, QStringLiteral("on my way"));
        QCOMPARE(ben->board->openCount(), 1);

        // Ben closes it; Anna sees that too, and each history keeps the whole story.
        QVERIFY2(ben->board->close(kAlarm, QStringLiteral("door shut"), &refusal), qPrintable(refusal));
        QTRY_COMPARE_WITH_TIMEOUT(anna->state(), QStringLiteral("closed"), kAnswerMs);
        QCOMPARE(anna->last().who, QStringLiteral("ben"));
        QCOMPARE(anna->board->openCount(), 0);
        QCOMPARE(refusedAnna.size(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            !stored(*ben->store).isEmpty() && stored(*ben->store).first().state == QLatin1String("closed"), kAnswerMs);
        const AlarmRecord kept = stored(*ben->store).first();
        QCOMPARE(kept.transitions.size(), 3);
        QCOMPARE(kept.transitions.at(1).who, QStringLiteral("anna"));
        QCOMPARE(kept.transitions.at(2).who, QStringLiteral("ben"));
    }

    void concurrentAcknowledgementsHaveOneWinner()
    {
        auto [anna, ben] = annaAndBenOnTheIncident();
        QSignalSpy refusedAnna(anna->board.get(), &AlarmBoard::sharedRefusal);
        QSignalSpy refusedBen(ben->board.get(), &AlarmBoard::sharedRefusal);

        // Both acknowledge before either has heard of the other: both saw no shared value.
        QVERIFY(anna->board->acknowledge(kAlarm, QStringLiteral("anna's note")));
        QVERIFY(ben->board->acknowledge(kAlarm, QStringLiteral("ben's note")));

        QTRY_COMPARE_WITH_TIMEOUT(refusedAnna.size() + refusedBen.size(), 1, kAnswerMs);
        const bool annaWon = refusedBen.size() == 1;
        const QString winner = annaWon ? QStringLiteral("anna") : QStringLiteral("ben");
        const QString message = (annaWon ? refusedBen : refusedAnna).first().at(2).toString();
        QVERIFY2(message.startsWith(QStringLiteral("acknowledged by %1 at 2025-12-05T10:22:00").arg(winner)),
            qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("%1's note").arg(winner)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("not applied")), qPrintable(message));

        for (Desk *d : {anna.get(), ben.get()}) {
            QTRY_COMPARE_WITH_TIMEOUT(d->last().who, winner, kAnswerMs);
            QCOMPARE(d->state(), QStringLiteral("acknowledged"));
            // Acknowledged once: raised, then the winner's acknowledgement, and nothing of the loser's.
            QCOMPARE(d->board->book().find(kAlarm)->transitions.size(), 2);
            QTRY_VERIFY_WITH_TIMEOUT(
                !stored(*d->store).isEmpty() && stored(*d->store).first().transitions.size() == 2, kAnswerMs);
            QCOMPARE(stored(*d->store).first().transitions.last().who, winner);
        }
        QCOMPARE(refusedAnna.size() + refusedBen.size(), 1);
    }

    void laterDeskReadsTheBucket()
    {
        auto anna = desk(QStringLiteral("anna"), QStringLiteral("anna"));
        start(*anna);
        anna->board->addEvents({incident(kAlarm)});
        QVERIFY(anna->board->investigate(kAlarm, QStringLiteral("camera 3")));
        QTRY_COMPARE_WITH_TIMEOUT(anna->state(), QStringLiteral("investigating"), kAnswerMs);

        // Carl starts afterwards and has never seen the event: the bucket gives him the alarm as it is.
        auto carl = desk(QStringLiteral("carl"), QStringLiteral("carl"));
        QSignalSpy raised(carl->board.get(), &AlarmBoard::raised);
        start(*carl);
        QTRY_COMPARE_WITH_TIMEOUT(carl->state(), QStringLiteral("investigating"), kAnswerMs);
        QCOMPARE(carl->last().who, QStringLiteral("anna"));
        QCOMPARE(carl->board->book().find(kAlarm)->rule, kRule);
        // The event reaching him later raises nothing new.
        carl->board->addEvents({incident(kAlarm)});
        QCOMPARE(raised.size(), 0);
        QCOMPARE(carl->state(), QStringLiteral("investigating"));
        // And his next move is made on the revision he read.
        QSignalSpy refused(carl->board.get(), &AlarmBoard::sharedRefusal);
        QVERIFY(carl->board->close(kAlarm, QStringLiteral("nothing there")));
        QTRY_COMPARE_WITH_TIMEOUT(anna->state(), QStringLiteral("closed"), kAnswerMs);
        QCOMPARE(carl->state(), QStringLiteral("closed"));
        QCOMPARE(refused.size(), 0);
    }

    void malformedValueIsReportedAndSkipped()
    {
        auto anna = desk(QStringLiteral("anna"), QStringLiteral("anna"));
        start(*anna); // makes the bucket
        anna->board->addEvents({incident(kAlarm)});

        // Someone else's tool writes what is not an alarm into the bucket.
        natsConnection *nc = nullptr;
        jsCtx *js = nullptr;
        kvStore *kv = nullptr;
        QCOMPARE(natsConnection_ConnectTo(&nc, m_server->url().toUtf8().constData()), NATS_OK);
        QCOMPARE(natsConnection_JetStream(&js, nc, nullptr), NATS_OK);
        QCOMPARE(js_KeyValue(&kv, js, kBucket.toUtf8().constData()), NATS_OK);
        QCOMPARE(kvStore_PutString(nullptr, kv, "salto.broken", "{not json"), NATS_OK);
        QCOMPARE(kvStore_PutString(nullptr, kv, "not-an-alarm-key", "{}"), NATS_OK);

        auto ben = desk(QStringLiteral("ben"), QStringLiteral("ben"));
        QSignalSpy problems(ben->board.get(), &AlarmBoard::shareProblem);
        start(*ben);
        ben->board->addEvents({incident(kAlarm)});
        QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 2, kAnswerMs);
        const QString first = problems.at(0).at(0).toString();
        QVERIFY2(first.contains(QStringLiteral("alarm bucket SB_ALARMS")), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("\"salto.broken\"")), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("not JSON")), qPrintable(first));
        QVERIFY2(problems.at(1).at(0).toString().contains(QStringLiteral("\"not-an-alarm-key\"")),
            qPrintable(problems.at(1).at(0).toString()));

        // Garbage written while both watch is skipped the same way, and the real alarms go on.
        QCOMPARE(kvStore_PutString(nullptr, kv, "salto.broken", "[]"), NATS_OK);
        QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 3, kAnswerMs);
        QVERIFY(anna->board->acknowledge(kAlarm, QStringLiteral("seen")));
        QTRY_COMPARE_WITH_TIMEOUT(ben->state(), QStringLiteral("acknowledged"), kAnswerMs);
        QCOMPARE(ben->last().who, QStringLiteral("anna"));
        QCOMPARE(ben->board->book().alarms().size(), 1);

        kvStore_Destroy(kv);
        jsCtx_Destroy(js);
        natsConnection_Destroy(nc);
    }

    void desksGoOnAfterTheServerRestarts()
    {
        auto [anna, ben] = annaAndBenOnTheIncident();
        m_server->stop();
        m_server->start(); // the same port and store
        QTRY_VERIFY_WITH_TIMEOUT(m_server->accepting(), kAnswerMs);
        // Once both have reconnected, what one writes reaches the other.
        QSignalSpy problems(anna->board.get(), &AlarmBoard::shareProblem);
        QVERIFY(anna->board->acknowledge(kAlarm, QStringLiteral("after restart")));
        QTRY_COMPARE_WITH_TIMEOUT(ben->state(), QStringLiteral("acknowledged"), kAnswerMs);
        QCOMPARE(ben->last().note, QStringLiteral("after restart"));
        QCOMPARE(problems.size(), 0);
    }

    void changeMadeDuringAnOutageIsSharedOnReconnect()
    {
        auto [anna, ben] = annaAndBenOnTheIncident();
        QSignalSpy problems(anna->board.get(), &AlarmBoard::shareProblem);
        m_server->stop();
        QVERIFY(anna->board->acknowledge(kAlarm, QStringLiteral("in the dark")));
        // The write times out while the server is away; the change holds on Anna's desk.
        QTRY_COMPARE_WITH_TIMEOUT(anna->state(), QStringLiteral("acknowledged"), kAnswerMs);
        QVERIFY(!problems.isEmpty());
        m_server->start(); // the same port and store: both desks reconnect by themselves
        QTRY_COMPARE_WITH_TIMEOUT(ben->state(), QStringLiteral("acknowledged"), kAnswerMs);
        QCOMPARE(ben->last().note, QStringLiteral("in the dark"));
    }

    void changeMadeWhileUnreachableIsSharedWhenTheServerIsBack()
    {
        auto anna = desk(QStringLiteral("anna"), QStringLiteral("anna"));
        QSignalSpy problems(anna->board.get(), &AlarmBoard::shareProblem);
        QSignalSpy caughtUp(anna->bucket.get(), &SharedAlarmBucket::caughtUp);
        m_server->stop();
        anna->bucket->start();
        anna->board->addEvents({incident(kAlarm)});
        QVERIFY(anna->board->acknowledge(kAlarm, QStringLiteral("radio")));
        // Not shared, and said so, but the operator's acknowledgement stands here.
        QTRY_COMPARE_WITH_TIMEOUT(anna->state(), QStringLiteral("acknowledged"), kAnswerMs);
        QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), kAnswerMs);
        bool named = false;
        for (const QList<QVariant> &p : std::as_const(problems))
            named = named || p.at(0).toString().contains(QStringLiteral("not shared with the team"));
        QVERIFY(named);

        // The server comes back (same port, same store): the bucket connects, and the change goes to the team.
        m_server->start();
        QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, kAnswerMs);
        auto ben = desk(QStringLiteral("ben"), QStringLiteral("ben"));
        start(*ben);
        QTRY_COMPARE_WITH_TIMEOUT(ben->state(), QStringLiteral("acknowledged"), kAnswerMs);
        QCOMPARE(ben->last().who, QStringLiteral("anna"));
        QCOMPARE(ben->last().note, QStringLiteral("radio"));
    }
};

QTEST_GUILESS_MAIN(TestSharedAlarmBucket)
#include "tst_shared_alarm_bucket.moc"
