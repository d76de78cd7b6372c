// Issue #18: "a slow consumer does not slow the others". Three desks on one relay stream, each its own durable
// consumer, connection and host, as desks run them; one desk's history does not say it stored anything until the
// test opens a gate, so that desk holds every ack and its consumer fills its max-ack-pending. The others and the
// relay must not notice; once the gate opens the slow desk gets everything, once, in order. No timing is asserted.
#include "nats_server.h"
#include "pipeline/event_sink.h"
#include "pipeline/feed_host.h"
#include "pipeline/feed_registry.h"
#include "relay/jetstream_sink.h"
#include "relay/nats_connection.h"
#include "relay/relay_feed.h"
#include "relay_events.h"
#include "relay_test_desk.h"
#include "relay_test_server.h"

#include <QJsonObject>
#include <QTest>

#include <utility>

using namespace sb;
using test::batch;
using test::keyRange;

namespace {

const QString kStream = QStringLiteral("SWITCHBOARD");
constexpr int kSlowMaxAckPending = 50;
constexpr int kRounds = 10;
constexpr int kOperaPerRound = 40;
constexpr int kDoorsPerRound = 20;
constexpr int kTotal = kRounds * (kOperaPerRound + kDoorsPerRound);

EventBatch round(int r)
{
    return batch(QStringLiteral("opera"), QStringLiteral("hotel.event"), r * kOperaPerRound, kOperaPerRound)
        + batch(QStringLiteral("doors"), QStringLiteral("door.entry"), r * kDoorsPerRound, kDoorsPerRound);
}

QStringList keysOf(const EventBatch &events, const QString &feed)
{
    QStringList out;
    for (const Event &e : events)
        if (e.feed == feed)
            out << e.key;
    return out;
}

// A desk's history behind a gate: while closed, every write stays unanswered, so nothing is acknowledged upstream.
class GatedSink : public EventSink
{
public:
    explicit GatedSink(bool closed)
        : m_closed(closed)
    { }
    void write(const EventBatch &events, const AcknowledgementList &, Done done) override
    {
        if (m_closed) {
            m_held.append({events, std::move(done)});
            return;
        }
        stored += events;
        done(events.size(), QString());
    }
    void open()
    {
        m_closed = false;
        const auto held = std::exchange(m_held, {});
        for (const auto &w : held) {
            stored += w.first;
            w.second(w.first.size(), QString());
        }
    }
    EventBatch held() const
    {
        EventBatch out;
        for (const auto &w : m_held)
            out += w.first;
        return out;
    }

    EventBatch stored;

private:
    bool m_closed;
    QVector<QPair<EventBatch, Done>> m_held;
};

// One desk: a host with one relay feed writing into its own history.
struct Desk
{
    Desk(const QJsonObject &config, bool gated)
        : sink(gated)
    {
        host.setSink(&sink);
        QString error;
        auto feed = FeedRegistry::instance().createFeed(config, &error);
        if (!feed)
            qFatal("relay feed refused: %s", qPrintable(error));
        host.addFeed(std::move(feed));
        host.start();
    }
    ~Desk() { host.stop(); }
    GatedSink sink;
    FeedHost host;
};

} // namespace

class TestRelaySlowConsumer : public QObject
{
    Q_OBJECT

private:
    QJsonObject feedConfig(const QString &consumer, int maxAckPending)
    {
        // The ack wait outlasts the test: a held message is never redelivered, so "once" is not helped by dedup.
        return QJsonObject {{QStringLiteral("name"), QStringLiteral("team")},
            {QStringLiteral("type"), QStringLiteral("relay")}, {QStringLiteral("natsUrl"), m_relay.server->url()},
            {QStringLiteral("stream"), kStream}, {QStringLiteral("consumer"), consumer},
            {QStringLiteral("reconnectMs"), 200}, {QStringLiteral("ackWaitSec"), 3600},
            {QStringLiteral("maxAckPending"), maxAckPending}};
    }

    // Publishes like switchboard-relay does; true once JetStream acknowledged every event.
    bool publish(const EventBatch &events) { return m_relay.publisher.publish(events, 30000); }
    test::ConsumerBacklog backlog(const QString &consumer) const { return m_relay.backlog(consumer); }

    test::RelayTestStream m_relay {kStream};

private Q_SLOTS:
    void initTestCase()
    {
        registerBuiltinFeeds();
        RelayFeed::registerType();
    }

    void init()
    {
        if (!test::NatsServer::available())
            return;
        QVERIFY(m_relay.start());
    }

    void cleanup() { m_relay.stop(); }

    void aSlowConsumerDoesNotSlowTheOthers()
    {
        if (!m_relay.server)
            return;
        Desk fastA(feedConfig(QStringLiteral("desk-fast-a"), 20000), false);
        Desk fastB(feedConfig(QStringLiteral("desk-fast-b"), 20000), false);
        Desk slow(feedConfig(QStringLiteral("desk-slow"), kSlowMaxAckPending), true);

        // The first round fills the slow desk's consumer to its limit: the server sends it nothing more.
        QVERIFY(publish(round(0)));
        QTRY_COMPARE_WITH_TIMEOUT(slow.sink.held().size(), kSlowMaxAckPending, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(backlog(QStringLiteral("desk-slow")).ackPending, qint64(kSlowMaxAckPending), 10000);

        // With it full, the relay's publishes are all acknowledged and the fast desks get everything.
        for (int r = 1; r < kRounds; ++r)
            QVERIFY2(publish(round(r)), qPrintable(QStringLiteral("round %1 not acknowledged").arg(r)));
        for (Desk *d : {&fastA, &fastB}) {
            QTRY_COMPARE_WITH_TIMEOUT(d->sink.stored.size(), kTotal, 60000);
            QCOMPARE(keysOf(d->sink.stored, QStringLiteral("opera")), keyRange(0, kRounds * kOperaPerRound));
            QCOMPARE(keysOf(d->sink.stored, QStringLiteral("doors")), keyRange(0, kRounds * kDoorsPerRound));
        }
        QTRY_COMPARE_WITH_TIMEOUT(backlog(QStringLiteral("desk-fast-a")).ackPending, 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(backlog(QStringLiteral("desk-fast-b")).ackPending, 0, 10000);

        // The slow desk is still held where it was: the first messages of the stream, nothing stored or acked.
        QVERIFY(slow.sink.stored.isEmpty());
        const EventBatch held = slow.sink.held();
        QCOMPARE(held.size(), kSlowMaxAckPending);
        QCOMPARE(keysOf(held, QStringLiteral("opera")), keyRange(0, kOperaPerRound));
        QCOMPARE(keysOf(held, QStringLiteral("doors")), keyRange(0, kSlowMaxAckPending - kOperaPerRound));
        const test::ConsumerBacklog behind = backlog(QStringLiteral("desk-slow"));
        QCOMPARE(behind.ackPending, qint64(kSlowMaxAckPending));
        QCOMPARE(behind.undelivered, qint64(kTotal - kSlowMaxAckPending));

        // The gate opens: the slow desk catches up with every event, once, in publish order per feed.
        slow.sink.open();
        QTRY_COMPARE_WITH_TIMEOUT(slow.sink.stored.size(), kTotal, 60000);
        QCOMPARE(keysOf(slow.sink.stored, QStringLiteral("opera")), keyRange(0, kRounds * kOperaPerRound));
        QCOMPARE(keysOf(slow.sink.stored, QStringLiteral("doors")), keyRange(0, kRounds * kDoorsPerRound));
        QTRY_COMPARE_WITH_TIMEOUT(backlog(QStringLiteral("desk-slow")).ackPending, 0, 10000);
        QCOMPARE(backlog(QStringLiteral("desk-slow")).undelivered, 0);
        QCOMPARE(fastA.sink.stored.size(), kTotal); // and nothing came again to the others
        QCOMPARE(fastB.sink.stored.size(), kTotal);
    }
};

QTEST_GUILESS_MAIN(TestRelaySlowConsumer)
#include "tst_relay_slow_consumer.moc"
