#include "feeds/mrn/mrn_feed_config.h"

#include <QJsonArray>
#include <QTest>

using sb::MrnFeedConfig;

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
};

QTEST_APPLESS_MAIN(TestMrnFeedConfig)
#include "tst_mrn_feed_config.moc"
