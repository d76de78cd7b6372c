// The OPERA feed end to end against the OHIP emulator over loopback with TLS: token, key hash, graphql-transport-ws
// handshake, newEvent subscription, decode and pipeline; token renewal by complete → server close → new token;
// 4409 lockout; the local single-consumer lock; reconnect and restart resuming from the persisted offset with no
// gap and no duplicate.
#include "feeds/opera/opera_feed.h"
#include "pipeline/feed_host.h"
#include "pipeline/feed_registry.h"
#include "sim/loopback_http_server.h"
#include "sim/opera/opera_emulator.h"
#include "store/event_store.h"

#include "emulated_feed.h"
#include "feed_host_observer.h"
#include "feed_test_opera_config.h"
#include "integration_hosted_feed.h"
#include "registered_feed.h"
#include "store_session.h"

#include <QFileInfo>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>

using namespace sb;
using sim::OperaEmulator;
using sim::OperaEmulatorOptions;
using sim::OperaFault;

namespace {

struct Observer : test::FeedHostObserver
{
    using FeedHostObserver::FeedHostObserver;
    QList<qint64> offsets() const
    {
        QList<qint64> out;
        for (const Event &e : events)
            out << QJsonDocument::fromJson(e.attrs)
                       .object()
                       .value(QStringLiteral("metadata"))
                       .toObject()
                       .value(QStringLiteral("offset"))
                       .toString()
                       .toLongLong();
        return out;
    }
};

QList<qint64> range(qint64 from, qint64 to)
{
    QList<qint64> out;
    for (qint64 i = from; i <= to; ++i)
        out << i;
    return out;
}

OperaEmulatorOptions fastOptions()
{
    OperaEmulatorOptions o;
    o.pingIntervalMs = 200;
    o.chainCodes = {QStringLiteral("SBHC"), QStringLiteral("OTHR")};
    return o;
}

QJsonObject testConfig(
    const OperaEmulator &emulator, const QTemporaryDir &dir, const QString &name = QStringLiteral("opera"))
{
    QJsonObject c = test::operaTestConfig(emulator, dir, name);
    c.insert(QStringLiteral("lockoutSec"), 1);
    return c;
}

// A test's feed against an emulator of its own, with its state and lock in a directory of its own; the directory goes
// last, as the host's stop() still writes the offset into it.
struct OperaRun
{
    explicit OperaRun(const OperaEmulatorOptions &options = fastOptions())
        : feed(options)
    { }

    // Starts the emulator, then the feed with the test config and `settings` on top of it.
    bool start(const QJsonObject &settings = {})
    {
        return feed.start([&] {
            QJsonObject c = testConfig(emulator, dir);
            for (auto it = settings.begin(); it != settings.end(); ++it)
                c.insert(it.key(), it.value());
            return c;
        });
    }

    // Started, subscribed, and the first `n` events published and shown: where most tests begin.
    bool startWithEvents(int n)
    {
        if (!start() || !QTest::qWaitFor([this] { return emulator.subscriptions() == 1; }, 10000))
            return false;
        emulator.publish(n);
        return QTest::qWaitFor([this, n] { return seen.events.size() == n; }, 5000);
    }

    QTemporaryDir dir;
    test::EmulatedFeed<OperaEmulator, Observer> feed;
    OperaEmulator &emulator = feed.emulator;
    FeedHost &host = feed.host;
    Observer &seen = feed.seen;
};

using HostedOpera = test::HostedFeed<Observer>;

// The feed as the desk runs it: its offsets in the desk's history store (no statePath), which is also the sink.
struct DeskStoreOpera
{
    explicit DeskStoreOpera(const QTemporaryDir &dir)
        : history(dir.filePath(QStringLiteral("history.sqlite")))
        , session(history)
    {
        QJsonObject config = testConfig(emulator, dir);
        config.remove(QStringLiteral("statePath"));
        host.addFeed(test::makeFeed(config));
    }

    // Started, subscribed, and the first `n` events published and shown.
    bool startWithEvents(int n)
    {
        host.start();
        if (!ready || !QTest::qWaitFor([this] { return emulator.subscriptions() == 1; }, 10000))
            return false;
        emulator.publish(n);
        return QTest::qWaitFor([this, n] { return seen.events.size() == n; }, 5000);
    }

    OperaEmulator emulator {fastOptions()};
    bool ready = emulator.start();
    QString history;
    test::StoreSession session;
    EventStore &store = session.store;
    FeedHost &host = session.host;
    Observer seen {host};
};

QString storedOffset(const QString &path, const QString &feed, const QString &chain)
{
    EventStore store;
    StoreOptions options;
    options.path = path;
    store.open(options);
    QString value = QStringLiteral("unset");
    bool done = false;
    store.getState(feed, OperaFeed::offsetStateKey(chain), &store, [&](const QString &v) {
        value = v;
        done = true;
    });
    store.flush();
    if (!QTest::qWaitFor([&done] { return done; }, 5000)) // the answer is queued to this thread
        return QStringLiteral("no answer");
    return value;
}

// The events a history holds for a feed, by their offsets.
QList<qint64> storedOffsets(EventStore &store, const QString &feed)
{
    QList<qint64> out;
    bool done = false;
    StoreQuery query;
    query.feed = feed;
    query.limit = 1000;
    QObject context;
    store.search(query, &context, [&](const EventBatch &events, const QString &) {
        for (const Event &e : events)
            for (const QString &tag : e.tags)
                if (tag.startsWith(QLatin1String("offset:")))
                    out << tag.mid(7).toLongLong();
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 5000))
        return {-1};
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestOperaIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerBuiltinFeeds(); }

    void eventsFlowOverTlsAndOffsetIsPersisted()
    {
        OperaEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        QTemporaryDir dir;
        QSignalSpy inits(&emulator, &OperaEmulator::initReceived);
        {
            HostedOpera opera(testConfig(emulator, dir));
            QTRY_COMPARE_WITH_TIMEOUT(emulator.subscriptions(), 1, 10000);
            emulator.publish(5);
            QTRY_COMPARE_WITH_TIMEOUT(opera.seen.events.size(), 5, 10000);
            for (const Event &e : opera.seen.events) {
                QCOMPARE(e.feed, QStringLiteral("opera"));
                QCOMPARE(e.kind, QStringLiteral("hotel.event"));
                QVERIFY(!e.key.isEmpty());
                QVERIFY(e.source.startsWith(QLatin1String("SBHC")));
                QVERIFY(!e.title.isEmpty());
                QVERIFY(!e.body.isEmpty());
            }
            QCOMPARE(opera.seen.offsets(), range(1, 5));
            // The OHIP connection_init payload: bearer token and the unhashed application key.
            const QJsonObject init = inits.first().first().toJsonObject();
            QVERIFY(
                init.value(QStringLiteral("Authorization")).toString().startsWith(QLatin1String("Bearer ohip-emu-")));
            QCOMPARE(init.value(QStringLiteral("x-app-key")).toString(), emulator.options().appKey);
            QVERIFY(emulator.subscribeQueries().first().contains(QLatin1String("chainCode: \"SBHC\"")));
            QVERIFY(!emulator.subscribeQueries().first().contains(QLatin1String("offset:")));
            // Our keep-alive pings reach the server and server pings are answered.
            QTRY_VERIFY_WITH_TIMEOUT(emulator.pingsReceived() >= 1 && emulator.pongsReceived() >= 1, 5000);
            QVERIFY(opera.seen.failures.isEmpty());
        }
        // Graceful stop sent complete; the offset was persisted.
        QTRY_COMPARE(emulator.completesReceived(), 1);
        QCOMPARE(
            storedOffset(dir.filePath(QStringLiteral("state.sqlite")), QStringLiteral("opera"), QStringLiteral("SBHC")),
            QStringLiteral("5"));
    }

    void renewsTokenBeforeExpiryAndResumes()
    {
        OperaEmulatorOptions o = fastOptions();
        o.tokenLifetimeSec = 2; // renewal at 2 s − 10 % = 1.8 s
        OperaRun run(o);
        QVERIFY(run.startWithEvents(3));
        // Renewal: complete → the server closes → new token → resubscribe from offset 4.
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.subscriptions(), 2, 10000);
        QCOMPARE(run.emulator.completesReceived(), 1);
        QCOMPARE(run.emulator.tokensIssued(), 2);
        QVERIFY(run.emulator.closeCodesSent().contains(1000));
        QVERIFY(run.emulator.subscribeQueries().at(1).contains(QLatin1String("offset: \"4\"")));
        run.emulator.publish(2);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 5, 5000);
        QCOMPARE(run.seen.offsets(), range(1, 5));
        QVERIFY(run.seen.failures.isEmpty());
    }

    void reconnectsAfterDropWithoutGapOrDuplicate()
    {
        OperaRun run;
        QVERIFY(run.startWithEvents(3));
        run.emulator.trigger(OperaFault::DropConnections);
        run.emulator.publish(3); // while the client is away
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.subscriptions(), 2, 10000);
        QVERIFY(run.emulator.subscribeQueries().at(1).contains(QLatin1String("offset: \"4\"")));
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 6, 5000);
        QVERIFY(run.seen.hasErrorCode(QStringLiteral("ws_1006")));
        // Maintenance close (1001): reconnect again and carry on.
        const qsizetype errorsBefore = run.seen.errors.size();
        run.emulator.trigger(OperaFault::MaintenanceClose);
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.subscriptions(), 3, 10000);
        run.emulator.publish(2);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 8, 5000);
        QVERIFY(run.emulator.closeCodesSent().contains(1001));
        // A Qt server writes its close frame and shuts TLS down at once (it does not wait for the client's reply, as
        // RFC 6455 §7.1.1 asks of a server). Under ASan in CI the client once saw the socket end before the frame
        // (stop 15): a lost connection (1006) to it. Either way the feed must say why it reconnected and resume with
        // no gap; the 1001 wording is the close policy's own test.
        QStringList codesAfter;
        for (qsizetype i = errorsBefore; i < run.seen.errors.size(); ++i)
            codesAfter << run.seen.errors.at(i).code;
        QVERIFY2(codesAfter.contains(QStringLiteral("ws_1001")) || codesAfter.contains(QStringLiteral("ws_1006")),
            qPrintable(codesAfter.join(u',')));
        QCOMPARE(run.seen.offsets(), range(1, 8));
        QVERIFY(run.seen.failures.isEmpty());
    }

    void dropsDuplicatesByUniqueEventId()
    {
        OperaRun run;
        QVERIFY(run.startWithEvents(4));
        // A replay of events already seen (the server's memory of offsets and ours disagree) adds nothing.
        run.emulator.replayTo(QStringLiteral("SBHC"), 2);
        run.emulator.publish(1);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 5, 5000);
        QCOMPARE(run.seen.offsets(), range(1, 5));
        QTRY_VERIFY(run.host.metrics(QStringLiteral("opera"))->duplicates.load() >= 3);
    }

    void restartResumesFromStoredOffset()
    {
        OperaEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        QTemporaryDir dir;
        {
            HostedOpera before(testConfig(emulator, dir));
            QTRY_COMPARE_WITH_TIMEOUT(emulator.subscriptions(), 1, 10000);
            emulator.publish(3);
            QTRY_COMPARE_WITH_TIMEOUT(before.seen.events.size(), 3, 5000);
        }
        emulator.publish(2); // while Switchboard is not running
        HostedOpera after(testConfig(emulator, dir));
        QTRY_COMPARE_WITH_TIMEOUT(after.seen.events.size(), 2, 10000);
        QVERIFY(emulator.subscribeQueries().last().contains(QLatin1String("offset: \"4\"")));
        QCOMPARE(after.seen.offsets(), range(4, 5));
    }

    void deskStoreKeepsOffsetsAndStopWaitsForTheServersClose()
    {
        QTemporaryDir dir;
        const QString history = dir.filePath(QStringLiteral("history.sqlite"));
        {
            DeskStoreOpera run(dir);
            QVERIFY(run.startWithEvents(4));
            EventStore &store = run.store;
            FeedHost &host = run.host;
            OperaEmulator &emulator = run.emulator;
            // Shown means committed: the events and their offset are in the history together.
            QCOMPARE(storedOffsets(store, QStringLiteral("opera")), range(1, 4));
            QCOMPARE(storedOffset(history, QStringLiteral("opera"), QStringLiteral("SBHC")), QStringLiteral("4"));
            // Stopping in the middle of a burst: whatever offset is saved, every event up to it is in the history.
            emulator.publish(30);
            host.stop();
            // stop() returned only after complete → the server's close: the stream is free for the next start.
            QCOMPARE(emulator.completesReceived(), 1);
            QVERIFY(emulator.closeCodesSent().contains(1000));
            QTRY_COMPARE(emulator.activeConnections(), 0);
        }
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("state.sqlite"))));
        const qint64 saved = storedOffset(history, QStringLiteral("opera"), QStringLiteral("SBHC")).toLongLong();
        QVERIFY(saved >= 4);
        EventStore reopened;
        StoreOptions options;
        options.path = history;
        reopened.open(options);
        const QList<qint64> kept = storedOffsets(reopened, QStringLiteral("opera"));
        QVERIFY2(kept.mid(0, int(saved)) == range(1, saved),
            qPrintable(QStringLiteral("offset %1 saved, %2 events kept").arg(saved).arg(kept.size())));
    }

    void failedCommitNeverCarriesTheOffsetPastUnstoredEvents()
    {
        QTemporaryDir dir;
        DeskStoreOpera run(dir);
        QVERIFY(run.startWithEvents(2));
        const QString &history = run.history;
        EventStore &store = run.store;
        FeedHost &host = run.host;
        OperaEmulator &emulator = run.emulator;
        Observer &seen = run.seen;
        QTRY_COMPARE(storedOffset(history, QStringLiteral("opera"), QStringLiteral("SBHC")), QStringLiteral("2"));

        store.setFailCommitsForTesting(1);
        emulator.publish(3);
        QTRY_VERIFY_WITH_TIMEOUT(seen.hasErrorCode(QStringLiteral("store_commit")), 5000);
        bool named = false;
        for (const FeedError &e : seen.errors)
            named |= e.feed == QLatin1String("opera") && e.stage == FeedError::Stage::Store;
        QVERIFY(named);
        // The stream is completed and resumed from the durable offset; the three events come again and are stored.
        QTRY_COMPARE_WITH_TIMEOUT(emulator.subscriptions(), 2, 10000);
        QVERIFY(emulator.subscribeQueries().last().contains(QLatin1String("offset: \"3\"")));
        QTRY_COMPARE_WITH_TIMEOUT(storedOffsets(store, QStringLiteral("opera")), range(1, 5), 10000);
        QTRY_COMPARE(storedOffset(history, QStringLiteral("opera"), QStringLiteral("SBHC")), QStringLiteral("5"));
        QCOMPARE(seen.offsets(), range(1, 5)); // shown once each
        QVERIFY(seen.failures.isEmpty());
        host.stop();
    }

    void secondConsumerGets4409AndSaysSo()
    {
        OperaEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        QTemporaryDir dirA;
        QTemporaryDir dirB; // separate lock dirs: as if a second machine used the same key
        HostedOpera a(testConfig(emulator, dirA, QStringLiteral("a")));
        QTRY_COMPARE_WITH_TIMEOUT(emulator.subscriptions(), 1, 10000);
        HostedOpera b(testConfig(emulator, dirB, QStringLiteral("b")));
        QTRY_VERIFY_WITH_TIMEOUT(b.seen.hasErrorCode(QStringLiteral("subscriber_exists")), 10000);
        QVERIFY(emulator.closeCodesSent().contains(4409));
        QVERIFY(b.seen.stateTextContains(QStringLiteral("Another consumer is already streaming chain SBHC")));
        QCOMPARE(b.seen.states.last(), FeedState::Reconnecting);
        QVERIFY(b.seen.failures.isEmpty());
        // A keeps streaming.
        emulator.publish(2);
        QTRY_COMPARE_WITH_TIMEOUT(a.seen.events.size(), 2, 5000);
        // Once A stops, B gets the stream after its lockout.
        a.host.stop();
        QTRY_VERIFY_WITH_TIMEOUT(b.seen.states.last() == FeedState::Live, 10000);
    }

    void localLockRefusesSecondFeedPlainly()
    {
        OperaEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        QTemporaryDir dir;
        HostedOpera a(testConfig(emulator, dir, QStringLiteral("a")));
        QTRY_COMPARE_WITH_TIMEOUT(emulator.subscriptions(), 1, 10000);
        HostedOpera b(testConfig(emulator, dir, QStringLiteral("b")));
        QTRY_COMPARE_WITH_TIMEOUT(b.seen.failures.size(), 1, 5000);
        QCOMPARE(b.seen.failures.first().code, QStringLiteral("consumer_locked"));
        QVERIFY(b.seen.failures.first().message.contains(QLatin1String("only one consumer")));
        QCOMPARE(emulator.connections(), 1); // B never connected, so A's stream was not disturbed
    }

    void wrongKeyHashIsHttp400()
    {
        // The token endpoint checks x-app-key too, so a second emulator with the other key issues the token and
        // only the stream's key check sees the difference (plain HTTP: the two emulators have different CAs).
        OperaEmulatorOptions plain = fastOptions();
        plain.tls = false;
        OperaEmulator emulator(plain);
        QVERIFY(emulator.start());
        QTemporaryDir dir;
        QJsonObject c = testConfig(emulator, dir);
        c.insert(QStringLiteral("appKey"), QStringLiteral("not-the-key"));
        OperaEmulatorOptions o = plain;
        o.appKey = QStringLiteral("not-the-key");
        OperaEmulator tokenOnly(o);
        QVERIFY(tokenOnly.start());
        c.insert(QStringLiteral("tokenUrl"), tokenOnly.tokenUrl().toString());
        HostedOpera opera(c);
        QTRY_COMPARE_WITH_TIMEOUT(opera.seen.failures.size(), 1, 10000);
        QCOMPARE(opera.seen.failures.first().code, QStringLiteral("http_400"));
        QVERIFY(opera.seen.failures.first().message.contains(QLatin1String("application key or URL")));
        QCOMPARE(emulator.upgradesRejected(), 1);
    }

    void invalidSubscriptionIs4400WithTheGraphqlError()
    {
        OperaRun run;
        QVERIFY(run.start({{QStringLiteral("chainCode"), QStringLiteral("NOPE")}}));
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.failures.size(), 1, 10000);
        QCOMPARE(run.seen.failures.first().code, QStringLiteral("ws_4400"));
        QVERIFY2(run.seen.failures.first().message.contains(QLatin1String("unknown chainCode")),
            qPrintable(run.seen.failures.first().message));
    }

    void rejectedInitRenewsTheTokenOnceThenFails()
    {
        OperaRun run;
        run.emulator.setFault(OperaFault::RejectInit, true);
        QVERIFY(run.start());
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.failures.size(), 1, 10000);
        QCOMPARE(run.seen.failures.first().code, QStringLiteral("ws_4401"));
        QVERIFY(run.seen.failures.first().message.contains(QLatin1String("again with a new token")));
        QCOMPARE(run.emulator.tokensIssued(), 2); // one renewal, then a clear failure
        QCOMPARE(run.emulator.closeCodesSent().count(4401), 2);
        QVERIFY(run.seen.hasErrorCode(QStringLiteral("ws_4401")));
    }

    void deferredPongsDuringABurstDoNotDropTheStream()
    {
        OperaRun run;
        QVERIFY(run.start({{QStringLiteral("pingIntervalMs"), 50}, {QStringLiteral("pongTimeoutMs"), 150}}));
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.subscriptions(), 1, 10000);
        run.emulator.setFault(OperaFault::StallPongs, true);
        QTimer burst;
        QObject::connect(&burst, &QTimer::timeout, &run.emulator, [&] { run.emulator.publish(1); });
        burst.start(30);
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.events.size() >= 20, 10000); // ≈ 600 ms: four pong timeouts
        QCOMPARE(run.emulator.subscriptions(), 1); // no reconnect while events flow
        burst.stop();
        // The burst is over but pongs stay stalled: now the silence is real and the client reconnects.
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.hasErrorCode(QStringLiteral("ws_4499")), 5000);
        run.emulator.setFault(OperaFault::StallPongs, false);
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.subscriptions(), 2, 10000);
        const QList<qint64> offsets = run.seen.offsets();
        QCOMPARE(offsets, range(1, offsets.size()));
    }

    void tokenRedirectToAnotherOriginKeepsTheAppKey()
    {
        // The token endpoint answers 307 towards another port: the x-app-key and the Basic client credentials stay
        // with the origin the feed was configured with, and the feed says so instead of looping on retries.
        OperaEmulatorOptions plain = fastOptions();
        plain.tls = false;
        OperaEmulator emulator(plain);
        QVERIFY(emulator.start());
        sim::LoopbackHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        sim::LoopbackHttpServer redirecting;
        QVERIFY(redirecting.listen());
        const QUrl target = elsewhere.baseUrl().resolved(QUrl(QStringLiteral("/oauth/v1/tokens")));
        QByteArray appKeySent;
        redirecting.route("/", [&](const sim::HttpRequest &req, const sim::HttpResponder &res) {
            appKeySent = req.header("x-app-key");
            res.send(307, QByteArray(), QByteArray(), {{QByteArrayLiteral("Location"), target.toEncoded()}});
        });
        QTemporaryDir dir;
        QJsonObject c = testConfig(emulator, dir);
        c.insert(QStringLiteral("tokenUrl"),
            redirecting.baseUrl().resolved(QUrl(QStringLiteral("/oauth/v1/tokens"))).toString());
        HostedOpera opera(c);
        QTRY_COMPARE_WITH_TIMEOUT(opera.seen.failures.size(), 1, 10000);
        const FeedError &e = opera.seen.failures.first();
        QCOMPARE(e.stage, FeedError::Stage::Auth);
        QCOMPARE(e.code, QStringLiteral("cross_origin_redirect"));
        QVERIFY(!e.retryable);
        QVERIFY2(e.message.contains(target.toString()), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("credentials were not resent")), qPrintable(e.message));
        QCOMPARE(appKeySent, c.value(QStringLiteral("appKey")).toString().toUtf8());
        QCOMPARE(redirecting.requestCount(), 1);
        QCOMPARE(elsewhere.requestCount(), 0);
        QCOMPARE(emulator.connections(), 0);
    }

    void badClientSecretFailsAtTheToken()
    {
        OperaRun run;
        QVERIFY(run.start({{QStringLiteral("clientSecret"), QStringLiteral("wrong")}}));
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.failures.size(), 1, 10000);
        QCOMPARE(run.seen.failures.first().stage, FeedError::Stage::Auth);
        QCOMPARE(run.emulator.connections(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOperaIntegration)
#include "tst_opera_integration.moc"
