// `switchboard-cli listen` on a pubsub feed, the real binary against the pub/sub emulator: a configured topic that
// cannot be subscribed to is refused with an error naming it on stderr and exit code 2, whether the name itself is
// refused when the config is read (nothing connects) or the token's permissions or the server refuse it at run time.
#include "../../support/cli_run.h"
#include "sim/pubsub/pubsub_emulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

sim::PubSubEmulatorOptions quietOptions()
{
    sim::PubSubEmulatorOptions o;
    o.pingIntervalMs = 0;
    return o;
}

} // namespace

class TestListenCommandPubSub : public QObject
{
    Q_OBJECT
private:
    // Runs `listen pubsub` on `feed` to its end (the test's event loop keeps the emulator answering meanwhile).
    static std::unique_ptr<test::CliRun> listen(const QJsonObject &feed, const QTemporaryDir &dir)
    {
        auto run = std::make_unique<test::CliRun>(
            QStringList {QStringLiteral("listen"), QStringLiteral("pubsub"), QStringLiteral("--config"),
                test::writeFeedConfig(dir, feed), QStringLiteral("--timeout"), QStringLiteral("60")});
        if (!QTest::qWaitFor([&run] { return run->finished(); }, 30000))
            qWarning("switchboard-cli did not end within 30 s");
        run->drain();
        return run;
    }

private Q_SLOTS:
    void statedTopicRefusedWhenTheConfigIsRead_data()
    {
        QTest::addColumn<QJsonArray>("topics");
        QTest::addColumn<QString>("expected");
        QTest::newRow("private") << QJsonArray {QStringLiteral("prices"), QStringLiteral("priv/ops")}
                                 << QStringLiteral("feed \"pubsub\": topics[1]: topic \"priv/ops\" is private");
        QTest::newRow("empty") << QJsonArray {QString(), QStringLiteral("prices")}
                               << QStringLiteral("feed \"pubsub\": topics[0]: topic \"\" is empty");
        QTest::newRow("malformed") << QJsonArray {QStringLiteral("prices "), QStringLiteral("chat")}
                                   << QStringLiteral("feed \"pubsub\": topics[0]: topic \"prices \" starts or ends");
    }
    void statedTopicRefusedWhenTheConfigIsRead()
    {
        QFETCH(QJsonArray, topics);
        QFETCH(QString, expected);
        sim::PubSubEmulator emulator(quietOptions());
        QVERIFY(emulator.start());
        QJsonObject feed = emulator.feedConfig();
        feed.insert(QStringLiteral("topics"), topics);
        QTemporaryDir dir;
        const auto run = listen(feed, dir);
        QVERIFY(run->finished());
        QCOMPARE(run->process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(run->process.exitCode(), 2);
        QCOMPARE(run->errors().size(), 1);
        const QJsonObject error = run->errors().first();
        QCOMPARE(error.value(QStringLiteral("feed")).toString(), QStringLiteral("pubsub"));
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("config"));
        QVERIFY2(error.value(QStringLiteral("message")).toString().startsWith(expected),
            qPrintable(error.value(QStringLiteral("message")).toString()));
        // Refused before connecting.
        QCOMPARE(emulator.connections(), 0);
    }

    void topicTheTokenDoesNotAllowEndsTheRun()
    {
        sim::PubSubEmulator emulator(quietOptions());
        QVERIFY(emulator.start());
        QJsonObject feed = emulator.feedConfig();
        feed.insert(QStringLiteral("topics"), QJsonArray {QStringLiteral("prices"), QStringLiteral("secure/inbound")});
        feed.insert(QStringLiteral("permissions"), QJsonArray {QStringLiteral("realtime:publisher:write:topic:*")});
        QTemporaryDir dir;
        const auto run = listen(feed, dir);
        QVERIFY(run->finished());
        QCOMPARE(run->process.exitCode(), 2);
        QVERIFY(!run->errors().isEmpty());
        const QJsonObject error = run->errors().last();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("topic_refused"));
        QCOMPARE(error.value(QStringLiteral("stage")).toString(), QStringLiteral("subscribe"));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QLatin1String("\"secure/inbound\"")),
            qPrintable(error.value(QStringLiteral("message")).toString()));
        QCOMPARE(emulator.connections(), 0);
    }

    void topicTheServerRefusesEndsTheRun()
    {
        sim::PubSubEmulator emulator(quietOptions());
        QVERIFY(emulator.start());
        emulator.setFault(sim::PubSubFault::RefuseSecureSubscriptions, true);
        QJsonObject feed = emulator.feedConfig();
        feed.insert(QStringLiteral("topics"), QJsonArray {QStringLiteral("prices"), QStringLiteral("secure/inbound")});
        QTemporaryDir dir;
        const auto run = listen(feed, dir);
        QVERIFY(run->finished());
        QCOMPARE(run->process.exitCode(), 2);
        QVERIFY(!run->errors().isEmpty());
        const QJsonObject error = run->errors().last();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("topic_refused"));
        const QString message = error.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QLatin1String("\"secure/inbound\"")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("1008")), qPrintable(message));
        QCOMPARE(emulator.connections(), 1);
    }
};

QTEST_GUILESS_MAIN(TestListenCommandPubSub)
#include "tst_listen_command_pubsub.moc"
