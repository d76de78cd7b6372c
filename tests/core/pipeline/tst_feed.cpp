// What every feed inherits: a TLS configuration that verifies peers and fails the feed on a CA file it cannot use, and
// a token client made for the feed that carries the feed's name and clock, reports each retry as the feed's error and
// shows it as Authenticating, and still delivers the token once the endpoint answers.
#include "auth/oauth2_config.h"
#include "auth/oauth2_token_client.h"
#include "net/reconnect_backoff.h"
#include "pipeline/feed.h"
#include "sim/loopback_http_server.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

using namespace sb;

namespace {

class TokenFeed : public Feed
{
public:
    TokenFeed()
        : Feed(QStringLiteral("news"), QStringLiteral("test"))
    { }
    std::unique_ptr<FrameDecoder> createDecoder() const override { return nullptr; }
    void start() override { }
    void stop() override { }
    OAuth2TokenClient *client(QNetworkAccessManager *network, const QUrl &tokenUrl)
    {
        OAuth2Config config;
        config.tokenUrl = tokenUrl;
        config.clientId = QStringLiteral("id");
        config.clientSecret = QStringLiteral("secret");
        return createTokenClient(network, QSslConfiguration(), config);
    }
    using Feed::buildTls;
    using Feed::tls;
};

} // namespace

class TestFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anUnusableCaFileFailsTheFeedAndPeersAreAlwaysVerified()
    {
        TokenFeed feed;
        QSignalSpy failed(&feed, &Feed::failed);
        QVERIFY(feed.buildTls(QString()));
        QCOMPARE(feed.tls().peerVerifyMode(), QSslSocket::VerifyPeer);
        QCOMPARE(failed.count(), 0);

        QVERIFY(!feed.buildTls(QStringLiteral("/nonexistent/ca.pem")));
        QCOMPARE(failed.count(), 1);
        const auto error = failed.at(0).at(0).value<FeedError>();
        QCOMPARE(error.feed, QStringLiteral("news"));
        QCOMPARE(error.code, QStringLiteral("tls_ca"));
        QVERIFY2(error.message.contains(QLatin1String("/nonexistent/ca.pem")), qPrintable(error.message));
        QCOMPARE(feed.state(), FeedState::Failed);
    }

    void tokenClientReportsRetriesAsTheFeed()
    {
        sim::LoopbackHttpServer server;
        int calls = 0;
        server.route("/token", [&calls](const sim::HttpRequest &, const sim::HttpResponder &responder) {
            if (++calls == 1)
                return responder.send(503, R"({"error":"temporarily_unavailable"})");
            responder.send(200, R"({"access_token":"t0k3n","token_type":"Bearer","expires_in":600})");
        });
        QVERIFY(server.listen());
        QUrl url = server.baseUrl();
        url.setPath(QStringLiteral("/token"));

        TokenFeed feed;
        feed.setClock([] { return qint64(1795000000000); });
        QNetworkAccessManager network;
        OAuth2TokenClient *client = feed.client(&network, url);
        QCOMPARE(client->parent(), &feed);
        client->setBackoff(ReconnectBackoff(1, 1));
        QSignalSpy errors(&feed, &Feed::errorOccurred);
        QSignalSpy states(&feed, &Feed::stateChanged);
        QSignalSpy ready(client, &OAuth2TokenClient::tokenReady);
        client->requestToken();
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(errors.count(), 1);
        const FeedError e = errors.first().first().value<FeedError>();
        QCOMPARE(e.feed, QStringLiteral("news"));
        QCOMPARE(e.timeMs, qint64(1795000000000));
        QVERIFY(e.retryable);
        QCOMPARE(states.first().first().value<FeedState>(), FeedState::Authenticating);
        QCOMPARE(feed.state(), FeedState::Authenticating);
        QCOMPARE(ready.first().first().value<TokenInfo>().accessToken, QStringLiteral("t0k3n"));
    }
};

QTEST_GUILESS_MAIN(TestFeed)
#include "tst_feed.moc"
