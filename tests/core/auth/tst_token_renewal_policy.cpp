#include "auth/token_renewal_policy.h"

#include <QTest>

using sb::TokenInfo;
using sb::TokenRenewalPolicy;
using Action = sb::TokenRenewalPolicy::Action;

namespace {

// Deterministic UTC ms; tests move it by hand.
struct FakeClock
{
    qint64 nowMs = 1'751'450'000'000;
    void advanceSec(double s) { nowMs += qint64(s * 1000); }
};

TokenInfo tokenAt(qint64 obtainedMs, int expiresInSec)
{
    TokenInfo t;
    t.accessToken = QStringLiteral("access");
    t.tokenType = QStringLiteral("Bearer");
    t.expiresInSec = expiresInSec;
    t.obtainedMs = obtainedMs;
    return t;
}

} // namespace

Q_DECLARE_METATYPE(TokenRenewalPolicy::Action)

class TestTokenRenewalPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void delta_data()
    {
        QTest::addColumn<int>("expiresIn");
        QTest::addColumn<qint64>("deltaMs");
        QTest::newRow("V2 lifetime") << 7199 << qint64(300'000);
        QTest::newRow("600 is not short") << 600 << qint64(300'000);
        QTest::newRow("599 is short: 5 %") << 599 << qint64(29'950);
        QTest::newRow("V1 default 300") << 300 << qint64(15'000);
        QTest::newRow("20 s") << 20 << qint64(1'000);
        QTest::newRow("1 s") << 1 << qint64(50);
        QTest::newRow("none") << 0 << qint64(0);
    }
    void delta()
    {
        QFETCH(int, expiresIn);
        QFETCH(qint64, deltaMs);
        QCOMPARE(TokenRenewalPolicy::deltaMs(expiresIn), deltaMs);
        QCOMPARE(TokenRenewalPolicy::deltaSec(expiresIn), double(deltaMs) / 1000.0);
    }
    void renewPoints()
    {
        const qint64 t0 = 1'000'000;
        QCOMPARE(TokenRenewalPolicy::v2RenewAtMs(tokenAt(t0, 7199)), t0 + 6'899'000);
        QCOMPARE(TokenRenewalPolicy::v2RenewAtMs(tokenAt(t0, 600)), t0 + 300'000);
        QCOMPARE(TokenRenewalPolicy::v2RenewAtMs(tokenAt(t0, 599)), t0 + 569'050);
        QCOMPARE(TokenRenewalPolicy::v1RenewAtMs(tokenAt(t0, 600)), t0 + 480'000);
        QCOMPARE(TokenRenewalPolicy::v1RenewAtMs(tokenAt(t0, 300)), t0 + 240'000);
        QCOMPARE(TokenRenewalPolicy::v1RenewAtMs(tokenAt(t0, 7199)), t0 + 5'759'200);
    }

    void v2NeverRenewsAnOpenConnection()
    {
        const TokenRenewalPolicy policy;
        QCOMPARE(policy.version(), TokenRenewalPolicy::Version::V2);
        QVERIFY(!policy.renewWhileConnectedAtMs(tokenAt(0, 7199)).has_value());
        QVERIFY(!policy.renewWhileConnectedAtMs(tokenAt(0, 60)).has_value());
    }
    void v2InvalidTokenIsFetched()
    {
        const TokenRenewalPolicy policy;
        FakeClock clock;
        QCOMPARE(policy.beforeConnect(TokenInfo(), false, clock.nowMs), Action::FetchNew);
        TokenInfo noLifetime = tokenAt(clock.nowMs, 0);
        QCOMPARE(policy.beforeConnect(noLifetime, false, clock.nowMs), Action::FetchNew);
    }
    void v2InitialConnectUsesAFreshToken()
    {
        // Token fetched, then discovery, then the first connect: no second fetch.
        const TokenRenewalPolicy policy;
        FakeClock clock;
        const TokenInfo token = tokenAt(clock.nowMs, 7199);
        clock.advanceSec(1.5);
        QCOMPARE(policy.beforeConnect(token, false, clock.nowMs), Action::UseCurrent);
    }
    void v2FirstAttemptAfterDisconnectFetches()
    {
        const TokenRenewalPolicy policy;
        FakeClock clock;
        const TokenInfo token = tokenAt(clock.nowMs, 7199);
        // Even a token a second old: LSEG requires a new one for the first reconnect.
        clock.advanceSec(1);
        QCOMPARE(policy.beforeConnect(token, true, clock.nowMs), Action::FetchNew);
        // Connected for hours past expiry, then dropped: still FetchNew, and no renewal was due in between.
        clock.advanceSec(4 * 3600);
        QCOMPARE(policy.beforeConnect(token, true, clock.nowMs), Action::FetchNew);
    }
    void v2ReconnectBoundary_data()
    {
        QTest::addColumn<int>("expiresIn");
        QTest::addColumn<qint64>("offsetMs");
        QTest::addColumn<Action>("expected");
        // E = 600: Δ = 300 s, renew at +300 000 ms.
        QTest::newRow("600 one ms before") << 600 << qint64(299'999) << Action::UseCurrent;
        QTest::newRow("600 exact") << 600 << qint64(300'000) << Action::FetchNew;
        QTest::newRow("600 after") << 600 << qint64(300'001) << Action::FetchNew;
        // E = 599: Δ = 29.95 s, renew at +569 050 ms.
        QTest::newRow("599 at 300 s") << 599 << qint64(300'000) << Action::UseCurrent;
        QTest::newRow("599 one ms before") << 599 << qint64(569'049) << Action::UseCurrent;
        QTest::newRow("599 exact") << 599 << qint64(569'050) << Action::FetchNew;
        // V2's usual lifetime: renew 300 s before expiry.
        QTest::newRow("7199 one ms before") << 7199 << qint64(6'898'999) << Action::UseCurrent;
        QTest::newRow("7199 exact") << 7199 << qint64(6'899'000) << Action::FetchNew;
        QTest::newRow("7199 expired") << 7199 << qint64(7'200'000) << Action::FetchNew;
        QTest::newRow("clock went back") << 7199 << qint64(-5'000) << Action::UseCurrent;
    }
    void v2ReconnectBoundary()
    {
        QFETCH(int, expiresIn);
        QFETCH(qint64, offsetMs);
        QFETCH(Action, expected);
        const TokenRenewalPolicy policy(TokenRenewalPolicy::Version::V2);
        FakeClock clock;
        const TokenInfo token = tokenAt(clock.nowMs, expiresIn);
        clock.nowMs += offsetMs;
        QCOMPARE(policy.beforeConnect(token, false, clock.nowMs), expected);
    }
    void v2ReconnectLoopLikeTheSample()
    {
        // The article's loop: an attempt every 5 s while the server stays away. E = 600 s: one fetch on the first
        // attempt, then one every 300 s.
        const TokenRenewalPolicy policy;
        FakeClock clock;
        TokenInfo token = tokenAt(clock.nowMs - 3'600'000, 600); // obtained long ago; the connection was up
        QList<qint64> fetchedAt;
        const qint64 disconnectedAt = clock.nowMs;
        bool first = true;
        for (int attempt = 0; attempt < 200; ++attempt) { // 1000 s of reconnecting
            if (policy.beforeConnect(token, first, clock.nowMs) == Action::FetchNew) {
                token = tokenAt(clock.nowMs, 600);
                fetchedAt.append(clock.nowMs - disconnectedAt);
            }
            first = false;
            clock.advanceSec(5);
        }
        QCOMPARE(fetchedAt, (QList<qint64> {0, 300'000, 600'000, 900'000}));
    }

    void v1RenewsAtEightyPercentWhileConnected()
    {
        const TokenRenewalPolicy policy(TokenRenewalPolicy::Version::V1);
        FakeClock clock;
        const TokenInfo token = tokenAt(clock.nowMs, 600);
        QCOMPARE(policy.renewWhileConnectedAtMs(token), std::optional<qint64>(clock.nowMs + 480'000));
    }
    void v1BeforeConnect_data()
    {
        QTest::addColumn<int>("expiresIn");
        QTest::addColumn<qint64>("offsetMs");
        QTest::addColumn<bool>("firstAfterDisconnect");
        QTest::addColumn<Action>("expected");
        QTest::newRow("fresh") << 600 << qint64(1'000) << false << Action::UseCurrent;
        // A V1 token outlives a connection; the disconnect alone is no reason to fetch.
        QTest::newRow("fresh after disconnect") << 600 << qint64(1'000) << true << Action::UseCurrent;
        QTest::newRow("one ms before 80 %") << 600 << qint64(479'999) << true << Action::UseCurrent;
        QTest::newRow("exact 80 %") << 600 << qint64(480'000) << false << Action::FetchNew;
        QTest::newRow("300 s exact 80 %") << 300 << qint64(240'000) << false << Action::FetchNew;
        QTest::newRow("expired") << 300 << qint64(301'000) << true << Action::FetchNew;
    }
    void v1BeforeConnect()
    {
        QFETCH(int, expiresIn);
        QFETCH(qint64, offsetMs);
        QFETCH(bool, firstAfterDisconnect);
        QFETCH(Action, expected);
        const TokenRenewalPolicy policy(TokenRenewalPolicy::Version::V1);
        FakeClock clock;
        const TokenInfo token = tokenAt(clock.nowMs, expiresIn);
        clock.nowMs += offsetMs;
        QCOMPARE(policy.beforeConnect(token, firstAfterDisconnect, clock.nowMs), expected);
    }
};

QTEST_APPLESS_MAIN(TestTokenRenewalPolicy)
#include "tst_token_renewal_policy.moc"
