// The team relay's fan-out: one relay publisher (JetStreamPublisher, what switchboard-relay's sink runs) and 50
// desks (cnats, each its own connection and ephemeral push consumer on the stream), a real `nats-server -js` on
// loopback. Paced at 2,000 events/s for --seconds (30): the added latency from the publish call to each desk's
// receipt (p50, p99; goal p99 <= 5 ms) and the relay's CPU per 1,000 events/s (the publisher runs in a child
// process, which reports its own getrusage). Then the highest rate one relay sustains with every publish
// acknowledged (goal >= 50,000 events/s), against bare cnats async publishes of the same bytes. The reference for
// the latency: the same bytes, pacing and number of subscribers through core NATS (no JetStream, no store, no
// consumers), what this machine's server and cnats cost before anything of the relay; and the CPU one delivery costs
// the server (/proc) and the desks (getrusage), which says how long a tick's burst to 50 desks takes on these cores
// however the threads are scheduled. Never fails: a missing nats-server or a peer that goes wrong is reported and
// the run exits 0.
#include "cpu_seconds.h"
#include "event/event_json_writer.h"
#include "nats_server.h"
#include "relay/jetstream_publisher.h"
#include "relay/nats_connection.h"
#include "relay/relay_subjects.h"
#include "relay_test_server.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

using namespace sb;
using Clock = std::chrono::steady_clock; // CLOCK_MONOTONIC: one clock for the relay child and the desks

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

// CPU seconds another process of ours has used (the nats-server), from /proc; -1 when it cannot be read.
double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name, which ends at the last ')': state is field 3, utime 14, stime 15.
    const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (f.size() < 13)
        return -1;
    return double(f.at(11).toLongLong() + f.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// An OPERA-sized event; attrs carry the publish instant for the desks.
Event makeEvent(const QString &prefix, qint64 n, qint64 stampNs)
{
    Event e;
    e.feed = QStringLiteral("opera");
    e.kind = QStringLiteral("hotel.event");
    e.key = prefix + QString::number(n);
    e.timeMs = 1764000000000 + n;
    e.receivedMs = e.timeMs + 3;
    e.title = "CHECK IN room 412 guest Okafor, Adaeze (SBHCPAR)";
    e.tags = {QStringLiteral("hotel:SBHCPAR"), QStringLiteral("room:412"), QStringLiteral("action:CHECK IN")};
    e.attrs = "{\"t\":" + QByteArray::number(stampNs)
        + ",\"hotelId\":\"SBHCPAR\",\"eventName\":\"CHECK IN\",\"primaryKey\":\"412-98122\",\"detail\":["
          "{\"elementName\":\"ROOM\",\"newValue\":\"412\"},{\"elementName\":\"STATUS\",\"newValue\":\"IN\"}]}";
    return e;
}

// The reference's publish: core NATS, the bytes the relay would send, written out in place (a PING flushes).
qint64 publishCore(NatsConnection &connection, const EventBatch &batch)
{
    QByteArray line;
    qint64 sent = 0;
    for (const Event &e : batch) {
        line.clear();
        EventJsonWriter::append(line, e);
        const QByteArray subject = "ref." + RelaySubjects::forEvent(e);
        if (natsConnection_Publish(connection.handle(), subject.constData(), line.constData(), int(line.size()))
            == NATS_OK)
            ++sent;
    }
    natsConnection_FlushTimeout(connection.handle(), 10000);
    return sent;
}

RelayConfig relayConfig(const QString &url)
{
    RelayConfig c;
    c.natsUrl = url;
    c.maxAgeMs = 3600 * 1000;
    return c;
}

// The relay child: publishes `rate` events/s for `seconds`: every 5 ms, what has come due since the last batch (more
// than one tick's worth when the last ack took longer, as the feed host batches what arrived meanwhile), each batch
// acknowledged before the next; prints its CPU seconds and counts. With `core`, the reference: the same lines
// published to core NATS (`ref.<subject>`), each tick written out at once, nothing stored and nothing acknowledged.
int runRelayChild(const QString &url, const QString &prefix, int rate, int seconds, bool core)
{
    NatsConnection connection(relayConfig(url));
    QString error;
    if (!connection.open(&error)) {
        std::fprintf(stderr, "relay: %s\n", qPrintable(error));
        return 1;
    }
    JetStreamPublisher publisher(&connection);
    constexpr int TickMs = 5;
    const qint64 total = qint64(rate) * seconds;
    const double cpuBefore = test::cpuSeconds(RUSAGE_SELF);
    qint64 published = 0, acked = 0;
    const Clock::time_point start = Clock::now();
    for (int t = 0; published < total; ++t) {
        std::this_thread::sleep_until(start + std::chrono::milliseconds(t * TickMs)); // pacing, not synchronisation
        const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
        const qint64 due = std::min(total, qint64(elapsed * rate) + 1);
        EventBatch batch;
        const qint64 stamp = nowNs();
        for (qint64 n = published; n < due; ++n)
            batch.append(makeEvent(prefix, n, stamp));
        published = std::max(published, due);
        if (core)
            acked += publishCore(connection, batch);
        else
            acked += publisher.publish(batch).durable;
    }
    const double wall = std::chrono::duration<double>(Clock::now() - start).count();
    std::printf("cpu=%.6f wall=%.6f published=%lld acked=%lld\n", test::cpuSeconds(RUSAGE_SELF) - cpuBefore, wall,
        published, acked);
    return 0;
}

struct Desk
{
    natsConnection *nc = nullptr;
    jsCtx *js = nullptr;
    natsSubscription *sub = nullptr;
    std::vector<qint64> latencyNs; // written by the subscription's thread only, read after it is drained
    std::atomic<qint64> received {0};
};

void onDeskMessage(natsConnection *, natsSubscription *, natsMsg *msg, void *closure)
{
    const qint64 now = nowNs();
    auto *desk = static_cast<Desk *>(closure);
    const char *data = natsMsg_GetData(msg);
    const int len = natsMsg_GetDataLength(msg);
    const char *t = static_cast<const char *>(memmem(data, size_t(len), "{\"t\":", 5));
    if (t) {
        desk->latencyNs.push_back(now - std::strtoll(t + 5, nullptr, 10));
        desk->received.fetch_add(1, std::memory_order_release);
    }
    natsMsg_Destroy(msg);
}

bool openDesk(Desk &desk, const QString &url, size_t expected, bool core)
{
    desk.latencyNs.reserve(expected);
    if (natsConnection_ConnectTo(&desk.nc, url.toUtf8().constData()) != NATS_OK)
        return false;
    if (core)
        return natsConnection_Subscribe(&desk.sub, desk.nc, "ref.sb.opera.>", onDeskMessage, &desk) == NATS_OK;
    if (natsConnection_JetStream(&desk.js, desk.nc, nullptr) != NATS_OK)
        return false;
    jsSubOptions so;
    jsSubOptions_Init(&so);
    so.Stream = "SWITCHBOARD";
    so.Config.DeliverPolicy = js_DeliverNew;
    so.Config.AckPolicy = js_AckNone; // a desk that only reads: the latency is the delivery's, not the ack round trip
    jsErrCode code;
    return js_Subscribe(&desk.sub, desk.js, "sb.opera.>", onDeskMessage, &desk, nullptr, &so, &code) == NATS_OK;
}

void closeDesk(Desk &desk)
{
    natsSubscription_Destroy(desk.sub);
    jsCtx_Destroy(desk.js);
    natsConnection_Destroy(desk.nc);
}

double percentileMs(std::vector<qint64> &v, double p)
{
    if (v.empty())
        return -1;
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size())));
    std::nth_element(v.begin(), v.begin() + qsizetype(i), v.end());
    return double(v[i]) / 1e6;
}

struct Paced
{
    double p50 = -1, p99 = -1, cpu = -1, wall = -1, achieved = 0, corePer1k = -1;
    double serverUsPerDelivery = -1, desksUsPerDelivery = -1; // CPU per delivery of the server and of the desks
    long long published = 0, acked = 0, deliveries = 0, missing = 0;
};

// `consumers` desks subscribe, then the relay child publishes `rate` events/s for `seconds` with keys of `prefix`
// (a prefix per run: JetStream would drop a key it saw within two minutes); `core`: the core NATS reference.
Paced pacedRun(const QString &url, qint64 serverPid, const QString &prefix, int consumers, int rate, int seconds,
    bool core = false)
{
    Paced out;
    const qint64 expected = qint64(rate) * seconds;
    std::vector<Desk> desks(static_cast<size_t>(consumers));
    for (Desk &desk : desks)
        if (!openDesk(desk, url, size_t(expected), core)) {
            std::printf("relay_fanout: a desk could not subscribe\n");
            return out;
        }
    const double serverBefore = processCpuSeconds(serverPid);
    const double desksBefore = test::cpuSeconds(RUSAGE_SELF); // the desks' threads; this one only waits
    QProcess relay;
    relay.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList childArgs {QStringLiteral("--relay-child"), url, QStringLiteral("--prefix"), prefix,
        QStringLiteral("--rate"), QString::number(rate), QStringLiteral("--seconds"), QString::number(seconds)};
    if (core)
        childArgs << QStringLiteral("--core");
    relay.start(QCoreApplication::applicationFilePath(), childArgs);
    relay.waitForFinished(seconds * 1000 + 60000);
    const QByteArray report = relay.readAllStandardOutput();
    std::sscanf(report.constData(), "cpu=%lf wall=%lf published=%lld acked=%lld", &out.cpu, &out.wall, &out.published,
        &out.acked);
    // Let the desks drain what was acknowledged (bounded).
    QElapsedTimer drain;
    drain.start();
    auto drained = [&] {
        for (const Desk &desk : desks)
            if (desk.received.load(std::memory_order_acquire) < out.acked)
                return false;
        return true;
    };
    while (!drained() && drain.elapsed() < 20000)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const double serverCpu = processCpuSeconds(serverPid) - serverBefore;
    const double desksCpu = test::cpuSeconds(RUSAGE_SELF) - desksBefore;
    std::vector<qint64> all;
    for (Desk &desk : desks) {
        natsSubscription_Unsubscribe(desk.sub); // no more samples once its count is read
        const qint64 got = desk.received.load(std::memory_order_acquire);
        out.missing += std::max<qint64>(0, out.acked - got);
        all.insert(all.end(), desk.latencyNs.begin(), desk.latencyNs.begin() + qsizetype(got));
    }
    for (Desk &desk : desks)
        closeDesk(desk);
    out.deliveries = qint64(all.size());
    if (out.deliveries > 0) {
        out.serverUsPerDelivery = serverBefore >= 0 ? serverCpu * 1e6 / double(out.deliveries) : -1;
        out.desksUsPerDelivery = desksCpu * 1e6 / double(out.deliveries);
    }
    out.p50 = percentileMs(all, 0.50);
    out.p99 = percentileMs(all, 0.99);
    out.achieved = out.wall > 0 ? double(out.acked) / out.wall : 0;
    out.corePer1k = out.cpu >= 0 && out.wall > 0 ? out.cpu / out.wall * 100 / (out.achieved / 1000) : -1;
    return out;
}

// Events/s with every publish acknowledged: the relay's publisher, batches of 1,000, for `seconds`.
double relayMaxRate(NatsConnection &connection, int seconds)
{
    JetStreamPublisher publisher(&connection);
    qint64 acked = 0, n = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < seconds * 1000) {
        EventBatch batch;
        for (int i = 0; i < 1000; ++i)
            batch.append(makeEvent(QStringLiteral("max-"), n++, 0));
        const JetStreamPublisher::Result r = publisher.publish(batch);
        acked += r.durable;
        if (r.durable < batch.size()) {
            std::fprintf(stderr, "relay max rate: %s\n", qPrintable(r.error));
            break;
        }
    }
    return double(acked) / (double(timer.nsecsElapsed()) / 1e9);
}

// The same bytes (subject, Msg-Id, JSON line) through cnats' async publish with nothing of the relay around it.
double bareMaxRate(NatsConnection &connection, int seconds)
{
    jsCtx *js = nullptr;
    jsOptions o;
    jsOptions_Init(&o);
    o.PublishAsync.MaxPending = 1 << 16;
    if (natsConnection_JetStream(&js, connection.handle(), &o) != NATS_OK)
        return -1;
    qint64 sent = 0;
    QElapsedTimer timer;
    timer.start();
    QByteArray line;
    while (timer.elapsed() < seconds * 1000) {
        for (int i = 0; i < 1000; ++i) {
            const Event e = makeEvent(QStringLiteral("bare-"), sent++, 0);
            line.clear();
            EventJsonWriter::append(line, e);
            const QByteArray subject = RelaySubjects::forEvent(e), id = RelaySubjects::messageId(e);
            natsMsg *msg = nullptr;
            natsMsg_Create(&msg, subject.constData(), nullptr, line.constData(), int(line.size()));
            jsPubOptions po;
            jsPubOptions_Init(&po);
            po.MsgId = id.constData();
            if (js_PublishMsgAsync(js, &msg, &po) != NATS_OK)
                natsMsg_Destroy(msg);
        }
        jsPubOptions wait;
        jsPubOptions_Init(&wait);
        wait.MaxWait = 10000;
        js_PublishAsyncComplete(js, &wait);
    }
    const double rate = double(sent) / (double(timer.nsecsElapsed()) / 1e9);
    jsCtx_Destroy(js);
    return rate;
}

int intArg(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rate = intArg(args, QStringLiteral("--rate"), 2000);
    const int seconds = intArg(args, QStringLiteral("--seconds"), 30);
    if (args.contains(QStringLiteral("--relay-child")))
        return runRelayChild(args.at(args.indexOf(QStringLiteral("--relay-child")) + 1),
            args.at(args.indexOf(QStringLiteral("--prefix")) + 1), rate, seconds,
            args.contains(QStringLiteral("--core")));
    const int consumers = intArg(args, QStringLiteral("--consumers"), 50);
    const int maxSeconds = intArg(args, QStringLiteral("--max-seconds"), std::min(5, seconds));

    if (test::NatsServer::binary().isEmpty()) {
        std::printf("relay_fanout: nats-server is not installed (scripts/setup.sh installs it); skipped\n");
        return 0;
    }
    test::NatsServer server;
    // One that never takes clients is reported by the first connection to it.
    test::startedAndAccepting(server);
    NatsConnection connection(relayConfig(server.url()));
    QString error;
    if (!connection.open(&error)) {
        std::printf("relay_fanout: %s; skipped\n", qPrintable(error));
        return 0;
    }

    const Paced fanout
        = pacedRun(server.url(), server.processId(), QStringLiteral("fanout-"), consumers, rate, seconds);
    const Paced single
        = pacedRun(server.url(), server.processId(), QStringLiteral("single-"), 1, rate, std::min(5, seconds));
    const Paced core = pacedRun(
        server.url(), server.processId(), QStringLiteral("core-"), consumers, rate, std::min(5, seconds), true);
    const double relayRate = relayMaxRate(connection, maxSeconds);
    const double bareRate = bareMaxRate(connection, maxSeconds);

    std::printf("relay_fanout: one relay, %d desks (ephemeral push consumers), nats-server %s on loopback\n", consumers,
        qPrintable(server.url()));
    std::printf("  paced %d events/s for %d s: %lld published, %lld acknowledged (%.0f/s), %lld deliveries (%lld "
                "missing)\n",
        rate, seconds, fanout.published, fanout.acked, fanout.achieved, fanout.deliveries, fanout.missing);
    std::printf("  added latency publish -> desk : p50 %.2f ms, p99 %.2f ms (goal p99 <= 5 ms: %.2f x of it); "
                "one desk alone (%d s): p50 %.2f ms, p99 %.2f ms, so %d desks cost %.1f x its p99\n",
        fanout.p50, fanout.p99, fanout.p99 / 5.0, std::min(5, seconds), single.p50, single.p99, consumers,
        single.p99 > 0 ? fanout.p99 / single.p99 : 0);
    std::printf("  reference, core NATS          : the same bytes and pacing to %d plain subscribers (no JetStream; "
                "%d s): p50 %.2f ms, p99 %.2f ms (%lld missing); the relay's desks %.1f x its p99\n",
        consumers, std::min(5, seconds), core.p50, core.p99, core.missing, core.p99 > 0 ? fanout.p99 / core.p99 : 0);
    // Every tick of the relay sends rate/200 events to every desk at once; the last desk's wait is at least the CPU
    // the whole burst costs (server and desks), spread over this machine's cores, before any scheduling delay.
    const double perTick = double(rate) / 200 * consumers;
    const long cores = sysconf(_SC_NPROCESSORS_ONLN);
    std::printf("  CPU per delivery              : JetStream server %.1f us, desks %.1f us; core NATS server %.1f us, "
                "desks %.1f us. A 5 ms tick's burst (%.0f deliveries) costs %.2f ms of CPU with JetStream, %.2f ms "
                "on %ld cores at best\n",
        fanout.serverUsPerDelivery, fanout.desksUsPerDelivery, core.serverUsPerDelivery, core.desksUsPerDelivery,
        perTick, perTick * (fanout.serverUsPerDelivery + fanout.desksUsPerDelivery) / 1000,
        perTick * (fanout.serverUsPerDelivery + fanout.desksUsPerDelivery) / 1000 / double(cores), cores);
    std::printf("  relay CPU                     : %.1f %% of one core per 1,000 events/s (%.2f s CPU in %.1f s)\n",
        fanout.corePer1k, fanout.cpu, fanout.wall);
    std::printf("  highest acknowledged rate     : %.0f events/s in batches of 1,000 (goal >= 50,000: %.2f x of it); "
                "bare cnats async publish of the same bytes %.0f/s: relay %.2f x of bare\n",
        relayRate, relayRate / 50000, bareRate, bareRate > 0 ? relayRate / bareRate : 0);
    return 0;
}
