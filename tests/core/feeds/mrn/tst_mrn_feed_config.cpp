#include "feeds/mrn/mrn_feed_config.h"

#include "feed_config_error.h"

#include <QJsonArray>
#include <QTest>

using sb::MrnFeedConfig;

namespace {
QJsonObject v2Json()
{
    return {{QStringLiteral("name"), QStringLiteral("news")}, {QStringLiteral("type"), QStringLiteral("mrn")},
        {QStringLiteral("tokenUrl"), QStringLiteral("https://api.refinitiv.com/auth/oauth2/v2/token")},
        {QStringLiteral("discoveryUrl"), QStringLiteral("https://api.refinitiv.com/streaming/pricing/v1/")},
        {QStringLiteral("clientId"), QStringLiteral("id")}, {QStringLiteral("clientSecret"), QStringLiteral("s")}};
}
} // namespace

class TestMrnFeedConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void v2()
    {
        const QJsonObject json {{QStringLiteral("name"), QStringLiteral("news")},
            {QStringLiteral("type"), QStringLiteral("mrn")},
            {QStringLiteral("tokenUrl"), QStringLiteral("https://api.refinitiv.com/auth/oauth2/v2/token")},
            {QStringLiteral("discoveryUrl"), QStringLiteral("https://api.refinitiv.com/streaming/pricing/v1/")},
            {QStringLiteral("clientId"), QStringLiteral("id")}, {QStringLiteral("clientSecret"), QStringLiteral("s")},
            {QStringLiteral("region"), QStringLiteral("ap-southeast-1")},
            {QStringLiteral("items"), QJsonArray {QStringLiteral("MRN_STORY"), QStringLiteral("MRN_TRNA")}}};
        MrnFeedConfig c;
        QString error;
        QVERIFY2(MrnFeedConfig::fromJson(json, c, &error), qPrintable(error));
        QCOMPARE(c.name, QStringLiteral("news"));
        QCOMPARE(c.items.size(), 2);
        QCOMPARE(c.region, QStringLiteral("ap-southeast-1"));
        QCOMPARE(c.service, QStringLiteral("ELEKTRON_DD"));
        QVERIFY(!c.usesPasswordGrant());
        QVERIFY(!c.isDeployedServer());
    }
    void deployedServer()
    {
        MrnFeedConfig c;
        QString error;
        QVERIFY(MrnFeedConfig::fromJson({{QStringLiteral("websocketUrl"), QStringLiteral("ws://ads:15000/WebSocket")},
                                            {QStringLiteral("username"), QStringLiteral("user")}},
            c, &error));
        QVERIFY(c.isDeployedServer());
    }
    void errors_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("needle");
        QTest::newRow("no urls") << QJsonObject {} << QStringLiteral("tokenUrl");
        QTest::newRow("unknown item") << QJsonObject {{QStringLiteral("websocketUrl"),
                                                          QStringLiteral("ws://x/WebSocket")},
            {QStringLiteral("username"), QStringLiteral("u")},
            {QStringLiteral("items"), QJsonArray {QStringLiteral("IBM.N")}}}
                                      << QStringLiteral("IBM.N");
        QTest::newRow("no secret") << QJsonObject {{QStringLiteral("tokenUrl"), QStringLiteral("https://a/t")},
            {QStringLiteral("discoveryUrl"), QStringLiteral("https://a/d")},
            {QStringLiteral("clientId"), QStringLiteral("c")}}
                                   << QStringLiteral("clientSecret");
    }
    void errors()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, needle);
        MrnFeedConfig c;
        QString error;
        QVERIFY(!MrnFeedConfig::fromJson(json, c, &error));
        QVERIFY2(error.contains(needle), qPrintable(error));
    }

    // Every key is declared once: a misspelt key or a wrongly typed value fails the feed, naming it and the key.
    void keysAndTypesAreChecked_data()
    {
        sb::test::addConfigVerdictColumns();
        QTest::newRow("misspelt") << "clientSecert" << QJsonValue(QStringLiteral("s"))
                                  << "feed \"news\": unknown key \"clientSecert\" (did you mean \"clientSecret\"?)";
        QTest::newRow("number as string") << "reconnectMinMs" << QJsonValue(QStringLiteral("1000"))
                                          << "feed \"news\": key \"reconnectMinMs\" must be a number, got a string";
        QTest::newRow("negative") << "incompleteExpirySec" << QJsonValue(-5)
                                  << "key \"incompleteExpirySec\" must be between 1 and 2147483647, got -5";
        QTest::newRow("items with a number")
            << "items" << QJsonValue(QJsonArray {1}) << "key \"items\" must be an array of strings, got a number in it";
        QTest::newRow("enabled as string")
            << "enabled" << QJsonValue(QStringLiteral("false")) << "key \"enabled\" must be true or false";
    }
    void keysAndTypesAreChecked()
    {
        sb::test::verifyConfigVerdict<MrnFeedConfig>(
            v2Json(), {{QStringLiteral("_comment"), QStringLiteral("documentation keys are fine")}});
    }

    // The token endpoint gets the client secret, discovery and a WebSocket with a token login the access token.
    void plaintextCredentialsOnlyToLoopback_data()
    {
        sb::test::addConfigVerdictColumns<QString>();
        QTest::newRow("token over http")
            << "tokenUrl"
            << "http://api.example.com/token"
            << "feed \"news\": tokenUrl http://api.example.com/token sends the client "
               "credentials in clear; use https:// (plaintext is allowed only to loopback)";
        QTest::newRow("discovery over http")
            << "discoveryUrl"
            << "http://api.example.com/streaming/"
            << "discoveryUrl http://api.example.com/streaming/ sends the access token in clear; use https://";
        QTest::newRow("websocket with token over ws")
            << "websocketUrl"
            << "ws://ads.example.com:15000/WebSocket"
            << "websocketUrl ws://ads.example.com:15000/WebSocket sends the access token in clear; use wss://";
        QTest::newRow("token to loopback") << "tokenUrl"
                                           << "http://127.0.0.1:8080/token"
                                           << "";
        QTest::newRow("discovery to loopback") << "discoveryUrl"
                                               << "http://localhost:8080/d"
                                               << "";
        QTest::newRow("websocket to loopback") << "websocketUrl"
                                               << "ws://[::1]:15000/WebSocket"
                                               << "";
        QTest::newRow("websocket over wss") << "websocketUrl"
                                            << "wss://ads.example.com/WebSocket"
                                            << "";
    }
    void plaintextCredentialsOnlyToLoopback() { sb::test::verifyConfigVerdict<MrnFeedConfig, QString>(v2Json()); }
};

QTEST_APPLESS_MAIN(TestMrnFeedConfig)
#include "tst_mrn_feed_config.moc"
