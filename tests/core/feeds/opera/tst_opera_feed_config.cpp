// The "opera" feed config: required keys, OHIP's input rules, the derived token and stream URLs with the lowercase
// hex SHA-256 of the application key, and the newEvent subscription query.
#include "feeds/opera/opera_feed_config.h"
#include "feeds/opera/opera_subscription.h"

#include "feed_config_error.h"

#include <QJsonArray>
#include <QTest>

using namespace sb;

namespace {

QJsonObject valid()
{
    QJsonObject c;
    c.insert(QStringLiteral("type"), QStringLiteral("opera"));
    c.insert(QStringLiteral("gatewayUrl"), QStringLiteral("https://gw.example.com"));
    c.insert(QStringLiteral("appKey"), QStringLiteral("abc"));
    c.insert(QStringLiteral("clientId"), QStringLiteral("id"));
    c.insert(QStringLiteral("clientSecret"), QStringLiteral("secret"));
    c.insert(QStringLiteral("chainCode"), QStringLiteral("CHAIN1"));
    return c;
}

} // namespace

class TstOperaFeedConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void derivesUrls()
    {
        OperaFeedConfig c;
        QString error;
        QVERIFY2(OperaFeedConfig::fromJson(valid(), c, &error), qPrintable(error));
        QCOMPARE(c.tokenUrl().toString(), QStringLiteral("https://gw.example.com/oauth/v1/tokens"));
        // SHA-256("abc"), lowercase hex (OHIP: "Ensure only lowercase hashes are used").
        QCOMPARE(c.streamUrl().toString(),
            QStringLiteral("wss://gw.example.com/subscriptions?key="
                           "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(c.auth.scope, QStringLiteral("urn:opc:hgbu:ws:__myscopes__"));
        QCOMPARE(c.pingIntervalMs, 15000);
        QVERIFY(!c.delta);
    }

    void readsOptionalKeys()
    {
        QJsonObject j = valid();
        j.insert(QStringLiteral("hotelCodes"), QJsonArray {QStringLiteral("H1"), QStringLiteral("H2")});
        j.insert(QStringLiteral("delta"), true);
        j.insert(QStringLiteral("enterpriseId"), QStringLiteral("ENT"));
        j.insert(QStringLiteral("gatewayUrl"), QStringLiteral("https://gw.example.com/base/"));
        OperaFeedConfig c;
        QVERIFY(OperaFeedConfig::fromJson(j, c, nullptr));
        QCOMPARE(c.hotelCodes, (QStringList {QStringLiteral("H1"), QStringLiteral("H2")}));
        QVERIFY(c.delta);
        QCOMPARE(c.enterpriseId, QStringLiteral("ENT"));
        QCOMPARE(c.tokenUrl().path(), QStringLiteral("/base/oauth/v1/tokens"));
        QCOMPARE(c.streamUrl().path(), QStringLiteral("/base/subscriptions"));
        j.insert(QStringLiteral("hotelCodes"), QStringLiteral("A,B"));
        QVERIFY(OperaFeedConfig::fromJson(j, c, nullptr));
        QCOMPARE(c.hotelCodes, (QStringList {QStringLiteral("A"), QStringLiteral("B")}));
    }

    void rejectsBadConfig_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no gateway") << QStringLiteral("gatewayUrl") << QJsonValue(QString());
        QTest::newRow("ftp gateway") << QStringLiteral("gatewayUrl") << QJsonValue(QStringLiteral("ftp://x"));
        QTest::newRow("no app key") << QStringLiteral("appKey") << QJsonValue(QString());
        QTest::newRow("no client id") << QStringLiteral("clientId") << QJsonValue(QString());
        QTest::newRow("no secret") << QStringLiteral("clientSecret") << QJsonValue(QString());
        QTest::newRow("no chain") << QStringLiteral("chainCode") << QJsonValue(QString());
        QTest::newRow("chain with quote") << QStringLiteral("chainCode") << QJsonValue(QStringLiteral("A\"B"));
        QTest::newRow("chain too long") << QStringLiteral("chainCode") << QJsonValue(QString(21, QLatin1Char('A')));
        QTest::newRow("bad hotel") << QStringLiteral("hotelCodes") << QJsonValue(QJsonArray {QStringLiteral("x}")});
        QTest::newRow("ping too slow") << QStringLiteral("pingIntervalMs") << QJsonValue(20000);
    }
    void rejectsBadConfig()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject j = valid();
        j.insert(key, value);
        OperaFeedConfig c;
        QString error;
        QVERIFY(!OperaFeedConfig::fromJson(j, c, &error));
        QVERIFY(error.contains(QLatin1String("opera")));
    }

    void buildsTheNewEventSubscription()
    {
        const QString q = OperaSubscription::query(
            QStringLiteral("CHAIN1"), 194, {QStringLiteral("H1"), QStringLiteral("H2")}, true);
        QVERIFY(q.startsWith(QLatin1String("subscription { newEvent(input: { chainCode: \"CHAIN1\" offset: \"194\" "
                                           "hotelCode: \"H1,H2\" delta: true })")));
        for (const char *field : {"metadata { offset uniqueEventId }", "moduleName", "eventName", "primaryKey",
                 "hotelId", "timestamp", "detail { elementName oldValue newValue"})
            QVERIFY2(q.contains(QLatin1String(field)), field);
        const QString noOffset = OperaSubscription::query(QStringLiteral("C"), -1, {}, false);
        QVERIFY(!noOffset.contains(QLatin1String("offset:")));
        QVERIFY(!noOffset.contains(QLatin1String("hotelCode")));
        QVERIFY(noOffset.contains(QLatin1String("delta: false")));
        const QJsonObject p = OperaSubscription::payload(QStringLiteral("C"), 1, {}, false);
        QVERIFY(p.value(QStringLiteral("query")).isString());
        QVERIFY(p.value(QStringLiteral("operationName")).isNull());
    }

    // Every key is declared once: a misspelt key or a wrongly typed value fails the feed, naming it and the key.
    void keysAndTypesAreChecked_data()
    {
        sb::test::addConfigVerdictColumns();
        QTest::newRow("misspelt") << "hotelCode" << QJsonValue(QStringLiteral("H1"))
                                  << "feed \"opera\": unknown key \"hotelCode\" (did you mean \"hotelCodes\"?)";
        QTest::newRow("number as string") << "pongTimeoutMs" << QJsonValue(QStringLiteral("10000"))
                                          << "feed \"opera\": key \"pongTimeoutMs\" must be a number, got a string";
        QTest::newRow("negative") << "lockoutSec" << QJsonValue(-60)
                                  << "key \"lockoutSec\" must be between 0 and 2147483647, got -60";
        QTest::newRow("fraction") << "ackTimeoutMs" << QJsonValue(2.5)
                                  << "key \"ackTimeoutMs\" must be a whole number, got 2.5";
        QTest::newRow("bool as string") << "delta" << QJsonValue(QStringLiteral("true"))
                                        << "key \"delta\" must be true or false, got a string";
    }
    void keysAndTypesAreChecked()
    {
        sb::test::verifyConfigVerdict<OperaFeedConfig>(
            valid(), {{QStringLiteral("_comment"), QStringLiteral("documentation keys are fine")}});
    }

    // The gateway gets the app key and the Bearer token (on the stream too, ws for http), the token endpoint the client
    // secret.
    void plaintextCredentialsOnlyToLoopback_data()
    {
        sb::test::addConfigVerdictColumns();
        QTest::newRow("gateway over http")
            << "gatewayUrl" << QJsonValue(QStringLiteral("http://gw.example.com"))
            << "feed \"opera\": gatewayUrl http://gw.example.com sends the app key and the access token in clear; use "
               "https:// (plaintext is allowed only to loopback)";
        QTest::newRow("token over http")
            << "tokenUrl" << QJsonValue(QStringLiteral("http://id.example.com/oauth/v1/tokens"))
            << "tokenUrl http://id.example.com/oauth/v1/tokens sends the client credentials in clear; use https://";
        QTest::newRow("gateway to loopback")
            << "gatewayUrl" << QJsonValue(QStringLiteral("http://127.0.0.1:8443")) << "";
        QTest::newRow("token to loopback") << "tokenUrl" << QJsonValue(QStringLiteral("http://localhost:8443/t")) << "";
    }
    void plaintextCredentialsOnlyToLoopback() { sb::test::verifyConfigVerdict<OperaFeedConfig>(valid()); }
};

QTEST_GUILESS_MAIN(TstOperaFeedConfig)
#include "tst_opera_feed_config.moc"
