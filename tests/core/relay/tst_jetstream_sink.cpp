#include "event/event_json_writer.h"
#include "jetstream_reader.h"
#include "nats_server.h"
#include "relay/jetstream_sink.h"
#include "relay/nats_connection.h"
#include "relay_events.h"
#include "relay_test_server.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace sb;
using test::batch;

namespace {

QByteArray line(const Event &e)
{
    QByteArray out;
    EventJsonWriter::append(out, e);
    return out;
}

// One write's answer, as the host sees it.
struct Answer
{
    bool given = false;
    qsizetype durable = -1;
    QString error;
    int calls = 0;
    qint64 storedWhenAnswered = -1; // what the stream held at the moment of the answer
};

} // namespace

class TestJetStreamSink : public QObject
{
    Q_OBJECT

private:
    RelayConfig config(const test::NatsServer &server, const QString &stream = QStringLiteral("SWITCHBOARD"))
    {
        RelayConfig c;
        c.natsUrl = server.url();
        c.stream = stream;
        c.ackTimeoutMs = 1500;
        return c;
    }

    void write(JetStreamSink &sink, const EventBatch &events, Answer *answer, test::JetStreamReader *reader = nullptr,
        const QString &stream = QStringLiteral("SWITCHBOARD"))
    {
        sink.write(events, {}, [answer, reader, stream](qsizetype durable, const QString &error) {
            answer->given = true;
            answer->durable = durable;
            answer->error = error;
            ++answer->calls;
            if (reader)
                answer->storedWhenAnswered = reader->messageCount(stream);
        });
    }

    // A server taking clients and a connection opened on it to the stream SWITCHBOARD, where most tests start.
    struct OpenRelay
    {
        test::NatsServer server;
        std::unique_ptr<NatsConnection> connection;
        QString error;
    };
    bool open(OpenRelay &relay)
    {
        if (!test::startedAndAccepting(relay.server)) {
            relay.error = QStringLiteral("nats-server did not take clients within 15 s");
            return false;
        }
        relay.connection = std::make_unique<NatsConnection>(config(relay.server));
        return relay.connection->open(&relay.error);
    }

private Q_SLOTS:
    void aSinkThatNeverPublishedClosesCleanly()
    {
        if (!test::NatsServer::available())
            return;
        OpenRelay relay;
        QVERIFY2(open(relay), qPrintable(relay.error));
        auto sink = std::make_unique<JetStreamSink>(relay.connection.get());
        sink.reset(); // a relay stopped before its first event: nothing pending, nothing to take back
        QVERIFY(relay.connection->isOpen());
    }

    void publishesEachEventOnItsSubjectWithMsgIdAndJsonLine()
    {
        if (!test::NatsServer::available())
            return;
        OpenRelay relay;
        QVERIFY2(open(relay), qPrintable(relay.error));
        test::JetStreamReader reader(relay.server.url());
        QVERIFY(reader.ok());
        QCOMPARE(reader.messageCount(QStringLiteral("SWITCHBOARD")), 0); // created by open(), empty

        JetStreamSink sink(relay.connection.get());
        const EventBatch events = batch(QStringLiteral("opera"), QStringLiteral("hotel.event"), 0, 50)
            + batch(QStringLiteral("doors"), QStringLiteral("door.entry"), 0, 3);
        Answer answer;
        write(sink, events, &answer, &reader);
        QTRY_VERIFY_WITH_TIMEOUT(answer.given, 10000);
        QCOMPARE(answer.durable, events.size());
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
        QCOMPARE(answer.calls, 1);
        // The answer came after JetStream stored every event it covers, not before.
        QCOMPARE(answer.storedWhenAnswered, qint64(events.size()));

        const QList<test::StreamMessage> stored = reader.readAll(QStringLiteral("SWITCHBOARD"), int(events.size()));
        QCOMPARE(stored.size(), events.size());
        for (int i = 0; i < events.size(); ++i) {
            const Event &e = events.at(i);
            QCOMPARE(stored.at(i).subject, "sb." + e.feed.toUtf8() + '.' + e.kind.toUtf8());
            QCOMPARE(stored.at(i).msgId, e.feed.toUtf8() + '/' + e.key.toUtf8());
            QCOMPARE(stored.at(i).data, line(e));
        }
    }

    void aDuplicateMsgIdIsDroppedByTheServer()
    {
        if (!test::NatsServer::available())
            return;
        OpenRelay relay;
        QVERIFY2(open(relay), qPrintable(relay.error));
        test::JetStreamReader reader(relay.server.url());
        JetStreamSink sink(relay.connection.get());
        const EventBatch events = batch(QStringLiteral("alerts"), QStringLiteral("alert"), 0, 20);
        Answer first;
        write(sink, events, &first);
        QTRY_VERIFY_WITH_TIMEOUT(first.given, 10000);
        QCOMPARE(first.durable, 20);
        // The same events again (a redelivered SQS message after a crash) plus new ones: the repeats are durable
        // already, so acknowledged, and stored once.
        Answer second;
        write(sink, events + batch(QStringLiteral("alerts"), QStringLiteral("alert"), 20, 5), &second);
        QTRY_VERIFY_WITH_TIMEOUT(second.given, 10000);
        QCOMPARE(second.durable, 25);
        QVERIFY(second.error.isEmpty());
        QCOMPARE(reader.messageCount(QStringLiteral("SWITCHBOARD")), 25);
    }

    void aRefusedPublishReportsTheDurablePrefixAndWhy()
    {
        if (!test::NatsServer::available())
            return;
        test::NatsServer server;
        QVERIFY(test::startedAndAccepting(server));
        // The stream exists already and takes 3 messages, refusing the rest: JetStream acks the first three and
        // answers the others with an error, all in one pipelined batch.
        test::JetStreamReader reader(server.url());
        QVERIFY(reader.createLimited(QStringLiteral("LIMITED"), 3));
        NatsConnection connection(config(server, QStringLiteral("LIMITED")));
        QString error;
        QVERIFY2(connection.open(&error), qPrintable(error));
        JetStreamSink sink(&connection);
        Answer answer;
        write(sink, batch(QStringLiteral("opera"), QStringLiteral("hotel.event"), 0, 6), &answer);
        QTRY_VERIFY_WITH_TIMEOUT(answer.given, 10000);
        QCOMPARE(answer.durable, 3);
        QVERIFY2(answer.error.contains(QStringLiteral("relay ") + server.url()), qPrintable(answer.error));
        QVERIFY2(
            answer.error.contains(QStringLiteral("maximum messages"), Qt::CaseInsensitive), qPrintable(answer.error));
        QCOMPARE(reader.messageCount(QStringLiteral("LIMITED")), 3);
    }

    void aStoppedServerAcknowledgesNothingPastWhatWasStored()
    {
        if (!test::NatsServer::available())
            return;
        OpenRelay relay;
        QVERIFY2(open(relay), qPrintable(relay.error));
        QSignalSpy lost(relay.connection.get(), &NatsConnection::disconnected);
        QSignalSpy back(relay.connection.get(), &NatsConnection::reconnected);
        JetStreamSink sink(relay.connection.get());
        Answer before;
        write(sink, batch(QStringLiteral("opera"), QStringLiteral("hotel.event"), 0, 10), &before);
        QTRY_VERIFY_WITH_TIMEOUT(before.given, 10000);
        QCOMPARE(before.durable, 10);

        // A batch large enough to be in flight when the server dies: whatever the cut, the answer covers only
        // events JetStream stored, and names the relay and the reason.
        relay.server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(lost.count() >= 1, 10000);
        Answer during;
        write(sink, batch(QStringLiteral("opera"), QStringLiteral("hotel.event"), 10, 200), &during);
        QTRY_VERIFY_WITH_TIMEOUT(during.given, 15000);
        QCOMPARE(during.durable, 0);
        QVERIFY2(during.error.contains(QStringLiteral("relay ") + relay.server.url()), qPrintable(during.error));
        QVERIFY2(during.error.contains(QStringLiteral("reconnecting")), qPrintable(during.error));

        // The server back on its store: the relay reconnects by itself and the events come again (upstream kept
        // them); the stream holds each once.
        relay.server.start();
        QTRY_VERIFY_WITH_TIMEOUT(back.count() >= 1, 20000);
        Answer after;
        write(sink, batch(QStringLiteral("opera"), QStringLiteral("hotel.event"), 10, 200), &after);
        QTRY_VERIFY_WITH_TIMEOUT(after.given, 15000);
        QCOMPARE(after.durable, 200);
        test::JetStreamReader reader(relay.server.url());
        QCOMPARE(reader.messageCount(QStringLiteral("SWITCHBOARD")), 210);
    }

    void aServerStoppedMidBatchAcknowledgesOnlyWhatItStored()
    {
        if (!test::NatsServer::available())
            return;
        OpenRelay relay;
        QVERIFY2(open(relay), qPrintable(relay.error));
        JetStreamSink sink(relay.connection.get());
        const EventBatch events = batch(QStringLiteral("alerts"), QStringLiteral("alert"), 0, 20000);
        Answer answer;
        write(sink, events, &answer);
        {
            test::JetStreamReader reader(relay.server.url());
            QTRY_VERIFY_WITH_TIMEOUT(reader.messageCount(QStringLiteral("SWITCHBOARD")) > 0, 15000);
        }
        relay.server.stop(); // most likely mid-batch: the first acks are in, thousands are not
        QTRY_VERIFY_WITH_TIMEOUT(answer.given, 20000);
        QCOMPARE(answer.calls, 1);
        if (answer.durable < events.size())
            QVERIFY2(answer.error.contains(QStringLiteral("relay ") + relay.server.url()), qPrintable(answer.error));
        // What the killed server had stored, read where the relay cannot reach it to add more: at least every
        // event the sink reported durable.
        relay.server.startOnAnotherPort();
        QTRY_VERIFY_WITH_TIMEOUT(relay.server.accepting(), 15000);
        test::JetStreamReader reader(relay.server.url());
        const qint64 stored = reader.messageCount(QStringLiteral("SWITCHBOARD"));
        QVERIFY2(stored >= answer.durable,
            qPrintable(QStringLiteral("%1 reported durable, %2 stored").arg(answer.durable).arg(stored)));
        qInfo("stopped mid-batch: %lld of %lld reported durable, %lld stored", qint64(answer.durable),
            qint64(events.size()), stored);
    }

    void anUnreachableRelayIsAClearError()
    {
        RelayConfig c;
        c.natsUrl = QStringLiteral("nats://127.0.0.1:1"); // nothing listens on port 1
        c.connectTimeoutMs = 1000;
        NatsConnection connection(c);
        QString error;
        QVERIFY(!connection.open(&error));
        QVERIFY2(error.startsWith(QStringLiteral("relay nats://127.0.0.1:1 stream SWITCHBOARD: cannot connect")),
            qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestJetStreamSink)
#include "tst_jetstream_sink.moc"
