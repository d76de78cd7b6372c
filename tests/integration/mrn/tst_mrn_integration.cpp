// The MRN feed end to end against the LSEG emulator over loopback with TLS: the real token, discovery, WebSocket,
// decode and pipeline code, verified against the emulator's self-signed CA.
#include "pipeline/feed.h"
#include "pipeline/feed_host.h"
#include "pipeline/feed_registry.h"
#include "sim/mrn/lseg_emulator.h"

#include "emulated_feed.h"
#include "feed_host_observer.h"
#include "integration_configured_feed.h"
#include "integration_hosted_feed.h"
#include "registered_feed.h"

#include <QSignalSpy>
#include <QTest>

using namespace sb;
using sim::LsegEmulator;
using sim::LsegEmulatorOptions;
using sim::LsegFault;

namespace {

// Collects what the host delivers.
struct Observer : test::FeedHostObserver
{
    using FeedHostObserver::FeedHostObserver;
    int countState(FeedState s) const { return int(states.count(s)); }
    bool hasTitle(const QString &title) const
    {
        for (const Event &e : events)
            if (e.titleText() == title)
                return true;
        return false;
    }
};

LsegEmulatorOptions fastOptions()
{
    LsegEmulatorOptions o;
    o.storiesPerSecond = 20;
    o.duplicateProbability = 0;
    o.newVersionProbability = 0;
    return o;
}

QJsonObject testConfig(const LsegEmulator &emulator)
{
    QJsonObject c = emulator.feedConfig(QStringLiteral("mrn"));
    c.insert(QStringLiteral("reconnectMinMs"), 50);
    c.insert(QStringLiteral("reconnectMaxMs"), 400);
    return c;
}

using HostedMrn = test::HostedFeed<Observer>;

using MrnRun = test::ConfiguredFeed<LsegEmulator, Observer, fastOptions, testConfig>;

} // namespace

class TestMrnIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerBuiltinFeeds(); }

    void storiesFlowOverTls()
    {
        LsegEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        QVERIFY(emulator.tokenUrl().scheme() == QLatin1String("https"));
        HostedMrn mrn(testConfig(emulator));
        QTRY_VERIFY_WITH_TIMEOUT(mrn.seen.events.size() >= 10, 20000);
        QVERIFY(mrn.seen.countState(FeedState::Live) >= 1);
        // The real published stories open every stream and decode to their known headlines.
        QVERIFY(mrn.seen.hasTitle(QStringLiteral("Kremlin says visit by India's Modi to Russia is very important")));
        QVERIFY(mrn.seen.hasTitle(QStringLiteral("REG - Dev Clever Holdings  - Holding(s) in Company")));
        for (const Event &e : mrn.seen.events) {
            QCOMPARE(e.feed, QStringLiteral("mrn"));
            QVERIFY(e.kind.startsWith(QLatin1String("news.")));
            QVERIFY(!e.key.isEmpty());
        }
        QVERIFY2(mrn.seen.failures.isEmpty(), qPrintable(mrn.seen.failures.value(0).message));
        QCOMPARE(emulator.tokensIssued(), 1);
        QCOMPARE(emulator.loginsAccepted(), 1);
        const FeedMetrics *m = mrn.host.metrics(QStringLiteral("mrn"));
        QVERIFY(m && m->frames.load() > 0 && m->events.load() >= 10);
    }

    void tlsIsVerified()
    {
        LsegEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        QJsonObject config = testConfig(emulator);
        config.remove(QStringLiteral("caFile")); // the self-signed CA is not trusted any more
        HostedMrn mrn(config);
        QTRY_VERIFY_WITH_TIMEOUT(!mrn.seen.errors.isEmpty(), 20000);
        QCOMPARE(mrn.seen.errors.first().stage, FeedError::Stage::Auth);
        QCOMPARE(emulator.tokensIssued(), 0);
        QVERIFY(mrn.seen.events.isEmpty());
    }

    void tokenRejected()
    {
        LsegEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        QJsonObject config = testConfig(emulator);
        config.insert(QStringLiteral("clientSecret"), QStringLiteral("wrong-secret-XYZ"));
        HostedMrn mrn(config);
        QTRY_COMPARE_WITH_TIMEOUT(mrn.seen.failures.size(), 1, 20000);
        const FeedError e = mrn.seen.failures.first();
        QCOMPARE(e.stage, FeedError::Stage::Auth);
        QVERIFY2(e.message.contains(QLatin1String("401")), qPrintable(e.message));
        QVERIFY2(!e.message.contains(QLatin1String("wrong-secret-XYZ")), qPrintable(e.message));
        QVERIFY(!e.retryable);
        QCOMPARE(mrn.seen.states.last(), FeedState::Failed);
    }

    void discoveryForbidden()
    {
        LsegEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        emulator.setFault(LsegFault::DiscoveryForbidden, true);
        HostedMrn mrn(testConfig(emulator));
        QTRY_COMPARE_WITH_TIMEOUT(mrn.seen.failures.size(), 1, 20000);
        QCOMPARE(mrn.seen.failures.first().stage, FeedError::Stage::Discovery);
        QVERIFY2(mrn.seen.failures.first().message.contains(QLatin1String("trapi.streaming.pricing.read")),
            qPrintable(mrn.seen.failures.first().message));
        QCOMPARE(emulator.discoveryRequests(), 1); // not retried in a loop
    }

    void loginRejected()
    {
        LsegEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        emulator.setFault(LsegFault::LoginRejected, true);
        HostedMrn mrn(testConfig(emulator));
        QTRY_COMPARE_WITH_TIMEOUT(mrn.seen.failures.size(), 1, 20000);
        QCOMPARE(mrn.seen.failures.first().stage, FeedError::Stage::Login);
        QVERIFY(mrn.seen.failures.first().message.contains(QLatin1String("Login")));
        QCOMPARE(emulator.connections(), 1); // Closed is final: no reconnect loop
    }

    void dropMidStoryResumesWithFreshTokenAndNoPartialStory()
    {
        LsegEmulatorOptions options = fastOptions();
        options.storiesPerSecond = 5;
        MrnRun run(options);
        QVERIFY(run.start());
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.events.size() >= 3, 20000);
        QCOMPARE(run.emulator.tokensIssued(), 1);
        const int before = int(run.seen.events.size());
        run.emulator.trigger(LsegFault::DropMidStory);
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.hasErrorCode(QStringLiteral("disconnected")), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(run.emulator.loginsAccepted(), 2, 20000);
        QCOMPARE(run.emulator.tokensIssued(), 2); // the first attempt after a disconnect takes a new token
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.events.size() >= before + 3, 20000);
        QVERIFY(run.seen.countState(FeedState::Reconnecting) >= 1);
        // The half-sent story never completes and never surfaces as an error of the new connection.
        QVERIFY(!run.seen.hasErrorCode(QStringLiteral("mrn_orphan_fragment")));
        QVERIFY(!run.seen.hasErrorCode(QStringLiteral("mrn_gzip")));
        QVERIFY(run.seen.failures.isEmpty());
        const FeedMetrics *m = run.host.metrics(QStringLiteral("mrn"));
        QCOMPARE(m->reconnects.load(), quint64(1));
    }

    void pingTimeoutReconnects()
    {
        LsegEmulatorOptions options = fastOptions();
        options.storiesPerSecond = 0;
        options.replayRealStories = false;
        options.pingTimeoutSec = 1; // announced in the Login Refresh
        LsegEmulator emulator(options);
        QVERIFY(emulator.start());
        emulator.setFault(LsegFault::StopPinging, true); // the server goes silent after login
        HostedMrn mrn(testConfig(emulator));
        QTRY_VERIFY_WITH_TIMEOUT(mrn.seen.hasErrorCode(QStringLiteral("ping_timeout")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(emulator.loginsAccepted() >= 2, 20000);
        QVERIFY(mrn.seen.failures.isEmpty());
    }

    void answersServerPings()
    {
        LsegEmulatorOptions options = fastOptions();
        options.pingIntervalMs = 100;
        options.pingTimeoutMs = 1000;
        MrnRun run(options);
        QVERIFY(run.start());
        QTRY_VERIFY_WITH_TIMEOUT(run.emulator.pongsReceived() >= 5, 20000);
        QCOMPARE(run.emulator.loginsAccepted(), 1); // never dropped for a missing Pong
    }

    void failsOverToTheNextEndpoint()
    {
        LsegEmulator emulator(fastOptions());
        QVERIFY(emulator.start());
        emulator.setFault(LsegFault::FirstEndpointDown, true);
        HostedMrn mrn(testConfig(emulator));
        QTRY_VERIFY_WITH_TIMEOUT(mrn.seen.events.size() >= 3, 20000);
        QVERIFY(mrn.seen.hasErrorCode(QStringLiteral("connect_failed")));
        QCOMPARE(emulator.loginsAccepted(), 1);
        QVERIFY(mrn.seen.failures.isEmpty());
    }

    void badInputIsReportedAndTheSessionGoesOn()
    {
        MrnRun run;
        QVERIFY(run.start());
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.events.size() >= 2, 20000);
        const QList<QPair<LsegFault, QString>> faults {
            {LsegFault::MalformedFrame, QStringLiteral("omm_json")},
            {LsegFault::BadBase64Fragment, QStringLiteral("mrn_bad_base64")},
            {LsegFault::CorruptGzip, QStringLiteral("mrn_gzip")},
            {LsegFault::OrphanFragment, QStringLiteral("mrn_orphan_fragment")},
            {LsegFault::FragmentGap, QStringLiteral("mrn_fragment_gap")},
            {LsegFault::FragmentsExceedTotal, QStringLiteral("mrn_size_exceeded")},
            {LsegFault::GzipBomb, QStringLiteral("mrn_inflate_too_large")},
            {LsegFault::MalformedStoryJson, QStringLiteral("mrn_story_json")},
            {LsegFault::OmmError, QStringLiteral("omm_error")},
        };
        for (const auto &f : faults) {
            run.emulator.trigger(f.first);
            QTRY_VERIFY2_WITH_TIMEOUT(run.seen.hasErrorCode(f.second), qPrintable(f.second), 20000);
        }
        const int before = int(run.seen.events.size());
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.events.size() >= before + 2, 20000);
        QCOMPARE(run.emulator.loginsAccepted(), 1); // none of it cost the connection
        QVERIFY(run.seen.failures.isEmpty());
        for (const FeedError &e : run.seen.errors)
            QCOMPARE(e.feed, QStringLiteral("mrn"));
    }

    void oversizeMessageIsRefusedByTheSocketAndTheFeedReconnects()
    {
        // 17 MiB, above the decoder's 16 MiB bound: the socket refuses it as it arrives (close 1009) instead of
        // buffering it whole for the decoder to refuse, and the feed reconnects.
        MrnRun run;
        QVERIFY(run.start());
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.events.size() >= 2, 20000);
        run.emulator.trigger(LsegFault::OversizeMessage);
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.hasErrorCode(QStringLiteral("message_too_large")), 20000);
        for (const FeedError &e : run.seen.errors) {
            if (e.code != QLatin1String("message_too_large"))
                continue;
            QCOMPARE(e.feed, QStringLiteral("mrn"));
            QVERIFY2(e.message.contains(QLatin1String("16777216-byte bound")), qPrintable(e.message));
            QVERIFY(e.retryable);
        }
        QVERIFY(!run.seen.hasErrorCode(QStringLiteral("omm_frame_too_large"))); // never reached the decoder
        QTRY_VERIFY_WITH_TIMEOUT(run.emulator.loginsAccepted() >= 2, 20000);
        const int before = int(run.seen.events.size());
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.events.size() >= before + 2, 20000);
        QVERIFY(run.seen.failures.isEmpty());
    }

    void duplicatesShownOnce()
    {
        LsegEmulatorOptions options = fastOptions();
        options.storiesPerSecond = 0;
        MrnRun run(options);
        QVERIFY(run.start());
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.events.size() >= 3, 20000); // the real stories
        run.emulator.publishStories(1);
        QTRY_VERIFY_WITH_TIMEOUT(run.seen.events.size() >= 4, 20000);
        const int before = int(run.seen.events.size());
        run.emulator.trigger(LsegFault::DuplicateStory, 3);
        run.emulator.trigger(LsegFault::NewVersionStory);
        QTRY_COMPARE_WITH_TIMEOUT(run.seen.events.size(), before + 1, 20000);
        QCOMPARE(run.seen.events.last().key, run.seen.events.at(before - 1).key); // the new version, same key
        QTRY_VERIFY(run.host.metrics(QStringLiteral("mrn"))->duplicates.load() >= 3);
    }

    void v1RenewsTheTokenOnTheOpenSocket()
    {
        // V1: password grant, then refresh_token at 0.8 x expires_in, and the new token goes out as a Login reissue
        // with "Refresh": false on the same socket. The emulator closes a V1 login whose token expires unrenewed.
        LsegEmulatorOptions options = fastOptions();
        options.v1TokenLifetimeSec = 2;
        LsegEmulator emulator(options);
        QVERIFY(emulator.start());
        QList<QJsonObject> logins;
        connect(&emulator, &LsegEmulator::loginReceived, this, [&](const QJsonObject &l) { logins << l; });
        QJsonObject config = emulator.feedConfigV1(QStringLiteral("mrn"));
        config.insert(QStringLiteral("reconnectMinMs"), 50);
        HostedMrn mrn(config);
        QTRY_VERIFY_WITH_TIMEOUT(mrn.seen.countState(FeedState::Live) >= 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(logins.size() >= 3, 20000); // two renewals, each before the 2 s expiry
        for (int i = 1; i < logins.size(); ++i)
            QCOMPARE(logins.at(i).value(QStringLiteral("Refresh")).toBool(true), false);
        QCOMPARE(emulator.connections(), 1); // never dropped for an expired token
        QCOMPARE(mrn.seen.countState(FeedState::Reconnecting), 0);
        QVERIFY(emulator.tokenRequests() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestMrnIntegration)
#include "tst_mrn_integration.moc"
