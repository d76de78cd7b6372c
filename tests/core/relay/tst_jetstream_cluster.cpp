// The relay's sink against a three-node JetStream cluster on loopback with a stream replicated three times: the
// stream's leader, or the node the relay is connected to, is killed (SIGKILL) mid-stream; publishing goes on once a
// new leader is elected (or the relay has moved to another node), every event whose publish was acknowledged is in
// the stream afterwards, and each is there once (what the sink re-sent after the cut was dropped by its Msg-Id).
#include "jetstream_reader.h"
#include "nats_cluster.h"
#include "relay/jetstream_sink.h"
#include "relay/nats_connection.h"
#include "relay_events.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace sb;
using test::batch;

namespace {

struct Answer
{
    bool given = false;
    qsizetype durable = -1;
    QString error;
};

} // namespace

class TestJetStreamCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aKilledNodeLosesNothingAndPublishingGoesOn_data()
    {
        QTest::addColumn<bool>("killTheLeader");
        QTest::newRow("the stream's leader") << true;
        QTest::newRow("the relay's node") << false;
    }
    void aKilledNodeLosesNothingAndPublishingGoesOn()
    {
        QFETCH(bool, killTheLeader);
        if (!test::NatsServer::available())
            return;
        test::NatsCluster cluster;
        cluster.start();
        QTRY_VERIFY_WITH_TIMEOUT(cluster.accepting(), 20000);
        {
            test::JetStreamReader probe(cluster.urls());
            QVERIFY(probe.ok());
            QTRY_VERIFY_WITH_TIMEOUT(probe.jetStreamReady(), 30000); // the meta leader is elected
            // ... and has heard from every peer (CI once created the stream between the two: 10005)
            QTRY_VERIFY_WITH_TIMEOUT(probe.canPlaceReplicas(test::NatsCluster::Size), 30000);
        }

        // The relay is given one node, as its config names one URL; it learns the others from the cluster.
        RelayConfig c;
        c.natsUrl = cluster.node(0).url();
        c.replicas = 3;
        c.ackTimeoutMs = 2000;
        NatsConnection connection(c);
        QString error;
        QVERIFY2(connection.open(&error), qPrintable(error));
        QString leader;
        {
            test::JetStreamReader probe(cluster.urls());
            int replicas = 0;
            QTRY_VERIFY_WITH_TIMEOUT(!(leader = probe.streamLeader(c.stream, &replicas)).isEmpty(), 20000);
            QCOMPARE(replicas, 3);
        }
        test::NatsServer *victim = killTheLeader ? cluster.nodeNamed(leader) : &cluster.node(0);
        QVERIFY2(victim, qPrintable(leader));

        JetStreamSink sink(&connection);
        constexpr int Batches = 30, PerBatch = 50, KillAfter = 10;
        QSet<QByteArray> acknowledged;
        int failedWrites = 0;
        QString firstError;
        qint64 failoverMs = -1;
        QElapsedTimer sinceKill;
        for (int b = 0; b < Batches; ++b) {
            EventBatch pending = batch(b * PerBatch, PerBatch);
            bool killNow = b == KillAfter;
            // Like a feed whose upstream keeps what was not acknowledged: the rest of a batch is written again until
            // JetStream has it, within a deadline.
            QElapsedTimer deadline;
            deadline.start();
            while (!pending.isEmpty()) {
                QVERIFY2(deadline.elapsed() < 60000, "publishing did not resume within 60 s");
                Answer answer;
                sink.write(pending, {}, [&answer](qsizetype durable, const QString &why) {
                    answer.given = true;
                    answer.durable = durable;
                    answer.error = why;
                });
                if (killNow) { // mid-stream: this batch is in flight when the leader dies
                    victim->kill();
                    sinceKill.start();
                    killNow = false;
                }
                QTRY_VERIFY_WITH_TIMEOUT(answer.given, 30000);
                for (qsizetype i = 0; i < answer.durable; ++i)
                    acknowledged.insert(pending.at(i).feed.toUtf8() + '/' + pending.at(i).key.toUtf8());
                if (answer.durable < pending.size()) {
                    if (failedWrites++ == 0)
                        firstError = answer.error;
                    QVERIFY2(answer.error.contains(QStringLiteral("relay ")), qPrintable(answer.error));
                }
                pending = pending.mid(answer.durable);
            }
            if (b >= KillAfter && failoverMs < 0)
                failoverMs = sinceKill.elapsed();
        }
        QCOMPARE(acknowledged.size(), Batches * PerBatch);
        qInfo("%s killed mid-stream (leader %s): publishing acknowledged again after %lld ms (%d writes cut short, "
              "the first: %s)",
            qPrintable(victim->name()), qPrintable(leader), failoverMs, failedWrites, qPrintable(firstError));

        // Read back from the two survivors: every acknowledged event, each once.
        test::JetStreamReader reader(cluster.urls());
        QVERIFY(reader.ok());
        QTRY_COMPARE_WITH_TIMEOUT(reader.readAll(c.stream).size(), Batches * PerBatch, 30000);
        QSet<QByteArray> stored;
        for (const test::StreamMessage &m : reader.readAll(c.stream))
            stored.insert(m.msgId);
        QCOMPARE(stored.size(), Batches * PerBatch); // no Msg-Id twice
        QCOMPARE(stored, acknowledged);
        QCOMPARE(reader.messageCount(c.stream), qint64(Batches * PerBatch));
        if (victim->name() == leader)
            QVERIFY(reader.streamLeader(c.stream) != leader);
    }
};

QTEST_GUILESS_MAIN(TestJetStreamCluster)
#include "tst_jetstream_cluster.moc"
