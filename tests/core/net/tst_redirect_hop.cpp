// A redirect followed by hand: which statuses count, relative and absolute Locations, the hop limit, no https→http
// downgrade, and the error code and message of each refusal (with secrets in the target redacted).
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
        hop = RedirectHop::next(from, "https://other.example.com/t", 4);
        QVERIFY(hop.follow());
        QCOMPARE(hop.target().host(), QStringLiteral("other.example.com"));
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
        QVERIFY(RedirectHop::next(QUrl(QStringLiteral("http://127.0.0.1:1/")), "http://127.0.0.1:2/", 0).follow());
    }
};

QTEST_GUILESS_MAIN(TestRedirectHop)
#include "tst_redirect_hop.moc"
