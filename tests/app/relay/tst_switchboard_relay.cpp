// switchboard-relay, the real binary, between the OHIP and alerts emulators and a real `nats-server -js`: every event
// lands in the stream exactly once, the OPERA offset follows JetStream's acks, and a relay killed with SIGKILL
// mid-stream and started again loses nothing upstream and duplicates nothing in the stream.
#include "jetstream_reader.h"
#include "nats_server.h"
#include "opera_kept_offset.h"
#include "relay_test_server.h"
#include "sim/alerts/alerts_emulator.h"
#include "sim/alerts/sqs_queue_server.h"
#include "sim/opera/opera_emulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace sb;

namespace {

// One run of the relay, its stderr JSON lines collected; killed if still running when the test ends.
class RelayRun
{
public:
    explicit RelayRun(const QString &config)
    {
        QObject::connect(&process, &QProcess::readyReadStandardError, &process, [this] {
            buffer += process.readAllStandardError();
            qsizetype nl;
            while ((nl = buffer.indexOf('\n')) >= 0) {
                lines << QJsonDocument::fromJson(buffer.left(nl)).object();
                buffer.remove(0, nl + 1);
            }
        });
        process.start(QStringLiteral(SB_RELAY_BINARY), {QStringLiteral("--config"), config});
    }
    ~RelayRun()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    bool finished() const { return process.state() == QProcess::NotRunning; }
    bool saw(const char *type, const char *state) const
    {
        for (const QJsonObject &o : lines)
            if (o.value(QStringLiteral("type")).toString() == QLatin1String(type)
                && o.value(QStringLiteral("state")).toString() == QLatin1String(state))
                return true;
        return false;
    }

    QProcess process;
    QByteArray buffer;
    QList<QJsonObject> lines;
};

QString writeConfig(const QTemporaryDir &dir, const QJsonObject &feed, const QString &natsUrl)
{
    const QString path = dir.filePath(QStringLiteral("relay.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(QJsonObject {{QStringLiteral("feeds"), QJsonArray {feed}},
                              {QStringLiteral("relay"),
                                  QJsonObject {{QStringLiteral("natsUrl"), natsUrl},
                                      {QStringLiteral("stream"), QStringLiteral("SWITCHBOARD")},
                                      {QStringLiteral("maxAge"), QStringLiteral("1d")}}}})
                .toJson());
    return path;
}

QJsonObject operaFeed(const sim::OperaEmulator &emulator, const QTemporaryDir &dir)
{
    QJsonObject feed = emulator.feedConfig(QStringLiteral("opera"));
    feed.insert(QStringLiteral("lockDir"), dir.path());
    feed.insert(QStringLiteral("statePath"), dir.filePath(QStringLiteral("opera-state.sqlite")));
    feed.insert(QStringLiteral("closeWaitMs"), 1000);
    feed.insert(QStringLiteral("reconnectMinMs"), 50);
    feed.insert(QStringLiteral("reconnectMaxMs"), 200);
    feed.insert(QStringLiteral("lockoutSec"), 1);
    return feed;
}

sim::OperaEmulatorOptions pingingEvery200Ms()
{
    sim::OperaEmulatorOptions o;
    o.pingIntervalMs = 200;
    return o;
}

// The distinct Msg-Ids among the messages read (each reader reads one feed's subjects).
QSet<QByteArray> distinctIds(const QList<test::StreamMessage> &messages)
{
    QSet<QByteArray> ids;
    for (const test::StreamMessage &m : messages)
        ids.insert(m.msgId);
    return ids;
}

} // namespace

class TestSwitchboardRelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsItsVersion()
    {
        QProcess p;
        p.start(QStringLiteral(SB_RELAY_BINARY), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("switchboard"));
    }

    void aRelayItCannotReachIsFatal()
    {
        QTemporaryDir dir;
        sim::OperaEmulator emulator;
        QVERIFY(emulator.start());
        RelayRun run(writeConfig(dir, operaFeed(emulator, dir), QStringLiteral("nats://127.0.0.1:1")));
        QTRY_VERIFY_WITH_TIMEOUT(run.finished(), 20000);
        QCOMPARE(run.process.exitCode(), 2);
        QVERIFY(run.saw("relay", "failed"));
    }

    void everyEventLandsInTheStreamOnceAndSigtermEndsCleanly()
    {
        if (!test::NatsServer::available())
            return;
        test::NatsServer server;
        QVERIFY(test::startedAndAccepting(server));
        sim::OperaEmulator emulator(pingingEvery200Ms());
        QVERIFY(emulator.start());
        QTemporaryDir dir;
        RelayRun run(writeConfig(dir, operaFeed(emulator, dir), server.url()));
        QTRY_COMPARE_WITH_TIMEOUT(emulator.subscriptions(), 1, 20000);
        QVERIFY(run.saw("relay", "connected"));
        emulator.publish(40);
        test::JetStreamReader events(server.url(), "sb.opera.>");
        QTRY_COMPARE_WITH_TIMEOUT(events.readAll(QStringLiteral("SWITCHBOARD")).size(), 40, 20000);
        QCOMPARE(distinctIds(events.readAll(QStringLiteral("SWITCHBOARD"))).size(), 40);
        // The feed's health was relayed too.
        test::JetStreamReader status(server.url(), "sb.status.opera");
        bool live = false;
        for (const test::StreamMessage &m : status.readAll(QStringLiteral("SWITCHBOARD")))
            live = live || m.data.contains("\"state\":\"live\"");
        QVERIFY(live);

        ::kill(pid_t(run.process.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(run.finished(), 20000);
        QCOMPARE(run.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(run.process.exitCode(), 0);
        QVERIFY(run.saw("relay", "stopped"));
        QCOMPARE(events.readAll(QStringLiteral("SWITCHBOARD")).size(), 40); // and nothing twice
    }

    void anSqsMessageIsDeletedOnlyOnceJetStreamHasItsEvent()
    {
        if (!test::NatsServer::available())
            return;
        test::NatsServer server;
        QVERIFY(test::startedAndAccepting(server));
        sim::AlertsEmulatorOptions o;
        o.alertsPerSecond = 0;
        o.visibilityTimeoutSeconds = 2;
        sim::AlertsEmulator emulator(o);
        QVERIFY(emulator.start());
        sim::SqsQueueServer *sqs = emulator.queueServer();
        QTemporaryDir dir;
        QJsonObject feed = emulator.feedConfig(QStringLiteral("alerts"));
        feed.insert(QStringLiteral("waitTimeSeconds"), 1);
        RelayRun run(writeConfig(dir, feed, server.url()));
        QTRY_VERIFY_WITH_TIMEOUT(sqs->waitingPolls() == 1, 20000);
        emulator.publish(10);
        test::JetStreamReader reader(server.url(), "sb.alerts.>");
        QTRY_COMPARE_WITH_TIMEOUT(reader.readAll(QStringLiteral("SWITCHBOARD")).size(), 10, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(sqs->messagesDeleted(), 10, 10000);

        // JetStream gone: the alerts are read and decoded, but no publish is acknowledged, so none is deleted; the
        // relay says so, naming itself.
        server.stop();
        emulator.publish(10);
        auto sinkRefused = [&run, &server] {
            for (const QJsonObject &line : run.lines)
                if (line.value(QStringLiteral("type")).toString() == QLatin1String("error")
                    && line.value(QStringLiteral("message"))
                           .toString()
                           .contains(QStringLiteral("relay ") + server.url()))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sinkRefused(), 30000);
        QCOMPARE(sqs->messagesDeleted(), 10);

        // Back: the relay reconnects, the alerts come again from the queue, are published and then deleted; the stream
        // holds each once.
        server.start();
        QTRY_COMPARE_WITH_TIMEOUT(sqs->messagesDeleted(), 20, 60000);
        test::JetStreamReader after(server.url(), "sb.alerts.>");
        QTRY_COMPARE_WITH_TIMEOUT(distinctIds(after.readAll(QStringLiteral("SWITCHBOARD"))).size(), 20, 10000);
        QCOMPARE(after.readAll(QStringLiteral("SWITCHBOARD")).size(), 20);
    }

    void aRelayKilledMidStreamLosesNothingAndDuplicatesNothing()
    {
        if (!test::NatsServer::available())
            return;
        test::NatsServer server;
        QVERIFY(test::startedAndAccepting(server));
        sim::OperaEmulator emulator(pingingEvery200Ms());
        QVERIFY(emulator.start());
        QTemporaryDir dir;
        const QString config = writeConfig(dir, operaFeed(emulator, dir), server.url());
        test::JetStreamReader reader(server.url(), "sb.opera.>");
        {
            RelayRun run(config);
            QTRY_COMPARE_WITH_TIMEOUT(emulator.subscriptions(), 1, 20000);
            emulator.publish(100);
            QTRY_COMPARE_WITH_TIMEOUT(distinctIds(reader.readAll(QStringLiteral("SWITCHBOARD"))).size(), 100, 20000);
            // Killed only once it has kept an offset: OHIP continues a subscription without one after what it last
            // sent, so a relay killed before its first save would start the next run past events it never published.
            QTRY_VERIFY_WITH_TIMEOUT(
                test::keptOperaOffset(dir.filePath(QStringLiteral("opera-state.sqlite"))) > 0, 10000);
            // Killed while 200 more are on their way: sent by OHIP, some decoded, some published, few acknowledged.
            emulator.publish(200);
            ::kill(pid_t(run.process.processId()), SIGKILL);
            QTRY_VERIFY(run.finished());
        }
        // The next run resumes from the offset the first one kept, which never ran ahead of JetStream's acks: the
        // stream ends with all 300 events, each once (what was re-sent was dropped by its Msg-Id).
        RelayRun again(config);
        // A deadline, not QTRY: each poll's fetch takes up to 100 ms, which QTRY would not count.
        const bool all = QTest::qWaitFor(
            [&] { return distinctIds(reader.readAll(QStringLiteral("SWITCHBOARD"))).size() == 300; }, 40000);
        if (!all)
            for (const QJsonObject &o : again.lines)
                qWarning("relay: %s", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(distinctIds(reader.readAll(QStringLiteral("SWITCHBOARD"))).size(), 300);
        QCOMPARE(reader.readAll(QStringLiteral("SWITCHBOARD")).size(), 300);
    }
};

QTEST_GUILESS_MAIN(TestSwitchboardRelay)
#include "tst_switchboard_relay.moc"
