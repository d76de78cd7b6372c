// A redirect followed by hand: which statuses count, relative and absolute Locations, the hop limit, no https→http
// downgrade, no hop to another origin, and the error code and message of each refusal (with secrets in the target
// redacted).
#include "net/redirect_hop.h"

#include <QTest>

using sb::RedirectHop;

class TestRedirectHop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statuses()
    {
        for (int s : {301, 302, 307, 308}) {
            QVERIFY(RedirectHop::isRedirect(s, false));
            QVERIFY(RedirectHop::isRedirect(s, true));
        }
        QVERIFY(!RedirectHop::isRedirect(303, false)); // a POST must not silently become a GET
        QVERIFY(RedirectHop::isRedirect(303, true));
        for (int s : {200, 300, 304, 305, 400})
            QVERIFY(!RedirectHop::isRedirect(s, true));
    }

    void resolvesRelativeAndAbsolute()
    {
        const QUrl from(QStringLiteral("https://auth.example.com/v1/token?x=1"));
        RedirectHop hop = RedirectHop::next(from, " /v2/token \r", 0);
        QVERIFY(hop.follow());
        QCOMPARE(hop.target(), QUrl(QStringLiteral("https://auth.example.com/v2/token")));
        // The same origin spelt differently: host case and the scheme's default port written out.
        hop = RedirectHop::next(from, "https://AUTH.example.com:443/v3/token", 4);
        QVERIFY(hop.follow());
        QCOMPARE(hop.target().path(), QStringLiteral("/v3/token"));
        QVERIFY(hop.errorCode().isEmpty());
    }

    void refusesAMissingLocation()
    {
        const RedirectHop hop = RedirectHop::next(QUrl(QStringLiteral("https://a.example/")), "", 0);
        QCOMPARE(hop.outcome(), RedirectHop::Outcome::NoLocation);
        QCOMPARE(hop.errorCode(), QStringLiteral("bad_redirect"));
        QCOMPARE(hop.errorMessage(QStringLiteral("token endpoint X"), 302),
            QStringLiteral("token endpoint X answered HTTP 302 without a usable Location"));
    }

    void stopsAfterTheLimit()
    {
        const RedirectHop hop
            = RedirectHop::next(QUrl(QStringLiteral("https://a.example/")), "/b", RedirectHop::kMaxHops);
        QCOMPARE(hop.outcome(), RedirectHop::Outcome::TooMany);
        QCOMPARE(hop.errorCode(), QStringLiteral("too_many_redirects"));
        QVERIFY(hop.errorMessage(QStringLiteral("discovery"), 307).contains(QLatin1String("more than 5 times")));
    }

    void neverDowngradesToHttp()
    {
        const RedirectHop hop = RedirectHop::next(
            QUrl(QStringLiteral("https://a.example/")), "http://b.example/t?client_secret=s3cr3t", 0);
        QCOMPARE(hop.outcome(), RedirectHop::Outcome::Insecure);
        QCOMPARE(hop.errorCode(), QStringLiteral("insecure_redirect"));
        const QString message = hop.errorMessage(QStringLiteral("token endpoint"), 302);
        QVERIFY(message.contains(QLatin1String("non-https http://b.example/t")));
        QVERIFY2(!message.contains(QLatin1String("s3cr3t")), qPrintable(message));
        // Plain http to plain http is the caller's own choice (loopback emulators).
        QVERIFY(RedirectHop::next(QUrl(QStringLiteral("http://127.0.0.1:1/a")), "http://127.0.0.1:1/b", 0).follow());
    }

    void refusesAnotherOrigin_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QByteArray>("location");
        QTest::newRow("host") << QStringLiteral("https://auth.example.com/token")
                              << QByteArrayLiteral("https://evil.example.net/token");
        QTest::newRow("subdomain") << QStringLiteral("https://auth.example.com/token")
                                   << QByteArrayLiteral("https://x.auth.example.com/token");
        QTest::newRow("port") << QStringLiteral("https://auth.example.com/token")
                              << QByteArrayLiteral("https://auth.example.com:8443/token");
        QTest::newRow("loopback port") << QStringLiteral("http://127.0.0.1:4000/token")
                                       << QByteArrayLiteral("http://127.0.0.1:4001/token");
        QTest::newRow("loopback name") << QStringLiteral("http://127.0.0.1:4000/token")
                                       << QByteArrayLiteral("http://localhost:4000/token");
        QTest::newRow("upgrade to https")
            << QStringLiteral("http://127.0.0.1:4000/token") << QByteArrayLiteral("https://127.0.0.1:4000/token");
        QTest::newRow("network-path reference")
            << QStringLiteral("https://auth.example.com/token") << QByteArrayLiteral("//evil.example.net/token");
    }
    void refusesAnotherOrigin()
    {
        QFETCH(QString, from);
        QFETCH(QByteArray, location);
        const RedirectHop hop = RedirectHop::next(QUrl(from), location, 0);
        QCOMPARE(hop.outcome(), RedirectHop::Outcome::CrossOrigin);
        QVERIFY(!hop.follow());
        QCOMPARE(hop.errorCode(), QStringLiteral("cross_origin_redirect"));
    }

    void crossOriginMessageSaysWhereAndRedacts()
    {
        const RedirectHop hop = RedirectHop::next(QUrl(QStringLiteral("https://auth.example.com/token")),
            "https://evil.example.net/collect?client_secret=s3cr3t&access_token=AT-1", 0);
        QCOMPARE(hop.outcome(), RedirectHop::Outcome::CrossOrigin);
        const QString message = hop.errorMessage(QStringLiteral("token endpoint https://auth.example.com/token"), 307);
        QVERIFY2(message.startsWith(QLatin1String("token endpoint https://auth.example.com/token redirected (HTTP 307) "
                                                  "to another origin, https://evil.example.net/collect")),
            qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("credentials were not resent")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("s3cr3t")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("AT-1")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestRedirectHop)
#include "tst_redirect_hop.moc"
