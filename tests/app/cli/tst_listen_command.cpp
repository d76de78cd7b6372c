// `switchboard-cli listen`, the real binary, against the Data Platform and OHIP emulators: only printed events are
// acknowledged upstream (--count cuts a run short and the rest comes in the next run), and with --store a run killed
// with SIGKILL mid-stream loses nothing: the union of two runs' histories holds every event exactly once.
#include "../../support/cli_run.h"
#include "../../support/opera_kept_offset.h"
#include "feeds/opera/opera_feed.h"
#include "sim/alerts/alerts_emulator.h"
#include "sim/alerts/sqs_queue_server.h"
#include "sim/opera/opera_emulator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <csignal>

using namespace sb;

namespace {

QStringList storedKeys(const QString &path, const char *feed)
{
    QStringList out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT key FROM events WHERE feed = ?1", -1, &s, nullptr) == SQLITE_OK) {
            sqlite3_bind_text(s, 1, feed, -1, SQLITE_STATIC);
            while (sqlite3_step(s) == SQLITE_ROW)
                out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        }
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return out;
}

// The offsets of the OPERA events a history holds (they ride in the tags as "offset:N"), sorted.
QList<qint64> storedEventOffsets(const QString &path)
{
    QList<qint64> out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT tags FROM events WHERE feed = 'opera'", -1, &s, nullptr) == SQLITE_OK) {
            while (sqlite3_step(s) == SQLITE_ROW) {
                const QString tags = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
                for (const QString &tag : tags.split(QLatin1Char('\n')))
                    if (tag.startsWith(QLatin1String("offset:")))
                        out << tag.mid(7).toLongLong();
            }
        }
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    std::sort(out.begin(), out.end());
    return out;
}

QList<qint64> offsetsUpTo(qint64 last)
{
    QList<qint64> out;
    for (qint64 i = 1; i <= last; ++i)
        out << i;
    return out;
}

sim::AlertsEmulatorOptions alertsOptions()
{
    sim::AlertsEmulatorOptions o;
    o.alertsPerSecond = 0;
    o.visibilityTimeoutSeconds = 2;
    return o;
}

QJsonObject alertsConfig(const sim::AlertsEmulator &emulator)
{
    QJsonObject c = emulator.feedConfig(QStringLiteral("alerts"));
    c.insert(QStringLiteral("waitTimeSeconds"), 1);
    return c;
}

sim::OperaEmulatorOptions operaOptions()
{
    sim::OperaEmulatorOptions o;
    o.pingIntervalMs = 200;
    return o;
}

// The CLI's OPERA feed, its consumer lock in `dir`; a stop waits a second for the server's close.
QJsonObject operaConfig(const sim::OperaEmulator &emulator, const QTemporaryDir &dir)
{
    QJsonObject feed = emulator.feedConfig(QStringLiteral("opera"));
    feed.insert(QStringLiteral("lockDir"), dir.path());
    feed.insert(QStringLiteral("closeWaitMs"), 1000);
    return feed;
}

} // namespace

class TestListenCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A config with a misspelt key, a wrongly typed value or a secret sent in clear never starts: exit 2, and stderr
    // names the feed (or section) and the key.
    void configMistakesExitTwo_data()
    {
        const QJsonObject news {{QStringLiteral("name"), QStringLiteral("news")},
            {QStringLiteral("type"), QStringLiteral("mrn")},
            {QStringLiteral("tokenUrl"), QStringLiteral("https://api.example.com/token")},
            {QStringLiteral("discoveryUrl"), QStringLiteral("https://api.example.com/streaming/")},
            {QStringLiteral("clientId"), QStringLiteral("id")}, {QStringLiteral("clientSecret"), QStringLiteral("s")}};
        auto withKey = [&news](const char *key, const QJsonValue &value) {
            QJsonObject feed = news;
            feed.insert(QLatin1String(key), value);
            return QJsonObject {{QStringLiteral("feeds"), QJsonArray {feed}}};
        };
        QTest::addColumn<QJsonObject>("root");
        QTest::addColumn<QString>("mention");
        QTest::newRow("misspelt key") << withKey("clientSecert", QStringLiteral("s"))
                                      << QStringLiteral("unknown key \\\"clientSecert\\\"");
        QTest::newRow("string for a number")
            << withKey("reconnectMinMs", QStringLiteral("1000")) << QStringLiteral("must be a number, got a string");
        QTest::newRow("token in clear") << withKey("discoveryUrl", QStringLiteral("http://api.example.com/s/"))
                                        << QStringLiteral("sends the access token in clear");
        QTest::newRow("misspelt ui key") << QJsonObject {{QStringLiteral("feeds"), QJsonArray {news}},
            {QStringLiteral("ui"), QJsonObject {{QStringLiteral("blotterRow"), 10}}}}
                                         << QStringLiteral("unknown key \"blotterRow\"");
    }
    void configMistakesExitTwo()
    {
        QFETCH(QJsonObject, root);
        QFETCH(QString, mention);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(root).toJson());
        f.close();
        QProcess cli;
        cli.start(QStringLiteral(SB_CLI_BINARY),
            {QStringLiteral("listen"), QStringLiteral("news"), QStringLiteral("--config"), path});
        QVERIFY(cli.waitForFinished(30000));
        const QString errors = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY2(errors.contains(mention), qPrintable(errors));
        QVERIFY2(cli.readAllStandardOutput().isEmpty(), "nothing is printed");
    }

    // --filter prints what the query matches; what it leaves out is not acknowledged, so a filter never makes an
    // alert disappear from the queue. A malformed query exits 2 naming its token.
    void filterPrintsMatchesAndAcknowledgesNothingElse()
    {
        sim::AlertsEmulator emulator(alertsOptions());
        QVERIFY(emulator.start());
        sim::SqsQueueServer *sqs = emulator.queueServer();
        QTemporaryDir dir;
        const QString config = test::writeFeedConfig(dir, alertsConfig(emulator));
        {
            test::CliRun none({QStringLiteral("listen"), QStringLiteral("alerts"), QStringLiteral("--config"), config,
                QStringLiteral("--filter"), QStringLiteral("feed:elsewhere"), QStringLiteral("--timeout"),
                QStringLiteral("4")});
            QTRY_VERIFY_WITH_TIMEOUT(sqs->waitingPolls() == 1, 15000);
            emulator.publish(4);
            QTRY_VERIFY_WITH_TIMEOUT(none.finished(), 20000);
            none.drain();
            QCOMPARE(none.process.exitCode(), 3);
            QVERIFY(none.events.isEmpty());
            QCOMPARE(sqs->messagesDeleted(), 0);
        }
        test::CliRun all({QStringLiteral("listen"), QStringLiteral("alerts"), QStringLiteral("--config"), config,
            QStringLiteral("--filter"), QStringLiteral("FEED:alerts kind:alert"), QStringLiteral("--count"),
            QStringLiteral("4")});
        QTRY_VERIFY_WITH_TIMEOUT(all.finished(), 20000);
        all.drain();
        QCOMPARE(all.process.exitCode(), 0);
        QCOMPARE(all.events.size(), 4);
        QCOMPARE(sqs->messagesDeleted(), 4);

        test::CliRun bad({QStringLiteral("listen"), QStringLiteral("alerts"), QStringLiteral("--config"), config,
            QStringLiteral("--filter"), QStringLiteral("R:")});
        QTRY_VERIFY_WITH_TIMEOUT(bad.finished(), 15000);
        bad.drain();
        QCOMPARE(bad.process.exitCode(), 2);
        QCOMPARE(bad.errors().size(), 1);
        const QString message = bad.errors().first().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QLatin1String("\"R:\"")), qPrintable(message));
    }

    void countAcknowledgesOnlyWhatItPrinted()
    {
        // A visibility timeout longer than the test may take: the second run gets the rest only if the first
        // handed them back.
        sim::AlertsEmulatorOptions options = alertsOptions();
        options.visibilityTimeoutSeconds = 60;
        sim::AlertsEmulator emulator(options);
        QVERIFY(emulator.start());
        sim::SqsQueueServer *sqs = emulator.queueServer();
        QTemporaryDir dir;
        const QString config = test::writeFeedConfig(dir, alertsConfig(emulator));
        QStringList published;
        QStringList printed;
        {
            test::CliRun run({QStringLiteral("listen"), QStringLiteral("alerts"), QStringLiteral("--config"), config,
                QStringLiteral("--count"), QStringLiteral("3")});
            QTRY_VERIFY_WITH_TIMEOUT(sqs->waitingPolls() == 1, 15000);
            published = emulator.publish(10);
            QTRY_VERIFY_WITH_TIMEOUT(run.finished(), 15000);
            QCOMPARE(run.process.exitCode(), 0);
            QCOMPARE(run.events.size(), 3);
            QCOMPARE(sqs->messagesDeleted(), 3);
            printed = run.keys();
        }
        // Nothing it did not print is left in flight: the seven were released, not left to their timeout.
        QTRY_COMPARE_WITH_TIMEOUT(sqs->inFlightCount(emulator.subscriptionIds().first()), 0, 5000);
        QVERIFY(sqs->visibilityChanges() >= 7);
        // So the next run gets them at once, not a minute later.
        QElapsedTimer clock;
        clock.start();
        test::CliRun second({QStringLiteral("listen"), QStringLiteral("alerts"), QStringLiteral("--config"), config,
            QStringLiteral("--count"), QStringLiteral("7")});
        QTRY_VERIFY_WITH_TIMEOUT(second.finished(), 20000);
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(second.process.exitCode(), 0);
        QCOMPARE(sqs->messagesDeleted(), 10);
        // Every alert printed exactly once over the two runs.
        printed += second.keys();
        printed.sort();
        published.sort();
        QCOMPARE(printed, published);
    }

    void storeRunKilledMidStreamLosesNothing()
    {
        sim::AlertsEmulator emulator(alertsOptions());
        QVERIFY(emulator.start());
        sim::SqsQueueServer *sqs = emulator.queueServer();
        QTemporaryDir dir;
        const QString config = test::writeFeedConfig(dir, alertsConfig(emulator));
        const QString history = dir.filePath(QStringLiteral("history.sqlite"));
        const QStringList args {QStringLiteral("listen"), QStringLiteral("alerts"), QStringLiteral("--config"), config,
            QStringLiteral("--store"), history};
        QStringList published;
        {
            test::CliRun run(args);
            QTRY_VERIFY_WITH_TIMEOUT(sqs->waitingPolls() == 1, 15000);
            for (int i = 0; i < 10; ++i)
                published += emulator.publish(5);
            QTRY_VERIFY_WITH_TIMEOUT(run.events.size() >= 10, 15000);
            ::kill(pid_t(run.process.processId()), SIGKILL);
            QTRY_VERIFY(run.finished());
        }
        // Nothing deleted that is not stored.
        const int deletedBefore = sqs->messagesDeleted();
        QVERIFY(storedKeys(history, "alerts").size() >= deletedBefore);
        test::CliRun again(args);
        QTRY_VERIFY_WITH_TIMEOUT(sqs->messagesDeleted() == 50, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(storedKeys(history, "alerts").size(), 50, 5000);
        QStringList stored = storedKeys(history, "alerts");
        stored.sort();
        published.sort();
        QCOMPARE(stored, published);
    }

    void operaStoreRunKilledMidStreamLosesNothing()
    {
        sim::OperaEmulator emulator(operaOptions());
        QVERIFY(emulator.start());
        QTemporaryDir dir;
        QJsonObject feed = operaConfig(emulator, dir);
        feed.insert(QStringLiteral("reconnectMinMs"), 50);
        feed.insert(QStringLiteral("reconnectMaxMs"), 200);
        feed.insert(QStringLiteral("lockoutSec"), 1);
        const QString config = test::writeFeedConfig(dir, feed);
        const QString history = dir.filePath(QStringLiteral("history.sqlite"));
        const QStringList args {QStringLiteral("listen"), QStringLiteral("opera"), QStringLiteral("--config"), config,
            QStringLiteral("--store"), history};
        {
            test::CliRun run(args);
            QTRY_COMPARE_WITH_TIMEOUT(emulator.subscriptions(), 1, 15000);
            emulator.publish(60);
            QTRY_VERIFY_WITH_TIMEOUT(run.events.size() >= 10, 15000);
            ::kill(pid_t(run.process.processId()), SIGKILL);
            QTRY_VERIFY(run.finished());
        }
        // The offset the killed run kept never runs ahead of its events: every event up to it is in the history.
        const qint64 kept = test::keptOperaOffset(history);
        QVERIFY(kept >= 1);
        const QList<qint64> before = storedEventOffsets(history);
        QVERIFY2(before.mid(0, int(kept)) == offsetsUpTo(kept),
            qPrintable(QStringLiteral("offset %1 kept with %2 events").arg(kept).arg(before.size())));
        // The next run resumes after it; the union of both runs is every event, each once (keys are unique).
        test::CliRun again(args);
        QTRY_COMPARE_WITH_TIMEOUT(storedEventOffsets(history), offsetsUpTo(60), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(test::keptOperaOffset(history), qint64(60), 10000);
    }

    void operaCountKeepsTheOffsetAtWhatWasPrinted()
    {
        sim::OperaEmulator emulator(operaOptions());
        QVERIFY(emulator.start());
        QTemporaryDir dir;
        QJsonObject feed = operaConfig(emulator, dir);
        feed.insert(QStringLiteral("statePath"), dir.filePath(QStringLiteral("state.sqlite")));
        const QString config = test::writeFeedConfig(dir, feed);
        {
            test::CliRun run({QStringLiteral("listen"), QStringLiteral("opera"), QStringLiteral("--config"), config,
                QStringLiteral("--count"), QStringLiteral("3")});
            QTRY_COMPARE_WITH_TIMEOUT(emulator.subscriptions(), 1, 15000);
            emulator.publish(10);
            QTRY_VERIFY_WITH_TIMEOUT(run.finished(), 15000);
            QCOMPARE(run.process.exitCode(), 0);
            QCOMPARE(run.events.size(), 3);
        }
        // The next run resumes after the third event: the seven not printed come again.
        test::CliRun second({QStringLiteral("listen"), QStringLiteral("opera"), QStringLiteral("--config"), config,
            QStringLiteral("--count"), QStringLiteral("7")});
        QTRY_VERIFY_WITH_TIMEOUT(second.finished(), 20000);
        QCOMPARE(second.process.exitCode(), 0);
        QVERIFY(emulator.subscribeQueries().last().contains(QLatin1String("offset: \"4\"")));
        QCOMPARE(second.events.size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestListenCommand)
#include "tst_listen_command.moc"
