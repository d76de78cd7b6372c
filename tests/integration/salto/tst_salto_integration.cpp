// The Salto feed end to end against the emulator over loopback with TLS: token from /connect/token, both hubs
// live, entries and incidents decoded; 401 renews the token once and then stops the hub; 403 stops the hub at once
// naming the permission and does not retry; a server Close with allowReconnect reconnects, without it the hub stops
// with the server's error; one hub stopped leaves the other streaming and the feed degraded, and the feed fails
// only when no hub is left; a handshake error is retried under the backoff; the keep-alive rules (handshake timeout,
// idle Ping without flooding, server timeout) with short intervals; records cut inside UTF-8 characters, several
// arguments in one invocation, a malformed record then a dropped socket; a reconnect to a replaying server yields
// no duplicate events; the token in the query. Nothing here waits for time to pass: "nothing more happens" is the
// feed saying it has no retry lined up.
#include "feeds/salto/salto_feed.h"
#include "pipeline/feed_host.h"
#include "pipeline/feed_registry.h"
#include "sim/salto/salto_emulator.h"

#include "emulated_feed.h"
#include "feed_host_observer.h"
#include "integration_configured_feed.h"
#include "integration_hosted_feed.h"
#include "registered_feed.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace sb;
using sim::SaltoEmulator;
using sim::SaltoEmulatorOptions;
using sim::SaltoFault;

namespace {

struct Observer : test::FeedHostObserver
{
    using FeedHostObserver::FeedHostObserver;
    bool live() const { return !states.isEmpty() && states.last() == FeedState::Live; }
};

SaltoEmulatorOptions fastOptions()
{
    SaltoEmulatorOptions o;
    o.pingIntervalMs = 200;
    o.incidentEvery = 2;
    return o;
}

// The feed lives on the host's io thread: ask it there.
int retriesScheduled(SaltoFeed *feed)
{
    int n = -1;
    QMetaObject::invokeMethod(
        feed, [&n, feed] { n = feed->retriesScheduled(); }, Qt::BlockingQueuedConnection);
    return n;
}

QJsonObject testConfig(const SaltoEmulator &emulator)
{
    QJsonObject c = emulator.feedConfig();
    c.insert(QStringLiteral("reconnectMinMs"), 50);
    c.insert(QStringLiteral("reconnectMaxMs"), 200);
    c.insert(QStringLiteral("keepAliveMs"), 200);
    c.insert(QStringLiteral("serverTimeoutMs"), 2000);
    c.insert(QStringLiteral("handshakeTimeoutMs"), 2000);
    return c;
}

using HostedSalto = test::HostedFeed<Observer, SaltoFeed>;

using SaltoRun = test::ConfiguredFeed<SaltoEmulator, Observer, fastOptions, testConfig>;

} // namespace

class TestSaltoIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerBuiltinFeeds(); }

    void entriesAndIncidentsFlowOverTls()
    {
        SaltoRun run;
        QVERIFY(run.start());
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.activeConnections(), 2, 10000);
        QTRY_VERIFY(run.seen.live());
        run.emulator.publish(4);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 4, 10000);
        int incidents = 0;
        for (const Event &e : run.seen.events) {
            QCOMPARE(e.feed, QStringLiteral("salto"));
            QVERIFY(e.kind == QLatin1String("door.entry") || e.kind == QLatin1String("door.incident"));
            incidents += e.kind == QLatin1String("door.incident");
            QCOMPARE(e.source, run.emulator.sites().first().name);
            QVERIFY(run.emulator.eventIdsSent().contains(e.key));
            QCOMPARE(QJsonDocument::fromJson(e.attrs).object().value(QStringLiteral("id")).toString(), e.key);
        }
        QCOMPARE(incidents, 2);
        QCOMPARE(run.emulator.tokensIssued(), 1);
        QCOMPARE(run.emulator.authorizations(), (QList<QByteArray> {"header", "header"}));
        // Keep-alive both ways.
        QTRY_VERIFY_WITH_TIMEOUT(run.emulator.pingsReceived() >= 1, 5000);
        QVERIFY(run.seen.failures.isEmpty());
        run.host.stop();
        QTRY_COMPARE(run.emulator.closesReceived(), 2);
    }

    void tokenIsRenewedBeforeExpiryWithoutDisturbingTheStream()
    {
        SaltoEmulatorOptions o = fastOptions();
        o.tokenLifetimeSec = 3; // renewed at 90 % of its lifetime
        SaltoEmulator emulator(o);
        qint64 emulatorAheadMs = 0;
        emulator.setClock([&emulatorAheadMs] { return QDateTime::currentMSecsSinceEpoch() + emulatorAheadMs; });
        QVERIFY(emulator.start());
        HostedSalto salto(testConfig(emulator));
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(emulator.tokensIssued() >= 2, 10000);
        QCOMPARE(emulator.connections(), 2); // open connections keep their token
        QVERIFY(salto.seen.live());
        // A reconnect after the first token expired uses the renewed one. The hub's clock moves on by 1 s: past the
        // first token's expiry (issued ≥ 2.7 s ago, whole-second exp), well before the renewed one's (≥ 2 s left).
        emulatorAheadMs = 1000;
        emulator.trigger(SaltoFault::DropConnections);
        QTRY_VERIFY_WITH_TIMEOUT(emulator.connections() >= 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 2, 10000);
        QVERIFY(!emulator.upgradeStatuses().contains(401));
        QVERIFY(salto.seen.failures.isEmpty());
    }

    void tokenInQuery()
    {
        SaltoEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        QJsonObject c = testConfig(emulator);
        c.insert(QStringLiteral("tokenInQuery"), true);
        c.insert(QStringLiteral("hubs"), QJsonArray {QStringLiteral("incidents")});
        HostedSalto salto(c);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 1, 10000);
        QCOMPARE(emulator.authorizations(), (QList<QByteArray> {"query"}));
    }

    void unauthorizedRenewsOnceThenFails()
    {
        SaltoEmulatorOptions o = fastOptions();
        o.issuingKey = "not-the-hub-key";
        SaltoEmulator emulator(o);
        QVERIFY(emulator.start());
        // Both hubs are refused with the first token; one renewal serves both, and the second refusal fails.
        HostedSalto salto(testConfig(emulator));
        QTRY_COMPARE_WITH_TIMEOUT(salto.seen.failures.size(), 1, 10000);
        QCOMPARE(salto.seen.failures.first().code, QStringLiteral("http_401"));
        QVERIFY(salto.seen.failures.first().message.contains(QLatin1String("again with a new token")));
        // Each hub is stopped alone, so the feed fails only once every hub was refused with the current token: all
        // upgrades have been answered by then, and nothing is left to retry. Three or four of them: the renewed
        // token equals the first when both are minted within one second, so a hub whose first refusal arrives after
        // the renewal counts it as the second.
        QCOMPARE(retriesScheduled(salto.feed), 0);
        QCOMPARE(emulator.tokensIssued(), 2);
        QVERIFY(emulator.upgradeStatuses().size() >= 3);
        QVERIFY(emulator.upgradeStatuses().size() <= 4);
        QCOMPARE(emulator.upgradeStatuses().count(401), emulator.upgradeStatuses().size());
        QCOMPARE(salto.seen.states.last(), FeedState::Failed);
    }

    void expiredConfiguredTokenFailsClearly()
    {
        SaltoEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        QJsonObject c = testConfig(emulator);
        c.remove(QStringLiteral("tokenUrl"));
        c.insert(QStringLiteral("token"),
            emulator.mintToken({QStringLiteral("user_api.full_access")}, QStringLiteral("Site Admin"),
                {emulator.sites().first().id}, QDateTime::currentMSecsSinceEpoch() - 1000));
        c.insert(QStringLiteral("hubs"), QJsonArray {QStringLiteral("entries")});
        HostedSalto salto(c);
        QTRY_COMPARE_WITH_TIMEOUT(salto.seen.failures.size(), 1, 10000);
        QVERIFY(salto.seen.hasErrorCode(QStringLiteral("token_expired")));
        QCOMPARE(salto.seen.failures.first().code, QStringLiteral("http_401"));
        QVERIFY(salto.seen.failures.first().message.contains(QLatin1String("invalid or expired")));
    }

    void forbiddenFailsNamingThePermissionWithoutRetrying()
    {
        SaltoEmulatorOptions o = fastOptions();
        o.role = QStringLiteral("Guest");
        SaltoEmulator emulator(o);
        QVERIFY(emulator.start());
        HostedSalto salto(testConfig(emulator));
        QTRY_COMPARE_WITH_TIMEOUT(salto.seen.failures.size(), 1, 10000);
        const FeedError &e = salto.seen.failures.first();
        QCOMPARE(e.code, QStringLiteral("http_403"));
        QCOMPARE(e.feed, QStringLiteral("salto"));
        QVERIFY(e.message.contains(QLatin1String("user_api.full_access")));
        QVERIFY(e.message.contains(QLatin1String("Site Admin")));
        QCOMPARE(retriesScheduled(salto.feed), 0);
        QCOMPARE(emulator.upgradesRejected(), 2);
        QCOMPARE(emulator.tokensIssued(), 1);
    }

    void serverCloseWithAllowReconnectReconnects()
    {
        SaltoRun run;
        QVERIFY(run.start());
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.activeConnections(), 2, 10000);
        run.emulator.trigger(SaltoFault::CloseAllowReconnect, QStringLiteral("Hub restarting"));
        QTRY_VERIFY_WITH_TIMEOUT(run.emulator.connections() >= 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.activeConnections(), 2, 10000);
        QTRY_VERIFY(run.seen.live());
        QVERIFY(run.seen.hasErrorCode(QStringLiteral("server_close")));
        QVERIFY(run.seen.failures.isEmpty());
        run.emulator.publish(2);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 2, 5000);
    }

    void serverCloseWithoutAllowReconnectStops()
    {
        SaltoEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        HostedSalto salto(testConfig(emulator));
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 2, 10000);
        emulator.trigger(SaltoFault::CloseNoReconnect, QStringLiteral("Subscription revoked"));
        QTRY_COMPARE_WITH_TIMEOUT(salto.seen.failures.size(), 1, 10000);
        QVERIFY(salto.seen.failures.first().message.contains(QLatin1String("Subscription revoked")));
        QTRY_COMPARE(emulator.activeConnections(), 0);
        QCOMPARE(retriesScheduled(salto.feed), 0);
        QCOMPARE(emulator.connections(), 2);
    }

    void serverTimeoutReconnectsWithCountdown()
    {
        SaltoEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        QJsonObject c = testConfig(emulator);
        c.insert(QStringLiteral("serverTimeoutMs"), 800);
        c.insert(QStringLiteral("reconnectMinMs"), 1500);
        c.insert(QStringLiteral("reconnectMaxMs"), 3000);
        c.insert(QStringLiteral("hubs"), QJsonArray {QStringLiteral("entries")});
        HostedSalto salto(c);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 1, 10000);
        // Server pings every 200 ms keep it alive: five of them span longer than the 800 ms server timeout.
        const int pings = emulator.pingsSent();
        QTRY_VERIFY_WITH_TIMEOUT(emulator.pingsSent() >= pings + 5, 10000);
        QVERIFY(!salto.seen.hasErrorCode(QStringLiteral("timeout")));
        QCOMPARE(emulator.connections(), 1);
        emulator.setFault(SaltoFault::StopPinging, true);
        QTRY_VERIFY_WITH_TIMEOUT(salto.seen.hasErrorCode(QStringLiteral("timeout")), 5000);
        // The first retry after a live connection goes at once; the state says so with its countdown.
        QTRY_VERIFY_WITH_TIMEOUT(salto.seen.stateTextContains(QStringLiteral("entries reconnecting in")), 10000);
        emulator.setFault(SaltoFault::StopPinging, false);
        QTRY_VERIFY_WITH_TIMEOUT(emulator.connections() >= 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(salto.seen.live(), 10000);
        QVERIFY(salto.seen.failures.isEmpty());
    }

    void malformedRecordIsReportedAndStreamGoesOn()
    {
        SaltoRun run;
        QVERIFY(run.start());
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.activeConnections(), 2, 10000);
        run.emulator.setFault(SaltoFault::SplitRecords, true);
        run.emulator.trigger(SaltoFault::MalformedRecord);
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.hasErrorCode(QStringLiteral("bad_record")), 5000);
        run.emulator.publish(4);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 4, 5000);
        QCOMPARE(run.emulator.connections(), 2);
        QVERIFY(run.seen.failures.isEmpty());
    }

    void reconnectToAReplayingServerYieldsNoDuplicates()
    {
        SaltoEmulatorOptions o = fastOptions();
        o.replayOnConnect = 10;
        SaltoRun run(o);
        QVERIFY(run.start());
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.activeConnections(), 2, 10000);
        run.emulator.publish(6);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 6, 5000);
        run.emulator.trigger(SaltoFault::DropConnections);
        QTRY_VERIFY_WITH_TIMEOUT(run.emulator.connections() >= 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.activeConnections(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(run.host.metrics(QStringLiteral("salto"))->duplicates.load() >= 6, 5000);
        run.emulator.publish(2);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 8, 5000);
        // Every frame the feed passed on has been decoded (an event or a dropped duplicate) and delivered.
        const FeedMetrics *m = run.host.metrics(QStringLiteral("salto"));
        QTRY_COMPARE_WITH_TIMEOUT(m->events.load() + m->duplicates.load(), m->frames.load(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(quint64(run.seen.events.size()), m->events.load(), 5000);
        QSet<QString> keys;
        for (const Event &e : run.seen.events)
            keys.insert(e.key);
        QCOMPARE(keys.size(), run.seen.events.size());
        QCOMPARE(run.seen.events.size(), 8);
        QVERIFY(run.seen.hasErrorCode(QStringLiteral("connection_lost")));
    }

    void handshakeErrorIsShownAndRetriedUnderTheBackoff()
    {
        SaltoEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        emulator.setFault(SaltoFault::HandshakeError, true);
        HostedSalto salto(testConfig(emulator));
        // Both hubs are refused, reported, and tried again (50–200 ms backoff) rather than stopped.
        QTRY_VERIFY_WITH_TIMEOUT(emulator.handshakesRefused() >= 4, 10000);
        QVERIFY(salto.seen.hasErrorCode(QStringLiteral("handshake_refused")));
        for (const FeedError &e : salto.seen.errors) {
            if (e.code != QLatin1String("handshake_refused"))
                continue;
            QVERIFY(e.retryable);
            QCOMPARE(e.feed, QStringLiteral("salto"));
            QVERIFY(e.message.contains(QLatin1String("emulated handshake error")));
        }
        QTRY_VERIFY_WITH_TIMEOUT(salto.seen.stateTextContains(QStringLiteral("reconnecting in")), 10000);
        QVERIFY(salto.seen.failures.isEmpty());
        emulator.setFault(SaltoFault::HandshakeError, false);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(salto.seen.live(), 10000);
        emulator.publish(2);
        QTRY_COMPARE_WITH_TIMEOUT(salto.seen.events.size(), 2, 5000);
        QVERIFY(salto.seen.failures.isEmpty());
    }

    void forbiddenHubStopsAloneWhileTheOtherStreams()
    {
        SaltoEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        emulator.setFault(SaltoFault::IncidentsForbidden, true);
        HostedSalto salto(testConfig(emulator));
        QTRY_VERIFY_WITH_TIMEOUT(
            salto.seen.stateTextContains(QStringLiteral("1 of 2 hubs live: incidents refused, 403 Forbidden")), 10000);
        QCOMPARE(salto.seen.states.last(), FeedState::Live);
        QCOMPARE(emulator.activeConnections(), 1);
        QVERIFY(salto.seen.hasErrorCode(QStringLiteral("http_403")));
        for (const FeedError &e : salto.seen.errors) {
            if (e.code != QLatin1String("http_403"))
                continue;
            QVERIFY(!e.retryable);
            QVERIFY(e.message.startsWith(QLatin1String("incidents of site ")));
            QVERIFY(e.message.contains(QLatin1String("user_api.full_access")));
        }
        QCOMPARE(retriesScheduled(salto.feed), 0);
        QCOMPARE(emulator.upgradeStatuses(), QList<int> {403});
        emulator.publish(4); // two entries and two incidents; only the entries hub is there to take them
        QTRY_COMPARE_WITH_TIMEOUT(salto.seen.events.size(), 2, 5000);
        for (const Event &e : salto.seen.events)
            QCOMPARE(e.kind, QStringLiteral("door.entry"));
        QVERIFY(salto.seen.failures.isEmpty());
    }

    void closeWithoutAllowReconnectStopsThatHubAlone()
    {
        SaltoEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        HostedSalto salto(testConfig(emulator));
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 2, 10000);
        emulator.trigger(
            SaltoFault::CloseNoReconnect, QStringLiteral("Incident stream revoked"), QStringLiteral("incidents"));
        QTRY_VERIFY_WITH_TIMEOUT(
            salto.seen.stateTextContains(QStringLiteral("1 of 2 hubs live: incidents closed by the "
                                                        "server: Server returned an error on close: "
                                                        "Incident stream revoked")),
            10000);
        QCOMPARE(salto.seen.states.last(), FeedState::Live);
        QVERIFY(salto.seen.hasErrorCode(QStringLiteral("server_close")));
        QCOMPARE(retriesScheduled(salto.feed), 0);
        QTRY_COMPARE(emulator.activeConnections(), 1);
        QCOMPARE(emulator.connections(), 2);
        emulator.publish(4);
        QTRY_COMPARE_WITH_TIMEOUT(salto.seen.events.size(), 2, 5000);
        QVERIFY(salto.seen.failures.isEmpty());
        // The last hub going the same way leaves nothing: the feed fails, naming both.
        emulator.trigger(
            SaltoFault::CloseNoReconnect, QStringLiteral("Entry stream revoked"), QStringLiteral("entries"));
        QTRY_COMPARE_WITH_TIMEOUT(salto.seen.failures.size(), 1, 10000);
        QVERIFY(salto.seen.failures.first().message.contains(QLatin1String("Incident stream revoked")));
        QVERIFY(salto.seen.failures.first().message.contains(QLatin1String("Entry stream revoked")));
        QCOMPARE(retriesScheduled(salto.feed), 0);
    }

    void fixedTokenRefusedOnReconnectStopsThatHubAlone()
    {
        SaltoEmulator emulator(fastOptions());
        qint64 emulatorAheadMs = 0;
        emulator.setClock([&emulatorAheadMs] { return QDateTime::currentMSecsSinceEpoch() + emulatorAheadMs; });
        QVERIFY(emulator.start());
        QJsonObject c = testConfig(emulator);
        c.remove(QStringLiteral("tokenUrl"));
        c.insert(QStringLiteral("token"),
            emulator.mintToken({QStringLiteral("user_api.full_access")}, QStringLiteral("Site Admin"),
                {emulator.sites().first().id}, QDateTime::currentMSecsSinceEpoch() + 600000));
        HostedSalto salto(c);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 2, 10000);
        // The token expires for the hub; open connections keep streaming, a new upgrade is refused.
        emulatorAheadMs = 3600000;
        emulator.trigger(SaltoFault::DropConnections, QString(), QStringLiteral("incidents"));
        QTRY_VERIFY_WITH_TIMEOUT(
            salto.seen.stateTextContains(QStringLiteral("1 of 2 hubs live: incidents refused, 401 Unauthorized")),
            10000);
        QVERIFY(salto.seen.hasErrorCode(QStringLiteral("http_401")));
        QCOMPARE(retriesScheduled(salto.feed), 0);
        QCOMPARE(emulator.upgradeStatuses(), QList<int> {401});
        emulator.publish(4);
        QTRY_COMPARE_WITH_TIMEOUT(salto.seen.events.size(), 2, 5000);
        QVERIFY(salto.seen.failures.isEmpty());
    }

    void handshakeTimeoutThenRetry()
    {
        SaltoEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        emulator.setFault(SaltoFault::HandshakeSilence, true);
        QJsonObject c = testConfig(emulator);
        c.insert(QStringLiteral("handshakeTimeoutMs"), 300);
        c.insert(QStringLiteral("hubs"), QJsonArray {QStringLiteral("entries")});
        HostedSalto salto(c);
        QTRY_VERIFY_WITH_TIMEOUT(emulator.handshakesUnanswered() >= 2, 10000);
        QVERIFY(salto.seen.hasErrorCode(QStringLiteral("timeout")));
        bool named = false;
        for (const FeedError &e : salto.seen.errors)
            named = named
                || (e.code == QLatin1String("timeout") && e.retryable
                    && e.message.contains(QLatin1String("no handshake response within 300 ms")));
        QVERIFY(named);
        emulator.setFault(SaltoFault::HandshakeSilence, false);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(salto.seen.live(), 10000);
        QVERIFY(salto.seen.failures.isEmpty());
    }

    void idleClientPingsWithoutFlooding()
    {
        SaltoEmulatorOptions o = fastOptions();
        o.pingIntervalMs = 50; // much traffic in: a client that answered each message would flood
        SaltoEmulator emulator(o);
        QVERIFY(emulator.start());
        QJsonObject c = testConfig(emulator);
        c.insert(QStringLiteral("keepAliveMs"), 300);
        c.insert(QStringLiteral("serverTimeoutMs"), 10000);
        c.insert(QStringLiteral("hubs"), QJsonArray {QStringLiteral("entries")});
        FeedHost host;
        Observer seen(host);
        host.addFeed(test::makeFeed(c));
        QElapsedTimer elapsed;
        elapsed.start();
        host.start();
        QTRY_VERIFY_WITH_TIMEOUT(emulator.pingsReceived() >= 1, 10000);
        const int serverPings = emulator.pingsSent();
        QTRY_VERIFY_WITH_TIMEOUT(emulator.pingsSent() >= serverPings + 30, 10000);
        // One Ping per idle interval at most (coarse timers may fire 5 % early), whatever arrives meanwhile.
        const int pings = emulator.pingsReceived();
        QVERIFY2(pings <= int(elapsed.elapsed() / 285) + 1,
            qPrintable(QStringLiteral("%1 pings in %2 ms").arg(pings).arg(elapsed.elapsed())));
        QVERIFY(pings >= 2);
        QCOMPARE(emulator.connections(), 1);
        QVERIFY(!seen.hasErrorCode(QStringLiteral("timeout")));
    }

    void recordsCutInsideUtf8CharactersDecode()
    {
        SaltoEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        const sim::SaltoSite site = emulator.sites().at(1);
        QVERIFY(site.name.toUtf8().size() > site.name.size()); // multi-byte UTF-8 in every event of this site
        emulator.setFault(SaltoFault::SplitInsideCharacters, true);
        HostedSalto salto(emulator.feedConfig(QStringLiteral("salto"), site.id));
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 2, 10000);
        emulator.publish(4);
        QTRY_COMPARE_WITH_TIMEOUT(salto.seen.events.size(), 4, 10000);
        for (const Event &e : salto.seen.events)
            QCOMPARE(e.source, site.name);
        QVERIFY(!salto.seen.hasErrorCode(QStringLiteral("bad_record")));
        QVERIFY(!salto.seen.hasErrorCode(QStringLiteral("connection_lost")));
        QCOMPARE(emulator.connections(), 2);
    }

    void severalArgumentsInOneInvocationGiveOneEventEach()
    {
        SaltoEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        emulator.setFault(SaltoFault::BatchedArguments, true);
        HostedSalto salto(testConfig(emulator));
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 2, 10000);
        emulator.publish(6); // one invocation per hub, three arguments each
        QTRY_COMPARE_WITH_TIMEOUT(salto.seen.events.size(), 6, 10000);
        QCOMPARE(salto.host.metrics(QStringLiteral("salto"))->frames.load(), quint64(2));
        QSet<QString> keys;
        for (const Event &e : salto.seen.events)
            keys.insert(e.key);
        QCOMPARE(keys.size(), 6);
        QCOMPARE(keys, emulator.eventIdsSent());
    }

    void malformedRecordThenDroppedSocketReconnectsWithoutAnEvent()
    {
        SaltoRun run;
        QVERIFY(run.start());
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.activeConnections(), 2, 10000);
        run.emulator.trigger(SaltoFault::MalformedRecord);
        // Dropped once the record has arrived: an abort at once would discard it unsent.
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.hasErrorCode(QStringLiteral("bad_record")), 5000);
        run.emulator.trigger(SaltoFault::DropConnections);
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.hasErrorCode(QStringLiteral("connection_lost")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(run.emulator.connections() >= 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.activeConnections(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.live(), 10000);
        run.emulator.publish(2);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), 2, 5000);
        // Each hub's bad record was a frame too (the decoder parses every record, reports it and skips it); the
        // others are the two events published after the reconnect.
        const FeedMetrics *m = run.host.metrics(QStringLiteral("salto"));
        quint64 badRecords = 0;
        for (const FeedError &e : run.seen.errors)
            badRecords += e.code == QLatin1String("bad_record");
        QVERIFY(badRecords >= 1);
        QCOMPARE(m->frames.load(), 2 + badRecords);
        QTRY_COMPARE_WITH_TIMEOUT(m->events.load(), quint64(2), 5000);
        for (const Event &e : run.seen.events)
            QVERIFY(run.emulator.eventIdsSent().contains(e.key));
        QVERIFY(run.seen.failures.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSaltoIntegration)
#include "tst_salto_integration.moc"
