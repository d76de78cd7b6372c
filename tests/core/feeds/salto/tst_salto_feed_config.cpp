// The "salto" feed config: hubs as names or objects, hub URLs with site/user and the token in the query when asked,
// https→wss, and the errors for missing keys.
#include "feeds/salto/salto_feed_config.h"

#include "feed_config_error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace sb;

namespace {
QJsonObject json(const char *singleQuoted)
{
    return QJsonDocument::fromJson(QByteArray(singleQuoted).replace('\'', '"')).object();
}
QJsonObject doors()
{
    return json("{'name':'doors','type':'salto','url':'wss://es.example','siteId':'s1',"
                "'tokenUrl':'https://id.example/connect/token','clientId':'c','clientSecret':'x'}");
}
} // namespace

class TstSaltoFeedConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsToEntriesAndIncidents()
    {
        SaltoFeedConfig c;
        QString error;
        QVERIFY2(SaltoFeedConfig::fromJson(
                     json("{'name':'doors','url':'https://es.example','siteId':'s1','token':'jwt'}"), c, &error),
            qPrintable(error));
        QCOMPARE(c.name, QStringLiteral("doors"));
        QCOMPARE(c.hubs.size(), 2);
        QCOMPARE(c.hubs.at(0).stream, QStringLiteral("entries"));
        QCOMPARE(c.hubs.at(1).stream, QStringLiteral("incidents"));
        QCOMPARE(c.auth.scope, QStringLiteral("user_api.full_access"));
        QVERIFY(!c.fetchesToken());
        QCOMPARE(c.hubUrl(c.hubs.at(0)).toString(), QStringLiteral("wss://es.example/v1/hub/entries?site_id=s1"));
        QCOMPARE(c.keepAliveMs, 15000);
        QCOMPARE(c.serverTimeoutMs, 30000);
        QCOMPARE(c.handshakeTimeoutMs, 15000);
    }

    void hubObjectsWithUsersAndTokenInQuery()
    {
        SaltoFeedConfig c;
        QString error;
        QVERIFY2(
            SaltoFeedConfig::fromJson(json("{'url':'wss://h:8443/base/','siteId':'s1','tokenInQuery':true,"
                                           "'hubs':['incidents',{'stream':'entries','siteId':'s2','userId':'u 7'}],"
                                           "'tokenUrl':'https://id/connect/token','clientId':'c','clientSecret':'x'}"),
                c, &error),
            qPrintable(error));
        QVERIFY(c.fetchesToken());
        QCOMPARE(c.hubs.at(1).siteId, QStringLiteral("s2"));
        QCOMPARE(c.hubs.at(1).userId, QStringLiteral("u 7"));
        const QUrl u = c.hubUrl(c.hubs.at(1), QStringLiteral("a.b+c/d"));
        QCOMPARE(u.path(), QStringLiteral("/base/v1/hub/entries"));
        const QUrlQuery q(u);
        QCOMPARE(q.queryItemValue(QStringLiteral("site_id")), QStringLiteral("s2"));
        QCOMPARE(q.queryItemValue(QStringLiteral("user_id"), QUrl::FullyDecoded), QStringLiteral("u 7"));
        QCOMPARE(q.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded), QStringLiteral("a.b+c/d"));
        QVERIFY(c.hubs.at(1).label().contains(QLatin1String("user u 7")));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("message");
        QTest::newRow("no url") << QByteArray("{'siteId':'s','token':'t'}") << QStringLiteral("needs url");
        QTest::newRow("bad scheme") << QByteArray("{'url':'ftp://h','siteId':'s','token':'t'}")
                                    << QStringLiteral("needs url");
        QTest::newRow("no site") << QByteArray("{'url':'wss://h','token':'t'}") << QStringLiteral("needs siteId");
        QTest::newRow("bad hub") << QByteArray("{'url':'wss://h','siteId':'s','token':'t','hubs':['doors']}")
                                 << QStringLiteral("neither entries nor incidents");
        QTest::newRow("no token") << QByteArray("{'url':'wss://h','siteId':'s'}")
                                  << QStringLiteral("needs token, or tokenUrl");
        QTest::newRow("empty hubs") << QByteArray("{'url':'wss://h','siteId':'s','token':'t','hubs':[]}")
                                    << QStringLiteral("hubs is empty");
    }

    void errors()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, message);
        SaltoFeedConfig c;
        QString error;
        QVERIFY(!SaltoFeedConfig::fromJson(json(config.constData()), c, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // Every key is declared once, in hub objects too: a misspelt key or a wrongly typed value fails the feed, naming
    // it and the key.
    void keysAndTypesAreChecked_data()
    {
        sb::test::addConfigVerdictColumns();
        QTest::newRow("misspelt") << "clientSecert" << QJsonValue(QStringLiteral("s"))
                                  << "feed \"doors\": unknown key \"clientSecert\" (did you mean \"clientSecret\"?)";
        QTest::newRow("number as string") << "keepAliveMs" << QJsonValue(QStringLiteral("15000"))
                                          << "feed \"doors\": key \"keepAliveMs\" must be a number, got a string";
        QTest::newRow("negative") << "serverTimeoutMs" << QJsonValue(-1)
                                  << "key \"serverTimeoutMs\" must be between 1 and 2147483647, got -1";
        QTest::newRow("bool as string") << "tokenInQuery" << QJsonValue(QStringLiteral("yes"))
                                        << "key \"tokenInQuery\" must be true or false, got a string";
        QTest::newRow("misspelt in a hub")
            << "hubs"
            << QJsonValue(QJsonArray {QJsonObject {{QStringLiteral("stream"), QStringLiteral("entries")},
                   {QStringLiteral("sitId"), QStringLiteral("s2")}}})
            << "feed \"doors\": hub 1: unknown key \"sitId\" (did you mean \"siteId\"?)";
        QTest::newRow("hubs as object") << "hubs" << QJsonValue(QJsonObject {})
                                        << "key \"hubs\" must be an array, got an object";
    }
    void keysAndTypesAreChecked()
    {
        sb::test::verifyConfigVerdict<SaltoFeedConfig>(
            doors(), {{QStringLiteral("// hubs"), QStringLiteral("documentation keys are fine")}});
    }

    // The hubs get the token (header or query), the Identity Server the client secret.
    void plaintextCredentialsOnlyToLoopback_data()
    {
        sb::test::addConfigVerdictColumns<QString>();
        QTest::newRow("hubs over ws") << "url"
                                      << "ws://door.example.com"
                                      << "feed \"doors\": url ws://door.example.com sends the access token in clear; "
                                         "use wss:// (plaintext is allowed only to loopback)";
        QTest::newRow("hubs over http") << "url"
                                        << "http://door.example.com"
                                        << "url http://door.example.com sends the access token in clear; use https://";
        QTest::newRow("token over http")
            << "tokenUrl"
            << "http://id.example/connect/token"
            << "tokenUrl http://id.example/connect/token sends the client credentials in clear; use https://";
        QTest::newRow("hubs to loopback") << "url"
                                          << "ws://localhost:5000"
                                          << "";
        QTest::newRow("token to loopback") << "tokenUrl"
                                           << "http://127.0.0.1:5001/connect/token"
                                           << "";
    }
    void plaintextCredentialsOnlyToLoopback() { sb::test::verifyConfigVerdict<SaltoFeedConfig, QString>(doors()); }
};

QTEST_GUILESS_MAIN(TstSaltoFeedConfig)
#include "tst_salto_feed_config.moc"
