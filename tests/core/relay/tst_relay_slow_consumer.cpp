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

#include <QJsonObject>
#include <QTest>

#include <utility>

using namespace sb;

namespace {

const QString kStream = QStringLiteral("SWITCHBOARD");
constexpr int kSlowMaxAckPending = 50;
constexpr int kRounds = 10;
constexpr int kOperaPerRound = 40;
constexpr int kDoorsPerRound = 20;
constexpr int kTotal = kRounds * (kOperaPerRound + kDoorsPerRound);

EventBatch batch(const QString &feed, const QString &kind, int from, int count)
{
    EventBatch out;
    for (int i = from; i < from + count; ++i) {
        Event e;
        e.feed = feed;
        e.kind = kind;
        e.key = QStringLiteral("k%1").arg(i);
        e.timeMs = 1764000000000 + i;
        e.receivedMs = e.timeMs + 5;
        e.title = "event " + QByteArray::number(i);
        e.attrs = "{\"n\":" + QByteArray::number(i) + '}';
        out.append(e);
    }
    return out;
}

EventBatch round(int r)
{
    return batch(QStringLiteral("opera"), QStringLiteral("hotel.event"), r * kOperaPerRound, kOperaPerRound)
        + batch(QStringLiteral("doors"), QStringLiteral("door.entry"), r * kDoorsPerRound, kDoorsPerRound);
}

QStringList keyRange(int from, int count)
{
    QStringList out;
    for (int i = from; i < from + count; ++i)
        out << QStringLiteral("k%1").arg(i);
    return out;
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

// What the server says of a consumer: delivered and unacknowledged, and not yet delivered; -1 when it cannot say.
struct ConsumerBacklog
{
    qint64 ackPending = -1;
    qint64 undelivered = -1;
};

ConsumerBacklog backlog(const QString &url, const QString &consumer)
{
    natsConnection *nc = nullptr;
    jsCtx *js = nullptr;
    jsConsumerInfo *ci = nullptr;
    ConsumerBacklog out;
    if (natsConnection_ConnectTo(&nc, url.toUtf8().constData()) == NATS_OK
        && natsConnection_JetStream(&js, nc, nullptr) == NATS_OK
        && js_GetConsumerInfo(&ci, js, "SWITCHBOARD", consumer.toUtf8().constData(), nullptr, nullptr) == NATS_OK) {
        out.ackPending = qint64(ci->NumAckPending);
        out.undelivered = qint64(ci->NumPending);
    }
    jsConsumerInfo_Destroy(ci);
    jsCtx_Destroy(js);
    natsConnection_Destroy(nc);
    return out;
}

} // namespace

class TestRelaySlowConsumer : public QObject
{
    Q_OBJECT

private:
    QJsonObject feedConfig(const QString &consumer, int maxAckPending)
    {
        // The ack wait outlasts the test: a held message is never redelivered, so "once" is not helped by dedup.
        return QJsonObject {{QStringLiteral("name"), QStringLiteral("team")},
            {QStringLiteral("type"), QStringLiteral("relay")}, {QStringLiteral("natsUrl"), m_server->url()},
            {QStringLiteral("stream"), kStream}, {QStringLiteral("consumer"), consumer},
            {QStringLiteral("reconnectMs"), 200}, {QStringLiteral("ackWaitSec"), 3600},
            {QStringLiteral("maxAckPending"), maxAckPending}};
    }

    // Publishes like switchboard-relay does; true once JetStream acknowledged every event.
    bool publish(const EventBatch &events)
    {
        bool answered = false;
        qsizetype durable = -1;
        m_sink->write(events, {}, [&](qsizetype n, const QString &) {
            answered = true;
            durable = n;
        });
        return QTest::qWaitFor([&] { return answered; }, 30000) && durable == events.size();
    }

    std::unique_ptr<test::NatsServer> m_server;
    std::unique_ptr<NatsConnection> m_publisher;
    std::unique_ptr<JetStreamSink> m_sink;

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
        m_server = std::make_unique<test::NatsServer>();
        m_server->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_server->accepting(), 15000);
        RelayConfig c;
        c.natsUrl = m_server->url();
        c.stream = kStream;
        m_publisher = std::make_unique<NatsConnection>(c);
        QString error;
        QVERIFY2(m_publisher->open(&error), qPrintable(error));
        m_sink = std::make_unique<JetStreamSink>(m_publisher.get());
    }

    void cleanup()
    {
        m_sink.reset();
        m_publisher.reset();
        m_server.reset();
    }

    void aSlowConsumerDoesNotSlowTheOthers()
    {
        if (!m_server)
            return;
        Desk fastA(feedConfig(QStringLiteral("desk-fast-a"), 20000), false);
        Desk fastB(feedConfig(QStringLiteral("desk-fast-b"), 20000), false);
        Desk slow(feedConfig(QStringLiteral("desk-slow"), kSlowMaxAckPending), true);

        // The first round fills the slow desk's consumer to its limit: the server sends it nothing more.
        QVERIFY(publish(round(0)));
        QTRY_COMPARE_WITH_TIMEOUT(slow.sink.held().size(), kSlowMaxAckPending, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(
            backlog(m_server->url(), QStringLiteral("desk-slow")).ackPending, qint64(kSlowMaxAckPending), 10000);

        // With it full, the relay's publishes are all acknowledged and the fast desks get everything.
        for (int r = 1; r < kRounds; ++r)
            QVERIFY2(publish(round(r)), qPrintable(QStringLiteral("round %1 not acknowledged").arg(r)));
        for (Desk *d : {&fastA, &fastB}) {
            QTRY_COMPARE_WITH_TIMEOUT(d->sink.stored.size(), kTotal, 60000);
            QCOMPARE(keysOf(d->sink.stored, QStringLiteral("opera")), keyRange(0, kRounds * kOperaPerRound));
            QCOMPARE(keysOf(d->sink.stored, QStringLiteral("doors")), keyRange(0, kRounds * kDoorsPerRound));
        }
        QTRY_COMPARE_WITH_TIMEOUT(backlog(m_server->url(), QStringLiteral("desk-fast-a")).ackPending, 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(backlog(m_server->url(), QStringLiteral("desk-fast-b")).ackPending, 0, 10000);

        // The slow desk is still held where it was: the first messages of the stream, nothing stored or acked.
        QVERIFY(slow.sink.stored.isEmpty());
        const EventBatch held = slow.sink.held();
        QCOMPARE(held.size(), kSlowMaxAckPending);
        QCOMPARE(keysOf(held, QStringLiteral("opera")), keyRange(0, kOperaPerRound));
        QCOMPARE(keysOf(held, QStringLiteral("doors")), keyRange(0, kSlowMaxAckPending - kOperaPerRound));
        const ConsumerBacklog behind = backlog(m_server->url(), QStringLiteral("desk-slow"));
        QCOMPARE(behind.ackPending, qint64(kSlowMaxAckPending));
        QCOMPARE(behind.undelivered, qint64(kTotal - kSlowMaxAckPending));

        // The gate opens: the slow desk catches up with every event, once, in publish order per feed.
        slow.sink.open();
        QTRY_COMPARE_WITH_TIMEOUT(slow.sink.stored.size(), kTotal, 60000);
        QCOMPARE(keysOf(slow.sink.stored, QStringLiteral("opera")), keyRange(0, kRounds * kOperaPerRound));
        QCOMPARE(keysOf(slow.sink.stored, QStringLiteral("doors")), keyRange(0, kRounds * kDoorsPerRound));
        QTRY_COMPARE_WITH_TIMEOUT(backlog(m_server->url(), QStringLiteral("desk-slow")).ackPending, 0, 10000);
        QCOMPARE(backlog(m_server->url(), QStringLiteral("desk-slow")).undelivered, 0);
        QCOMPARE(fastA.sink.stored.size(), kTotal); // and nothing came again to the others
        QCOMPARE(fastB.sink.stored.size(), kTotal);
    }
};

QTEST_GUILESS_MAIN(TestRelaySlowConsumer)
#include "tst_relay_slow_consumer.moc"
