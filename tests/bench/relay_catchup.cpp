// A desk catching up on the team relay (issue #18): --events (20,000) already in the stream, one desk's relay feed
// (RelayFeed in a FeedHost, its durable consumer, every message acknowledged after a sink that stores at once)
// takes them all: events/s and the desk process's CPU per event. The reference: a bare cnats durable push consumer
// that acknowledges each message in its callback and does nothing else, on the same stream. Never fails: a missing
// nats-server is reported and the run exits 0.
#include "cpu_seconds.h"
#include "nats_server.h"
#include "pipeline/event_sink.h"
#include "pipeline/feed_host.h"
#include "relay/jetstream_publisher.h"
#include "relay/nats_connection.h"
#include "relay/relay_feed.h"
#include "relay_test_server.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

using namespace sb;

namespace {

struct Run
{
    double seconds = -1;
    double cpuUsPerEvent = -1;
    qint64 taken = 0;
};

class CountingSink : public EventSink
{
public:
    void write(const EventBatch &events, const AcknowledgementList &, Done done) override
    {
        stored += events.size();
        done(events.size(), QString());
    }
    qint64 stored = 0;
};

Run deskRun(const QString &url, qint64 events)
{
    RelayFeedConfig config;
    QString error;
    const QJsonObject json {{QStringLiteral("name"), QStringLiteral("team")},
        {QStringLiteral("type"), QStringLiteral("relay")}, {QStringLiteral("natsUrl"), url},
        {QStringLiteral("stream"), QStringLiteral("SWITCHBOARD")},
        {QStringLiteral("consumer"), QStringLiteral("desk")}};
    if (!RelayFeedConfig::fromJson(json, config, &error)) {
        std::printf("relay_catchup: %s\n", qPrintable(error));
        return {};
    }
    CountingSink sink;
    FeedHost host;
    host.setSink(&sink);
    host.addFeed(std::make_unique<RelayFeed>(config));
    Run out;
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = test::cpuSeconds();
    host.start();
    while (sink.stored < events && timer.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    out.seconds = double(timer.nsecsElapsed()) / 1e9;
    out.cpuUsPerEvent = (test::cpuSeconds() - cpuBefore) * 1e6 / double(std::max<qint64>(1, sink.stored));
    out.taken = sink.stored;
    host.stop();
    return out;
}

struct BareDesk
{
    std::atomic<qint64> taken {0};
};

void onBareMessage(natsConnection *, natsSubscription *, natsMsg *msg, void *closure)
{
    natsMsg_Ack(msg, nullptr);
    natsMsg_Destroy(msg);
    static_cast<BareDesk *>(closure)->taken.fetch_add(1, std::memory_order_release);
}

Run bareRun(const QString &url, qint64 events)
{
    Run out;
    natsConnection *nc = nullptr;
    jsCtx *js = nullptr;
    natsSubscription *sub = nullptr;
    BareDesk desk;
    if (natsConnection_ConnectTo(&nc, url.toUtf8().constData()) != NATS_OK
        || natsConnection_JetStream(&js, nc, nullptr) != NATS_OK) {
        natsConnection_Destroy(nc);
        return out;
    }
    jsConsumerConfig cc;
    jsConsumerConfig_Init(&cc);
    cc.Durable = "bare";
    cc.DeliverSubject = "_sb.deliver.bare";
    cc.FilterSubject = "sb.>";
    cc.AckPolicy = js_AckExplicit;
    cc.MaxAckPending = 20000; // as a desk's default
    cc.DeliverPolicy = js_DeliverAll;
    jsConsumerInfo *info = nullptr;
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = test::cpuSeconds();
    if (js_AddConsumer(&info, js, "SWITCHBOARD", &cc, nullptr, nullptr) == NATS_OK) {
        jsSubOptions so;
        jsSubOptions_Init(&so);
        so.Stream = "SWITCHBOARD";
        so.Consumer = "bare";
        so.ManualAck = true;
        if (js_Subscribe(&sub, js, "sb.>", onBareMessage, &desk, nullptr, &so, nullptr) == NATS_OK) {
            while (desk.taken.load(std::memory_order_acquire) < events && timer.elapsed() < 120000)
                std::this_thread::sleep_for(std::chrono::milliseconds(1)); // polling the count, not synchronising
        }
    }
    out.seconds = double(timer.nsecsElapsed()) / 1e9;
    out.taken = desk.taken.load(std::memory_order_acquire);
    out.cpuUsPerEvent = (test::cpuSeconds() - cpuBefore) * 1e6 / double(std::max<qint64>(1, out.taken));
    natsSubscription_Destroy(sub);
    jsConsumerInfo_Destroy(info);
    jsCtx_Destroy(js);
    natsConnection_Destroy(nc);
    return out;
}

Event makeEvent(qint64 n)
{
    Event e;
    e.feed = QStringLiteral("opera");
    e.kind = QStringLiteral("hotel.event");
    e.key = QStringLiteral("c") + QString::number(n);
    e.timeMs = 1764000000000 + n;
    e.receivedMs = e.timeMs + 3;
    e.title = "CHECK IN room 412 guest Okafor, Adaeze (SBHCPAR)";
    e.tags = {QStringLiteral("hotel:SBHCPAR"), QStringLiteral("room:412"), QStringLiteral("action:CHECK IN")};
    e.attrs = "{\"hotelId\":\"SBHCPAR\",\"eventName\":\"CHECK IN\",\"primaryKey\":\"412-98122\",\"detail\":["
              "{\"elementName\":\"ROOM\",\"newValue\":\"412\"},{\"elementName\":\"STATUS\",\"newValue\":\"IN\"}]}";
    return e;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--events"));
    const qint64 events = at >= 0 && at + 1 < args.size() ? args.at(at + 1).toLongLong() : 20000;
    if (test::NatsServer::binary().isEmpty()) {
        std::printf("relay_catchup: nats-server is not installed (scripts/setup.sh installs it); skipped\n");
        return 0;
    }
    test::NatsServer server;
    // One that never takes clients is reported by the first connection to it.
    test::startedAndAccepting(server);
    RelayConfig relay;
    relay.natsUrl = server.url();
    NatsConnection connection(relay);
    QString error;
    if (!connection.open(&error)) {
        std::printf("relay_catchup: %s; skipped\n", qPrintable(error));
        return 0;
    }
    {
        JetStreamPublisher publisher(&connection);
        for (qint64 n = 0; n < events;) {
            EventBatch batch;
            for (int i = 0; i < 1000 && n < events; ++i)
                batch.append(makeEvent(n++));
            if (publisher.publish(batch).durable < batch.size()) {
                std::printf("relay_catchup: the stream refused a batch; skipped\n");
                return 0;
            }
        }
    }
    const Run desk = deskRun(server.url(), events);
    const Run bare = bareRun(server.url(), events);
    std::printf("relay_catchup: one desk takes %lld events waiting in the stream (nats-server on loopback)\n", events);
    std::printf("  relay feed (decoded, stored, acked): %lld in %.2f s, %.0f events/s, %.1f us CPU per event\n",
        desk.taken, desk.seconds, double(desk.taken) / desk.seconds, desk.cpuUsPerEvent);
    std::printf("  bare cnats consumer (acks only)    : %lld in %.2f s, %.0f events/s, %.1f us CPU per event; the "
                "relay feed costs %.1f x its CPU per event\n",
        bare.taken, bare.seconds, double(bare.taken) / bare.seconds, bare.cpuUsPerEvent,
        bare.cpuUsPerEvent > 0 ? desk.cpuUsPerEvent / bare.cpuUsPerEvent : 0);
    return 0;
}
