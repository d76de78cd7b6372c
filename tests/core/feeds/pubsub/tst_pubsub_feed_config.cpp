#include "auth/jwt_claims.h"
#include "auth/jwt_verifier.h"
#include "feeds/pubsub/pubsub_feed_config.h"
#include "feeds/pubsub/pubsub_token_source.h"

#include "feed_config_error.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

QJsonObject base()
{
    return {{QStringLiteral("name"), QStringLiteral("ps")}, {QStringLiteral("type"), QStringLiteral("pubsub")},
        {QStringLiteral("url"), QStringLiteral("wss://genesis.r7.21no.de/apps/app-123")},
        {QStringLiteral("signingKey"), QStringLiteral("secret")}, {QStringLiteral("subject"), QStringLiteral("ops")},
        {QStringLiteral("permissions"), QJsonArray {QStringLiteral("realtime:subscriber:read:topic:*")}},
        {QStringLiteral("topics"), QJsonArray {QStringLiteral("chat"), QStringLiteral("prices")}}};
}

} // namespace

class TestPubSubFeedConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses()
    {
        PubSubFeedConfig c;
        QString error;
        QVERIFY2(PubSubFeedConfig::fromJson(base(), c, &error), qPrintable(error));
        QCOMPARE(c.name, QStringLiteral("ps"));
        QCOMPARE(c.appId(), QStringLiteral("app-123"));
        QCOMPARE(c.topics, (QStringList {QStringLiteral("chat"), QStringLiteral("prices")}));
        QCOMPARE(c.algorithm, JwtAlgorithm::HS256);
        QVERIFY(c.mints());
        QCOMPARE(c.maxPayloadBytes, 5120);
        QCOMPARE(c.adminBase().toString(), QStringLiteral("https://genesis.r7.21no.de"));
        QJsonObject j = base();
        j.insert(QStringLiteral("url"), QStringLiteral("ws://localhost:8080/apps/a"));
        j.insert(QStringLiteral("topics"), QStringLiteral("a,b"));
        QVERIFY(PubSubFeedConfig::fromJson(j, c, &error));
        QCOMPARE(c.adminBase().toString(), QStringLiteral("http://localhost:8080"));
        QCOMPARE(c.topics.size(), 2);
    }

    void refuses_data()
    {
        sb::test::addConfigVerdictColumns();
        QTest::newRow("no url") << "url" << QJsonValue(QString()) << "needs url";
        QTest::newRow("http url") << "url" << QJsonValue(QStringLiteral("https://x/apps/a")) << "needs url";
        QTest::newRow("no app") << "url" << QJsonValue(QStringLiteral("wss://x/other")) << "/apps/<appId>";
        QTest::newRow("algorithm") << "algorithm" << QJsonValue(QStringLiteral("RS256")) << "algorithm";
        QTest::newRow("no key") << "signingKey" << QJsonValue(QString()) << "needs token";
        QTest::newRow("no subject") << "subject" << QJsonValue(QString()) << "subject";
        QTest::newRow("lifetime") << "tokenLifetimeSec" << QJsonValue(1) << "tokenLifetimeSec";
    }
    void refuses() { sb::test::verifyConfigVerdict<PubSubFeedConfig>(base()); }

    void readyTokenIsUsedAsIs()
    {
        QJsonObject j = base();
        j.remove(QStringLiteral("signingKey"));
        j.remove(QStringLiteral("subject"));
        j.insert(QStringLiteral("token"), QStringLiteral("a.b.c"));
        PubSubFeedConfig c;
        QVERIFY(PubSubFeedConfig::fromJson(j, c, nullptr));
        QCOMPARE(PubSubTokenSource(c).token(1000), QStringLiteral("a.b.c"));
    }

    void mintsAFreshHmacTokenPerCall()
    {
        PubSubFeedConfig c;
        QJsonObject j = base();
        j.insert(QStringLiteral("algorithm"), QStringLiteral("HS512"));
        j.insert(QStringLiteral("tokenLifetimeSec"), 30);
        j.insert(QStringLiteral("issuer"), QStringLiteral("https://signer.example.com"));
        QVERIFY(PubSubFeedConfig::fromJson(j, c, nullptr));
        const PubSubTokenSource source(c);
        const QString first = source.token(1'800'000'000);
        const QString second = source.token(1'800'000'100);
        QVERIFY(first != second);
        JwtVerifier verifier;
        verifier.addKey(JwtKey::hmac("secret"));
        const auto result = verifier.verify(second, 1'800'000'110);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.claims->algorithm(), QStringLiteral("HS512"));
        QCOMPARE(result.claims->subject(), QStringLiteral("ops"));
        QCOMPARE(result.claims->expiresAtSec(), 1'800'000'130);
        QCOMPARE(result.claims->issuedAtSec(), 1'800'000'100);
        QCOMPARE(result.claims->payload.value(QStringLiteral("iss")).toString(),
            QStringLiteral("https://signer.example.com"));
        QCOMPARE(result.claims->permissions(), QStringList {QStringLiteral("realtime:subscriber:read:topic:*")});
        // The first one has expired by then.
        QCOMPARE(verifier.verify(first, 1'800'000'110).status, JwtVerifier::Status::Expired);
    }

    void mintsEcTokensFromAPemFile()
    {
        const auto key = JwtKey::generateEc(JwtAlgorithm::ES384);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("key.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(key->privatePem());
        file.close();
        QJsonObject j = base();
        j.remove(QStringLiteral("signingKey"));
        j.insert(QStringLiteral("signingKeyFile"), path);
        j.insert(QStringLiteral("algorithm"), QStringLiteral("ES384"));
        PubSubFeedConfig c;
        QVERIFY(PubSubFeedConfig::fromJson(j, c, nullptr));
        QString error;
        const QString token = PubSubTokenSource(c).token(1'800'000'000, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        JwtVerifier verifier;
        verifier.addKey(*JwtKey::fromPem(key->publicPem()));
        QVERIFY(verifier.verify(token, 1'800'000'000).ok());

        // The wrong curve for the algorithm, or not a key at all: a clear error, no token.
        c.algorithm = JwtAlgorithm::ES256;
        QVERIFY(PubSubTokenSource(c).token(1, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("ES256")), qPrintable(error));
        c.signingKeyFile.clear();
        c.signingKey = QStringLiteral("not a pem");
        QVERIFY(PubSubTokenSource(c).token(1, &error).isEmpty());
        QVERIFY(error.startsWith(QLatin1String("signing key")));
    }

    // Every key is declared once: a misspelt key or a wrongly typed value fails the feed, naming it and the key.
    void keysAndTypesAreChecked_data()
    {
        sb::test::addConfigVerdictColumns();
        QTest::newRow("misspelt") << "signingkey" << QJsonValue(QStringLiteral("k"))
                                  << "feed \"ps\": unknown key \"signingkey\" (did you mean \"signingKey\"?)";
        QTest::newRow("number as string") << "pingIntervalMs" << QJsonValue(QStringLiteral("13500"))
                                          << "feed \"ps\": key \"pingIntervalMs\" must be a number, got a string";
        QTest::newRow("negative") << "pongTimeoutMs" << QJsonValue(-1)
                                  << "key \"pongTimeoutMs\" must be between 0 and 2147483647, got -1";
        QTest::newRow("beyond int") << "maxPayloadBytes" << QJsonValue(1e10)
                                    << "key \"maxPayloadBytes\" must be between 0 and 2147483647, got 10000000000";
        QTest::newRow("topics with a number") << "topics" << QJsonValue(QJsonArray {1}) << "topics[0] is not a string";
    }
    void keysAndTypesAreChecked()
    {
        sb::test::verifyConfigVerdict<PubSubFeedConfig>(
            base(), {{QStringLiteral("_comment"), QStringLiteral("documentation keys are fine")}});
    }

    // The JWT travels in the url's query, the admin token to the admin API (by default on the url's host).
    void plaintextCredentialsOnlyToLoopback_data()
    {
        sb::test::addConfigVerdictColumns();
        QTest::newRow("url over ws") << "url" << QJsonValue(QStringLiteral("ws://genesis.example.com/apps/app-1"))
                                     << "feed \"ps\": url ws://genesis.example.com/apps/app-1 sends the access token "
                                        "in clear; use wss:// (plaintext is allowed only to loopback)";
        QTest::newRow("admin over http")
            << "adminUrl" << QJsonValue(QStringLiteral("http://admin.example.com"))
            << "adminUrl http://admin.example.com sends the admin token in clear; use https://";
        QTest::newRow("url to loopback") << "url" << QJsonValue(QStringLiteral("ws://127.0.0.1:9/apps/app-1")) << "";
        QTest::newRow("admin to loopback") << "adminUrl" << QJsonValue(QStringLiteral("http://[::1]:9")) << "";
    }
    void plaintextCredentialsOnlyToLoopback()
    {
        sb::test::verifyConfigVerdict<PubSubFeedConfig>(
            base(), {{QStringLiteral("adminToken"), QStringLiteral("admin-secret")}});
    }
};

QTEST_GUILESS_MAIN(TestPubSubFeedConfig)
#include "tst_pubsub_feed_config.moc"
