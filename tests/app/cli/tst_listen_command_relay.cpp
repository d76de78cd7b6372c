// `switchboard-cli listen team --config FILE`, the real binary, reading a team relay: relayed events are printed as
// the relay published them (their own feed name and kind), a malformed message is an error naming the relay feed,
// and what was printed is acknowledged, so the next run starts after it.
#include "event/event_json_writer.h"
#include "nats_server.h"
#include "relay/jetstream_sink.h"
#include "relay/nats_connection.h"
#include "relay_events.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using test::batch;

class TestListenCommandRelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsRelayedEventsAndResumesAfterThem()
    {
        if (!test::NatsServer::available())
            return;
        test::NatsServer server;
        server.start();
        QTRY_VERIFY_WITH_TIMEOUT(server.accepting(), 15000);
        RelayConfig relay;
        relay.natsUrl = server.url();
        NatsConnection publisher(relay);
        QString error;
        QVERIFY2(publisher.open(&error), qPrintable(error));
        JetStreamSink sink(&publisher);
        const EventBatch events = batch(0, 5);
        bool stored = false;
        sink.write(events, {}, [&](qsizetype n, const QString &) { stored = n == events.size(); });
        QTRY_VERIFY_WITH_TIMEOUT(stored, 15000);
        QVERIFY(publisher.publish("sb.opera.hotel.event", "{broken"));

        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("team.json"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(
            QJsonObject {{QStringLiteral("feeds"),
                QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("team")},
                    {QStringLiteral("type"), QStringLiteral("relay")}, {QStringLiteral("natsUrl"), server.url()},
                    {QStringLiteral("feeds"), QJsonArray {QStringLiteral("opera")}},
                    {QStringLiteral("consumer"), QStringLiteral("cli-anna")},
                    // What reached the first run after it stopped reading is neither printed nor refused: the
                    // server sends it again after the ack wait, which the second run must not outwait.
                    {QStringLiteral("ackWaitSec"), 2}}}}})
                    .toJson());
        f.close();

        auto listen = [&](int count, QByteArray *out, QByteArray *err) {
            QProcess cli;
            cli.start(QStringLiteral(SB_CLI_BINARY),
                {QStringLiteral("listen"), QStringLiteral("team"), QStringLiteral("--config"), config,
                    QStringLiteral("--count"), QString::number(count), QStringLiteral("--timeout"),
                    QStringLiteral("30")});
            if (!cli.waitForFinished(60000))
                return -1;
            *out = cli.readAllStandardOutput();
            *err = cli.readAllStandardError();
            return cli.exitCode();
        };
        QByteArray out, err;
        QCOMPARE(listen(3, &out, &err), 0);
        QByteArray expected;
        EventJsonWriter::appendLines(expected, events.constData(), 3);
        QCOMPARE(out, expected);

        // The next run starts after what was printed: the other two and a new one; the broken one reported, not
        // printed.
        sink.write(batch(5, 1), {}, [&](qsizetype, const QString &) {});
        const int second = listen(3, &out, &err);
        QVERIFY2(second == 0, QByteArray(out + err).constData());
        // The first run refused (NAK) what it did not print, so it comes again at once, after the newer k5 maybe.
        QStringList keys;
        for (const QByteArray &l : out.split('\n'))
            if (!l.isEmpty())
                keys << QJsonDocument::fromJson(l).object().value(QStringLiteral("key")).toString();
        keys.sort();
        QCOMPARE(keys, (QStringList {QStringLiteral("k3"), QStringLiteral("k4"), QStringLiteral("k5")}));
        QVERIFY2(err.contains("\"feed\":\"team\"") && err.contains("relay_bad_message"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestListenCommandRelay)
#include "tst_listen_command_relay.moc"
