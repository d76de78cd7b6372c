// The Salto feed end to end against the emulator over loopback with TLS: token from /connect/token, both hubs
// live, entries and incidents decoded; 401 renews the token once and then fails; 403 fails at once naming the
// permission and does not retry; a server Close with allowReconnect reconnects, without it the feed stops with
// the server's error; the server timeout reconnects with a visible countdown; a malformed record is reported and
// the stream goes on; a reconnect to a replaying server yields no duplicate events; the token in the query.
#include "feeds/salto/salto_feed.h"
#include "pipeline/feed_host.h"
#include "pipeline/feed_registry.h"
#include "sim/salto/salto_emulator.h"

#include "feed_host_observer.h"
#include "registered_feed.h"

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

} // namespace

class TestSaltoIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerBuiltinFeeds(); }

    void entriesAndIncidentsFlowOverTls()
    {
        SaltoEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        FeedHost host;
        Observer seen(host);
        host.addFeed(test::makeFeed(testConfig(emulator)));
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 2, 10000);
        QTRY_VERIFY(seen.live());
        emulator.publish(4);
        QTRY_COMPARE_WITH_TIMEOUT(seen.events.size(), 4, 10000);
        int incidents = 0;
        for (const Event &e : seen.events) {
            QCOMPARE(e.feed, QStringLiteral("salto"));
            QVERIFY(e.kind == QLatin1String("door.entry") || e.kind == QLatin1String("door.incident"));
            incidents += e.kind == QLatin1String("door.incident");
            QCOMPARE(e.source, emulator.sites().first().name);
            QVERIFY(emulator.eventIdsSent().contains(e.key));
            QCOMPARE(QJsonDocument::fromJson(e.attrs).object().value(QStringLiteral("id")).toString(), e.key);
        }
        QCOMPARE(incidents, 2);
        QCOMPARE(emulator.tokensIssued(), 1);
        QCOMPARE(emulator.authorizations(), (QList<QByteArray> {"header", "header"}));
        // Keep-alive both ways.
        QTRY_VERIFY_WITH_TIMEOUT(emulator.pingsReceived() >= 1, 5000);
        QVERIFY(seen.failures.isEmpty());
        host.stop();
        QTRY_COMPARE(emulator.closesReceived(), 2);
    }

    void tokenIsRenewedBeforeExpiryWithoutDisturbingTheStream()
    {
        SaltoEmulatorOptions o = fastOptions();
        o.tokenLifetimeSec = 2; // renewed at 90 % of its lifetime
        SaltoEmulator emulator(o);
        QVERIFY(emulator.start());
        FeedHost host;
        Observer seen(host);
        host.addFeed(test::makeFeed(testConfig(emulator)));
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(emulator.tokensIssued() >= 2, 10000);
        QCOMPARE(emulator.connections(), 2); // open connections keep their token
        QVERIFY(seen.live());
        // A reconnect after the first token expired uses the renewed one.
        QTest::qWait(500);
        emulator.trigger(SaltoFault::DropConnections);
        QTRY_VERIFY_WITH_TIMEOUT(emulator.connections() >= 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 2, 10000);
        QVERIFY(!emulator.upgradeStatuses().contains(401));
        QVERIFY(seen.failures.isEmpty());
    }

    void tokenInQuery()
    {
        SaltoEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        QJsonObject c = testConfig(emulator);
        c.insert(QStringLiteral("tokenInQuery"), true);
        c.insert(QStringLiteral("hubs"), QJsonArray {QStringLiteral("incidents")});
        FeedHost host;
        Observer seen(host);
        host.addFeed(test::makeFeed(c));
        host.start();
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
        FeedHost host;
        Observer seen(host);
        host.addFeed(test::makeFeed(testConfig(emulator)));
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(seen.failures.size(), 1, 10000);
        QCOMPARE(seen.failures.first().code, QStringLiteral("http_401"));
        QVERIFY(seen.failures.first().message.contains(QLatin1String("again with a new token")));
        QTest::qWait(300);
        QCOMPARE(emulator.tokensIssued(), 2);
        // The hub refused twice is certain; whether the other hub's upgrades reached the server before the feed
        // failed and closed it depends on scheduling (CI saw 2), so only the upper bound (no retry loop) is fixed.
        QVERIFY(emulator.upgradeStatuses().size() >= 2);
        QVERIFY(emulator.upgradeStatuses().size() <= 4);
        QCOMPARE(emulator.upgradeStatuses().count(401), emulator.upgradeStatuses().size());
        QCOMPARE(seen.states.last(), FeedState::Failed);
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
        FeedHost host;
        Observer seen(host);
        host.addFeed(test::makeFeed(c));
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(seen.failures.size(), 1, 10000);
        QVERIFY(seen.hasErrorCode(QStringLiteral("token_expired")));
        QCOMPARE(seen.failures.first().code, QStringLiteral("http_401"));
        QVERIFY(seen.failures.first().message.contains(QLatin1String("invalid or expired")));
    }

    void forbiddenFailsNamingThePermissionWithoutRetrying()
    {
        SaltoEmulatorOptions o = fastOptions();
        o.role = QStringLiteral("Guest");
        SaltoEmulator emulator(o);
        QVERIFY(emulator.start());
        FeedHost host;
        Observer seen(host);
        host.addFeed(test::makeFeed(testConfig(emulator)));
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(seen.failures.size(), 1, 10000);
        const FeedError &e = seen.failures.first();
        QCOMPARE(e.code, QStringLiteral("http_403"));
        QCOMPARE(e.feed, QStringLiteral("salto"));
        QVERIFY(e.message.contains(QLatin1String("user_api.full_access")));
        QVERIFY(e.message.contains(QLatin1String("Site Admin")));
        const int rejected = emulator.upgradesRejected();
        QTest::qWait(500);
        QCOMPARE(emulator.upgradesRejected(), rejected);
        QVERIFY(rejected <= 2);
        QCOMPARE(emulator.tokensIssued(), 1);
    }

    void serverCloseWithAllowReconnectReconnects()
    {
        SaltoEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        FeedHost host;
        Observer seen(host);
        host.addFeed(test::makeFeed(testConfig(emulator)));
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 2, 10000);
        emulator.trigger(SaltoFault::CloseAllowReconnect, QStringLiteral("Hub restarting"));
        QTRY_VERIFY_WITH_TIMEOUT(emulator.connections() >= 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 2, 10000);
        QTRY_VERIFY(seen.live());
        QVERIFY(seen.hasErrorCode(QStringLiteral("server_close")));
        QVERIFY(seen.failures.isEmpty());
        emulator.publish(2);
        QTRY_COMPARE_WITH_TIMEOUT(seen.events.size(), 2, 5000);
    }

    void serverCloseWithoutAllowReconnectStops()
    {
        SaltoEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        FeedHost host;
        Observer seen(host);
        host.addFeed(test::makeFeed(testConfig(emulator)));
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 2, 10000);
        emulator.trigger(SaltoFault::CloseNoReconnect, QStringLiteral("Subscription revoked"));
        QTRY_COMPARE_WITH_TIMEOUT(seen.failures.size(), 1, 10000);
        QVERIFY(seen.failures.first().message.contains(QLatin1String("Subscription revoked")));
        QTRY_COMPARE(emulator.activeConnections(), 0);
        QTest::qWait(300);
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
        FeedHost host;
        Observer seen(host);
        host.addFeed(test::makeFeed(c));
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 1, 10000);
        QTest::qWait(1000); // server pings every 200 ms keep it alive
        QVERIFY(!seen.hasErrorCode(QStringLiteral("timeout")));
        emulator.setFault(SaltoFault::StopPinging, true);
        QTRY_VERIFY_WITH_TIMEOUT(seen.hasErrorCode(QStringLiteral("timeout")), 5000);
        // The first retry after a live connection goes at once; the state says so with its countdown.
        QTRY_VERIFY_WITH_TIMEOUT(seen.stateTextContains(QStringLiteral("entries reconnecting in")), 10000);
        emulator.setFault(SaltoFault::StopPinging, false);
        QTRY_VERIFY_WITH_TIMEOUT(emulator.connections() >= 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(seen.live(), 10000);
        QVERIFY(seen.failures.isEmpty());
    }

    void malformedRecordIsReportedAndStreamGoesOn()
    {
        SaltoEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        FeedHost host;
        Observer seen(host);
        host.addFeed(test::makeFeed(testConfig(emulator)));
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 2, 10000);
        emulator.setFault(SaltoFault::SplitRecords, true);
        emulator.trigger(SaltoFault::MalformedRecord);
        QTRY_VERIFY_WITH_TIMEOUT(seen.hasErrorCode(QStringLiteral("bad_record")), 5000);
        emulator.publish(4);
        QTRY_COMPARE_WITH_TIMEOUT(seen.events.size(), 4, 5000);
        QCOMPARE(emulator.connections(), 2);
        QVERIFY(seen.failures.isEmpty());
    }

    void reconnectToAReplayingServerYieldsNoDuplicates()
    {
        SaltoEmulatorOptions o = fastOptions();
        o.replayOnConnect = 10;
        SaltoEmulator emulator(o);
        QVERIFY(emulator.start());
        FeedHost host;
        Observer seen(host);
        host.addFeed(test::makeFeed(testConfig(emulator)));
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 2, 10000);
        emulator.publish(6);
        QTRY_COMPARE_WITH_TIMEOUT(seen.events.size(), 6, 5000);
        emulator.trigger(SaltoFault::DropConnections);
        QTRY_VERIFY_WITH_TIMEOUT(emulator.connections() >= 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.activeConnections(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(host.metrics(QStringLiteral("salto"))->duplicates.load() >= 6, 5000);
        emulator.publish(2);
        QTRY_COMPARE_WITH_TIMEOUT(seen.events.size(), 8, 5000);
        QTest::qWait(100);
        QSet<QString> keys;
        for (const Event &e : seen.events)
            keys.insert(e.key);
        QCOMPARE(keys.size(), seen.events.size());
        QCOMPARE(seen.events.size(), 8);
        QVERIFY(seen.hasErrorCode(QStringLiteral("connection_lost")));
    }
};

QTEST_GUILESS_MAIN(TestSaltoIntegration)
#include "tst_salto_integration.moc"
