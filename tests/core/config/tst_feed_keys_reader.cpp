// FeedKeysReader: the keys every feed shares read once, the same way for every feed type: the OAuth2 request filled
// from the config (grant chosen from what is given, the service's defaults kept), reconnect bounds ordered, and the
// reader's own errors naming the feed and the key.
#include "config/feed_keys_reader.h"

#include <QJsonDocument>
#include <QTest>

using sb::ConfigObjectReader;
using sb::FeedKeysReader;
using sb::OAuth2Config;

namespace {
QJsonObject json(const char *singleQuoted)
{
    return QJsonDocument::fromJson(QByteArray(singleQuoted).replace('\'', '"')).object();
}
} // namespace

class TestFeedKeysReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fillsClientCredentialsKeepingTheServiceDefaults()
    {
        ConfigObjectReader in = ConfigObjectReader::forFeed(
            json("{'tokenUrl':'https://id.example/token','clientId':'c','clientSecret':'s'}"), QStringLiteral("x"));
        OAuth2Config defaults;
        defaults.scope = QStringLiteral("default-scope");
        defaults.clientAuthBasic = true;
        const OAuth2Config auth = FeedKeysReader(in).oauth2(FeedKeysReader::Grants::ClientCredentials, defaults);
        QCOMPARE(auth.tokenUrl, QUrl(QStringLiteral("https://id.example/token")));
        QCOMPARE(auth.clientId, QStringLiteral("c"));
        QCOMPARE(auth.clientSecret, QStringLiteral("s"));
        QCOMPARE(auth.scope, QStringLiteral("default-scope"));
        QVERIFY(auth.clientAuthBasic);
        QCOMPARE(auth.grant, OAuth2Config::ClientCredentials);
        QVERIFY2(!in.hasError(), qPrintable(in.error()));
    }

    void choosesThePasswordGrantOnlyWithoutASecret()
    {
        ConfigObjectReader v1 = ConfigObjectReader::forFeed(
            json("{'tokenUrl':'https://t/','clientId':'app','username':'u','password':'p','scope':'s2'}"),
            QStringLiteral("x"));
        const OAuth2Config a = FeedKeysReader(v1).oauth2(FeedKeysReader::Grants::ClientCredentialsOrPassword, {});
        QCOMPARE(a.grant, OAuth2Config::Password);
        QCOMPARE(a.username, QStringLiteral("u"));
        QCOMPARE(a.password, QStringLiteral("p"));
        QCOMPARE(a.scope, QStringLiteral("s2"));

        ConfigObjectReader v2 = ConfigObjectReader::forFeed(
            json("{'clientId':'app','clientSecret':'s','username':'u','password':'p'}"), QStringLiteral("x"));
        QCOMPARE(FeedKeysReader(v2).oauth2(FeedKeysReader::Grants::ClientCredentialsOrPassword, {}).grant,
            OAuth2Config::ClientCredentials);
    }

    void usernameIsUnknownWhereTheServiceHasNoPasswordGrant()
    {
        ConfigObjectReader in = ConfigObjectReader::forFeed(
            json("{'name':'doors','clientId':'c','clientSecret':'s','username':'u'}"), QStringLiteral("salto"));
        FeedKeysReader(in).oauth2(FeedKeysReader::Grants::ClientCredentials, {});
        QCOMPARE(in.error(), QStringLiteral("feed \"doors\": unknown key \"username\""));
    }

    void reconnectCapIsNeverBelowItsBase()
    {
        ConfigObjectReader in = ConfigObjectReader::forFeed(
            json("{'reconnectMinMs':5000,'reconnectMaxMs':200,'caFile':'/ca.pem','tokenRenewMarginSec':30}"),
            QStringLiteral("x"));
        FeedKeysReader keys(in);
        int minMs = 1000;
        int maxMs = 60000;
        keys.reconnectBounds(minMs, maxMs);
        QCOMPARE(minMs, 5000);
        QCOMPARE(maxMs, 5000);
        QCOMPARE(keys.caFile(), QStringLiteral("/ca.pem"));
        QCOMPARE(keys.tokenRenewMarginSec(60), 30);
        QVERIFY2(!in.hasError(), qPrintable(in.error()));
    }

    void defaultsStayWhenUnset()
    {
        ConfigObjectReader in = ConfigObjectReader::forFeed(json("{}"), QStringLiteral("x"));
        FeedKeysReader keys(in);
        int minMs = 2000;
        int maxMs = 30000;
        keys.reconnectBounds(minMs, maxMs);
        QCOMPARE(minMs, 2000);
        QCOMPARE(maxMs, 30000);
        QVERIFY(keys.caFile().isEmpty());
        QVERIFY(keys.oauth2(FeedKeysReader::Grants::ClientCredentials, {}).tokenUrl.isEmpty());
    }

    void errorsNameTheFeedAndTheKey()
    {
        ConfigObjectReader in
            = ConfigObjectReader::forFeed(json("{'name':'news','reconnectMinMs':0}"), QStringLiteral("mrn"));
        int minMs = 1000;
        int maxMs = 60000;
        FeedKeysReader(in).reconnectBounds(minMs, maxMs);
        QCOMPARE(in.error(),
            QStringLiteral("feed \"news\": key \"reconnectMinMs\" must be between 1 and 2147483647, got 0"));
        QCOMPARE(minMs, 1000);
    }
};

QTEST_APPLESS_MAIN(TestFeedKeysReader)
#include "tst_feed_keys_reader.moc"
