// The alerts feed end to end against the Data Platform emulator over loopback with TLS: token, subscription
// (found or created), cloud credentials, SigV4-signed SQS long polling, AES-GCM, the history store as the point
// after which a message is deleted; credential expiry mid-run, redelivered duplicates, quarantined messages, claim
// checks, SQS 5xx, the Query protocol and the pane's subscription commands; a redelivery while its delete is under
// way.
#include "feeds/alerts/alerts_feed.h"
#include "pipeline/feed_host.h"
#include "pipeline/feed_registry.h"
#include "sim/alerts/alerts_emulator.h"
#include "sim/alerts/sqs_queue_server.h"
#include "store/event_store.h"

#include "feed_host_observer.h"
#include "registered_feed.h"
#include "store_session.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace sb;
using sim::AlertsEmulator;
using sim::AlertsEmulatorOptions;
using sim::AlertsFault;

namespace {

AlertsEmulatorOptions quietOptions()
{
    AlertsEmulatorOptions o;
    o.alertsPerSecond = 0; // the tests publish
    o.visibilityTimeoutSeconds = 2;
    return o;
}

QJsonObject testConfig(const AlertsEmulator &emulator, const QString &content = QStringLiteral("headlines"))
{
    QJsonObject c = emulator.feedConfig(QStringLiteral("alerts"), content);
    c.insert(QStringLiteral("waitTimeSeconds"), 2);
    c.insert(QStringLiteral("reconnectMinMs"), 50);
    c.insert(QStringLiteral("reconnectMaxMs"), 200);
    return c;
}

qint64 countRows(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            n = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return n;
}

struct Session : test::StoreSession
{
    explicit Session(const QString &dir)
        : StoreSession(dir + QStringLiteral("/history.sqlite"))
    { }
};

// One alerts feed running with the desk's history in a directory of its own, or in `dir` where the test reads the
// history once the run is over; against an emulator started before it.
struct AlertsRun
{
    explicit AlertsRun(const QJsonObject &config)
        : AlertsRun(ownDir, config)
    { }
    AlertsRun(const QTemporaryDir &dir, const QJsonObject &config)
        : session(dir.path())
        , seen(session.host)
    {
        session.host.addFeed(test::makeFeed(config));
        session.host.start();
    }
    QTemporaryDir ownDir; // first: the history in it outlives the session
    Session session;
    test::FeedHostObserver seen;
};

} // namespace

class TestAlertsIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerBuiltinFeeds(); }

    void subscribePollDecryptStoreDelete()
    {
        AlertsEmulator emulator(quietOptions());
        QVERIFY(emulator.start());
        sim::SqsQueueServer *sqs = emulator.queueServer();
        QTemporaryDir dir;
        {
            AlertsRun run(dir, testConfig(emulator));
            QTRY_COMPARE_WITH_TIMEOUT(emulator.subscriptionCount(), 1, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(sqs->waitingPolls() == 1, 10000);
            const QStringList published = emulator.publish(5);
            QCOMPARE(published.size(), 5);
            QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 5, 10000);
            QStringList keys;
            for (const Event &e : run.seen.events) {
                QCOMPARE(e.feed, QStringLiteral("alerts"));
                QVERIFY(e.kind.startsWith(QLatin1String("alert.")));
                QVERIFY(!e.title.isEmpty());
                QVERIFY(!e.language.isEmpty());
                QVERIFY(e.urgency >= 1);
                keys << e.key;
            }
            QCOMPARE(keys, published);
            // Deleted only once stored.
            QTRY_COMPARE_WITH_TIMEOUT(sqs->messagesDeleted(), 5, 10000);
            QCOMPARE(sqs->queueSize(emulator.queueName(emulator.subscriptionIds().first())), 0);
            QVERIFY(sqs->lastProtocol() == QLatin1String("json"));
            QVERIFY(run.seen.failures.isEmpty());
            QVERIFY(run.seen.stateTextContains(QStringLiteral("polling sqs-edsalerts-main-prod-usersqs-")));
        }
        QCOMPARE(countRows(dir.filePath(QStringLiteral("history.sqlite")),
                     "SELECT count(*) FROM events WHERE feed = 'alerts'"),
            5);

        // A second run finds the subscription with the same filter instead of creating another.
        {
            AlertsRun run(dir, testConfig(emulator));
            QTRY_COMPARE_WITH_TIMEOUT(emulator.credentialsIssued(), 2, 10000);
            emulator.publish(1);
            QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 1, 10000);
        }
        QCOMPARE(emulator.subscriptionsCreated(), 1);
    }

    void everyDeleteFollowsItsCommit()
    {
        // The order, not the final count: at the moment SQS sees the n-th delete, n alerts are in the history.
        AlertsEmulator emulator(quietOptions());
        QVERIFY(emulator.start());
        sim::SqsQueueServer *sqs = emulator.queueServer();
        QList<qint64> storedAtDelete;
        AlertsRun run(testConfig(emulator));
        const QString path = run.session.path;
        QObject::connect(sqs, &sim::SqsQueueServer::deleted, sqs, [&](const QString &, const QString &) {
            storedAtDelete << countRows(path, "SELECT count(*) FROM events WHERE feed = 'alerts'");
        });
        QTRY_VERIFY_WITH_TIMEOUT(sqs->waitingPolls() == 1, 10000);
        for (int i = 0; i < 4; ++i)
            emulator.publish(3);
        QTRY_COMPARE_WITH_TIMEOUT(sqs->messagesDeleted(), 12, 10000);
        QCOMPARE(storedAtDelete.size(), 12);
        for (int i = 0; i < storedAtDelete.size(); ++i)
            QVERIFY2(storedAtDelete.at(i) >= i + 1,
                qPrintable(QStringLiteral("delete %1 saw %2 stored").arg(i + 1).arg(storedAtDelete.at(i))));
    }

    void failedCommitLeavesTheAlertQueuedUntilItIsStored()
    {
        AlertsEmulator emulator(quietOptions());
        QVERIFY(emulator.start());
        sim::SqsQueueServer *sqs = emulator.queueServer();
        AlertsRun run(testConfig(emulator));
        QTRY_VERIFY_WITH_TIMEOUT(sqs->waitingPolls() == 1, 10000);
        run.session.store.setFailCommitsForTesting(1);
        const QStringList published = emulator.publish(1);
        // The failure is shown with the feed named, and the message is not deleted.
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.hasErrorCode(QStringLiteral("store_commit")), 10000);
        bool named = false;
        for (const FeedError &e : run.seen.errors)
            named |= e.feed == QLatin1String("alerts") && e.stage == FeedError::Stage::Store;
        QVERIFY(named);
        QCOMPARE(sqs->messagesDeleted(), 0);
        QCOMPARE(run.seen.events.size(), 0); // not shown while it is not kept
        // Released, it comes back, is decoded again (not a duplicate), stored, shown once, deleted.
        QTRY_COMPARE_WITH_TIMEOUT(sqs->messagesDeleted(), 1, 15000);
        QCOMPARE(run.seen.events.size(), 1);
        QCOMPARE(run.seen.events.first().key, published.first());
        // Stored, not deleted as a duplicate of the alert that was never kept.
        run.session.store.flush();
        QCOMPARE(countRows(run.session.path, "SELECT count(*) FROM events WHERE feed = 'alerts'"), 1);
        QVERIFY(run.seen.failures.isEmpty());
    }

    void failedCommitReleasesTheAlertAtOnce()
    {
        // A visibility timeout far beyond the wait below: only the release can bring the message back in time.
        AlertsEmulatorOptions options = quietOptions();
        options.visibilityTimeoutSeconds = 30;
        AlertsEmulator emulator(options);
        QVERIFY(emulator.start());
        sim::SqsQueueServer *sqs = emulator.queueServer();
        AlertsRun run(testConfig(emulator));
        QTRY_VERIFY_WITH_TIMEOUT(sqs->waitingPolls() == 1, 10000);
        run.session.store.setFailCommitsForTesting(1);
        QElapsedTimer clock;
        clock.start();
        const QStringList published = emulator.publish(1);
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.hasErrorCode(QStringLiteral("store_commit")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(sqs->messagesDeleted(), 1, 8000);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(sqs->visibilityChanges(), 1); // one ChangeMessageVisibility 0 for the one refused message
        QCOMPARE(sqs->messagesDelivered(), 2);
        QCOMPARE(run.seen.events.size(), 1);
        QCOMPARE(run.seen.events.first().key, published.first());
        run.session.store.flush();
        QCOMPARE(countRows(run.session.path, "SELECT count(*) FROM events WHERE feed = 'alerts'"), 1);
        QVERIFY(!run.seen.hasErrorCode(QStringLiteral("sqs_release")));
        QVERIFY(run.seen.failures.isEmpty());
    }

    void passwordGrantWorksToo()
    {
        AlertsEmulator emulator(quietOptions());
        QVERIFY(emulator.start());
        QJsonObject config = testConfig(emulator);
        config.remove(QStringLiteral("clientSecret"));
        config.insert(QStringLiteral("tokenUrl"), emulator.tokenUrlV1().toString());
        config.insert(QStringLiteral("username"), quietOptions().username);
        config.insert(QStringLiteral("password"), quietOptions().password);
        AlertsRun run(config);
        QTRY_VERIFY_WITH_TIMEOUT(emulator.queueServer()->waitingPolls() == 1, 10000);
        emulator.publish(2);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 2, 10000);
        QVERIFY(run.seen.failures.isEmpty());
    }

    void credentialExpiryMidRunLosesNothing()
    {
        AlertsEmulator emulator(quietOptions());
        QVERIFY(emulator.start());
        AlertsRun run(testConfig(emulator));
        QTRY_COMPARE_WITH_TIMEOUT(emulator.credentialsIssued(), 1, 10000);
        emulator.publish(3);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 3, 10000);
        // The hour runs out: SQS answers ExpiredToken; the feed gets new credentials and goes on polling.
        emulator.trigger(AlertsFault::ExpireCredentials);
        const QStringList later = emulator.publish(4);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 7, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(emulator.credentialsIssued() >= 2, 5000);
        QVERIFY(run.seen.hasErrorCode(QStringLiteral("sqs_credentials")));
        QStringList keys;
        for (const Event &e : run.seen.events)
            keys << e.key;
        for (const QString &k : later)
            QVERIFY(keys.contains(k));
        QTRY_COMPARE_WITH_TIMEOUT(
            emulator.queueServer()->queueSize(emulator.queueName(emulator.subscriptionIds().first())), 0, 10000);
        QVERIFY(run.seen.failures.isEmpty());
    }

    void renewsCredentialsBeforeTheyExpire()
    {
        AlertsEmulator emulator(quietOptions());
        QVERIFY(emulator.start());
        QJsonObject config = testConfig(emulator);
        config.insert(QStringLiteral("credentialRenewSec"), 1);
        AlertsRun run(config);
        QTRY_VERIFY_WITH_TIMEOUT(emulator.credentialsIssued() >= 3, 10000);
        emulator.publish(2);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 2, 10000);
        QVERIFY(!run.seen.hasErrorCode(QStringLiteral("sqs_credentials"))); // renewed before SQS had to refuse
    }

    void redeliveredDuplicatesAreShownOnce()
    {
        AlertsEmulator emulator(quietOptions());
        QVERIFY(emulator.start());
        sim::SqsQueueServer *sqs = emulator.queueServer();
        AlertsRun run(testConfig(emulator));
        QTRY_VERIFY_WITH_TIMEOUT(sqs->waitingPolls() == 1, 10000);
        // The same alert in two SQS messages (same ecpMessageID) ...
        emulator.trigger(AlertsFault::DuplicateDelivery);
        emulator.publish(1);
        QTRY_COMPARE_WITH_TIMEOUT(sqs->messagesDeleted(), 2, 10000);
        // ... and an SQS redelivery of one message (same MessageId).
        sqs->trigger(sim::SqsFault::DuplicateDelivery);
        emulator.publish(1);
        QTRY_VERIFY_WITH_TIMEOUT(sqs->messagesDelivered() >= 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(sqs->queueSize(emulator.queueName(emulator.subscriptionIds().first())), 0, 10000);
        // A message is deleted once stored, which can be before its Event reaches the screen. One more alert goes
        // through the same ordered pipeline: once it is shown, any duplicate of the earlier two would have been too.
        emulator.publish(1);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 3, 10000);
        QCOMPARE(
            QSet<QString>({run.seen.events.at(0).key, run.seen.events.at(1).key, run.seen.events.at(2).key}).size(), 3);
    }

    void redeliveryDuringAnInFlightDeleteEndsDeleted_data()
    {
        QTest::addColumn<bool>("staleHandleRejected");
        QTest::newRow("stale handle: success, nothing deleted") << false;
        QTest::newRow("stale handle: ReceiptHandleIsInvalid") << true;
    }

    void redeliveryDuringAnInFlightDeleteEndsDeleted()
    {
        // The delete reaches SQS only after the message's visibility timeout ran out and the feed received it
        // again: the handle it carries is stale by then. SQS either answers success and keeps the message, or fails
        // the entry; only a delete with the newest handle takes it off the queue.
        QFETCH(bool, staleHandleRejected);
        AlertsEmulator emulator(quietOptions());
        QVERIFY(emulator.start());
        sim::SqsQueueServer *sqs = emulator.queueServer();
        qint64 clockOffsetMs = 0; // the queue's time, moved by hand to run the visibility timeout out
        sqs->setClock([&clockOffsetMs] { return QDateTime::currentDateTimeUtc().addMSecs(clockOffsetMs); });
        if (staleHandleRejected)
            sqs->setFault(sim::SqsFault::RejectStaleHandle, true);
        AlertsRun run(testConfig(emulator));
        QTRY_VERIFY_WITH_TIMEOUT(sqs->waitingPolls() == 1, 10000);
        const QString queue = emulator.queueName(emulator.subscriptionIds().first());
        QVERIFY(sqs->hasQueue(queue));

        sqs->trigger(sim::SqsFault::HoldDelete);
        QStringList published = emulator.publish(1);
        QTRY_COMPARE_WITH_TIMEOUT(sqs->heldDeletes(), 1, 10000);
        QCOMPARE(sqs->messagesDelivered(), 1);

        // The feed has taken in the redelivery once it polls again after it.
        int receivesAtRedelivery = -1;
        QObject::connect(sqs, &sim::SqsQueueServer::delivered, sqs,
            [&](const QString &, int) { receivesAtRedelivery = sqs->receiveRequests(); });
        QTRY_VERIFY_WITH_TIMEOUT(sqs->waitingPolls() == 1, 10000);
        clockOffsetMs += (quietOptions().visibilityTimeoutSeconds + 1) * 1000;
        sqs->checkVisibility();
        QTRY_COMPARE_WITH_TIMEOUT(sqs->messagesDelivered(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(sqs->receiveRequests() > receivesAtRedelivery, 10000);

        QCOMPARE(sqs->releaseHeldDeletes(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(sqs->queueSize(queue), 0, 10000);
        QCOMPARE(sqs->messagesDelivered(), 2); // deleted with the newest handle, not left to come back again
        QVERIFY(!run.seen.hasErrorCode(QStringLiteral("sqs_delete")));

        // Shown and stored once: the redelivery is not decoded again. One more alert through the same ordered road
        // shows that nothing of the first is still on its way.
        published << emulator.publish(1);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 2, 10000);
        QCOMPARE(QStringList({run.seen.events.at(0).key, run.seen.events.at(1).key}), published);
        QTRY_COMPARE_WITH_TIMEOUT(sqs->queueSize(queue), 0, 10000);
        run.session.store.flush();
        QCOMPARE(countRows(run.session.path, "SELECT count(*) FROM events WHERE feed = 'alerts'"), 2);
        QVERIFY(run.seen.failures.isEmpty());
    }

    void badMessagesAreQuarantinedThenDeleted()
    {
        AlertsEmulator emulator(quietOptions());
        QVERIFY(emulator.start());
        sim::SqsQueueServer *sqs = emulator.queueServer();
        QTemporaryDir dir;
        {
            AlertsRun run(dir, testConfig(emulator));
            QTRY_VERIFY_WITH_TIMEOUT(sqs->waitingPolls() == 1, 10000);
            emulator.trigger(AlertsFault::BadTag);
            emulator.publish(1);
            emulator.trigger(AlertsFault::MalformedJson);
            emulator.publish(1);
            emulator.publish(1);
            QTRY_COMPARE_WITH_TIMEOUT(sqs->messagesDeleted(), 3, 10000);
            // Deleted once stored or quarantined, which can be before the Event or the error is on screen.
            QTRY_COMPARE(run.seen.events.size(), 1);
            QTRY_VERIFY(run.seen.hasErrorCode(QStringLiteral("tag_mismatch")));
            QTRY_VERIFY(run.seen.hasErrorCode(QStringLiteral("alert_json")));
            for (const FeedError &e : run.seen.errors)
                if (e.code == QLatin1String("alert_json"))
                    QVERIFY(e.message.contains(QStringLiteral("quarantine")));
            QVERIFY(run.seen.failures.isEmpty());
        }
        QCOMPARE(countRows(dir.filePath(QStringLiteral("history.sqlite")),
                     "SELECT count(*) FROM quarantine WHERE feed = 'alerts' AND length(raw) > 0"),
            2);
    }

    void claimCheckFetchesTheFullMessageWithoutLeakingTheToken()
    {
        AlertsEmulator emulator(quietOptions());
        QVERIFY(emulator.start());
        AlertsRun run(testConfig(emulator, QStringLiteral("stories")));
        QTRY_VERIFY_WITH_TIMEOUT(emulator.queueServer()->waitingPolls() == 1, 10000);
        emulator.trigger(AlertsFault::ClaimCheck);
        const QStringList published = emulator.publish(1);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 1, 10000);
        QCOMPARE(run.seen.events.first().key, published.first());
        const QString kind = run.seen.events.first().kind;
        QCOMPARE(kind, QStringLiteral("alert.story"));
        QCOMPARE(emulator.claimsServed(), 1);
        QCOMPARE(emulator.downloadsServed(), 1);
        QCOMPARE(emulator.downloadsRefused(), 0); // no bearer token sent to the presigned URL
        QTRY_COMPARE_WITH_TIMEOUT(emulator.queueServer()->messagesDeleted(), 1, 10000);
    }

    void serverErrorsAreRetried()
    {
        AlertsEmulator emulator(quietOptions());
        QVERIFY(emulator.start());
        AlertsRun run(testConfig(emulator));
        QTRY_VERIFY_WITH_TIMEOUT(emulator.queueServer()->waitingPolls() == 1, 10000);
        emulator.trigger(AlertsFault::ServerError);
        emulator.publish(2);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 2, 10000);
        emulator.trigger(AlertsFault::ServerError);
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.hasErrorCode(QStringLiteral("sqs_receive")), 10000);
        emulator.publish(1);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 3, 10000);
        QVERIFY(run.seen.failures.isEmpty());
    }

    void queryProtocolWorksToo()
    {
        AlertsEmulator emulator(quietOptions());
        QVERIFY(emulator.start());
        QJsonObject config = testConfig(emulator);
        config.insert(QStringLiteral("sqsProtocol"), QStringLiteral("query"));
        config.insert(QStringLiteral("legacyPaths"), true);
        AlertsRun run(config);
        QTRY_VERIFY_WITH_TIMEOUT(emulator.queueServer()->waitingPolls() == 1, 10000);
        emulator.publish(3);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.queueServer()->messagesDeleted(), 3, 10000);
        QCOMPARE(emulator.queueServer()->lastProtocol(), QStringLiteral("query"));
    }

    void subscriptionCommands()
    {
        AlertsEmulator emulator(quietOptions());
        QVERIFY(emulator.start());
        AlertsRun run(testConfig(emulator));
        QTRY_VERIFY_WITH_TIMEOUT(emulator.queueServer()->waitingPolls() == 1, 10000);
        const QString first = emulator.subscriptionIds().first();

        run.session.host.sendCommand(QStringLiteral("alerts"),
            {{QStringLiteral("op"), QStringLiteral("listSubscriptions")},
                {QStringLiteral("id"), QStringLiteral("l1")}});
        QTRY_VERIFY_WITH_TIMEOUT(!run.seen.result(QStringLiteral("l1")).isEmpty(), 10000);
        const QJsonArray list = run.seen.result(QStringLiteral("l1")).value(QStringLiteral("subscriptions")).toArray();
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().toObject().value(QStringLiteral("active")).toBool());
        QVERIFY(!list.first().toObject().contains(QStringLiteral("cryptographyKey")));

        // Without an id the service would delete every subscription: refused before anything is sent.
        run.session.host.sendCommand(QStringLiteral("alerts"),
            {{QStringLiteral("op"), QStringLiteral("deleteSubscription")},
                {QStringLiteral("id"), QStringLiteral("d0")}});
        QTRY_VERIFY_WITH_TIMEOUT(!run.seen.result(QStringLiteral("d0")).isEmpty(), 10000);
        QVERIFY(!run.seen.result(QStringLiteral("d0")).value(QStringLiteral("ok")).toBool());
        QCOMPARE(emulator.subscriptionCount(), 1);

        // A new filter: a new subscription replaces ours, and alerts follow it.
        const QJsonObject french {
            {QStringLiteral("type"), QStringLiteral("language")}, {QStringLiteral("value"), QStringLiteral("L:fr")}};
        run.session.host.sendCommand(QStringLiteral("alerts"),
            {{QStringLiteral("op"), QStringLiteral("setFilter")}, {QStringLiteral("id"), QStringLiteral("f1")},
                {QStringLiteral("filter"), french}});
        QTRY_VERIFY_WITH_TIMEOUT(!run.seen.result(QStringLiteral("f1")).isEmpty(), 10000);
        QVERIFY(run.seen.result(QStringLiteral("f1")).value(QStringLiteral("ok")).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(emulator.subscriptionCount(), 1, 10000);
        QVERIFY(emulator.subscriptionIds().first() != first);
        QCOMPARE(emulator.subscriptionFilter(emulator.subscriptionIds().first()), french);
        QTRY_VERIFY_WITH_TIMEOUT(emulator.queueServer()->waitingPolls() == 1, 10000);
        emulator.publish(30);
        QTRY_VERIFY_WITH_TIMEOUT(!run.seen.events.isEmpty(), 10000);
        for (const Event &e : run.seen.events)
            QCOMPARE(e.language, QStringLiteral("fr"));

        const QString current = emulator.subscriptionIds().first();
        run.session.host.sendCommand(QStringLiteral("alerts"),
            {{QStringLiteral("op"), QStringLiteral("deleteSubscription")}, {QStringLiteral("id"), QStringLiteral("d1")},
                {QStringLiteral("subscriptionId"), current}});
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.result(QStringLiteral("d1")).value(QStringLiteral("ok")).toBool(), 10000);
        QCOMPARE(emulator.subscriptionCount(), 0);
        QTRY_VERIFY(run.seen.stateTextContains(QStringLiteral("deleted")));
    }
};

QTEST_GUILESS_MAIN(TestAlertsIntegration)
#include "tst_alerts_integration.moc"
