#include "feeds/alerts/alerts_feed_config.h"

#include "feed_config_error.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace sb;

class TestAlertsFeedConfig : public QObject
{
    Q_OBJECT

private:
    static QJsonObject minimal()
    {
        return QJsonObject {{QStringLiteral("name"), QStringLiteral("news-alerts")},
            {QStringLiteral("tokenUrl"), QStringLiteral("https://api.refinitiv.com/auth/oauth2/v2/token")},
            {QStringLiteral("clientId"), QStringLiteral("svc")}, {QStringLiteral("clientSecret"), QStringLiteral("s")}};
    }

private Q_SLOTS:
    void defaultsFollowTheService()
    {
        AlertsFeedConfig c;
        QString error;
        QVERIFY2(AlertsFeedConfig::fromJson(minimal(), c, &error), qPrintable(error));
        QCOMPARE(c.name, QStringLiteral("news-alerts"));
        QCOMPARE(c.apiBase, QUrl(QStringLiteral("https://api.refinitiv.com")));
        QCOMPARE(c.content, AlertsFeedConfig::Content::Headlines);
        QCOMPARE(c.sqsProtocol, SqsProtocol::Json);
        QCOMPARE(c.waitTimeSeconds, 20);
        QCOMPARE(c.maxMessages, 10);
        QVERIFY(c.httpTimeoutMs > c.waitTimeSeconds * 1000);
        QVERIFY(!c.usesPasswordGrant());
    }

    void subscriptionPathsPerContentAndLegacySwitch()
    {
        AlertsFeedConfig c;
        QJsonObject json = minimal();
        QVERIFY(AlertsFeedConfig::fromJson(json, c, nullptr));
        QCOMPARE(c.subscriptionsUrl().toString(),
            QStringLiteral("https://api.refinitiv.com/message-services/v1/news-headlines/subscriptions"));
        json.insert(QStringLiteral("content"), QStringLiteral("stories"));
        json.insert(QStringLiteral("apiBase"), QStringLiteral("https://localhost:4443/"));
        QVERIFY(AlertsFeedConfig::fromJson(json, c, nullptr));
        QCOMPARE(c.subscriptionsUrl().toString(),
            QStringLiteral("https://localhost:4443/message-services/v1/news-stories/subscriptions"));
        json.insert(QStringLiteral("legacyPaths"), true);
        QVERIFY(AlertsFeedConfig::fromJson(json, c, nullptr));
        QCOMPARE(c.subscriptionsUrl().toString(),
            QStringLiteral("https://localhost:4443/alerts/v1/news-stories-subscriptions"));
    }

    void cloudCredentialsUrlPercentEncodesTheQueue()
    {
        AlertsFeedConfig c;
        QVERIFY(AlertsFeedConfig::fromJson(minimal(), c, nullptr));
        const QUrl queue(QStringLiteral("https://sqs.us-east-1.amazonaws.com/123/sqs-edsalerts-main-prod-usersqs-x"));
        const QUrl url = c.cloudCredentialsUrl(queue);
        QCOMPARE(url.path(), QStringLiteral("/auth/cloud-credentials/v1/"));
        QVERIFY(url.toEncoded().contains("endpoint=https%3A%2F%2Fsqs.us-east-1.amazonaws.com%2F123%2F"));
        QCOMPARE(QUrl(QUrlQuery(url).queryItemValue(QStringLiteral("endpoint"), QUrl::FullyDecoded)), queue);
    }

    void passwordGrantWithoutSecret()
    {
        QJsonObject json = minimal();
        json.remove(QStringLiteral("clientSecret"));
        json.insert(QStringLiteral("username"), QStringLiteral("machine"));
        json.insert(QStringLiteral("password"), QStringLiteral("pw"));
        AlertsFeedConfig c;
        QVERIFY(AlertsFeedConfig::fromJson(json, c, nullptr));
        QVERIFY(c.usesPasswordGrant());
    }

    void refusesWhatCannotWork_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("mention");
        QTest::newRow("no token url") << "tokenUrl" << QJsonValue() << "tokenUrl";
        QTest::newRow("bad content") << "content" << QJsonValue(QStringLiteral("research")) << "content";
        QTest::newRow("bad protocol") << "sqsProtocol" << QJsonValue(QStringLiteral("xml")) << "sqsProtocol";
        QTest::newRow("filter not object") << "filter" << QJsonValue(QStringLiteral("L:en")) << "filter";
        QTest::newRow("no secret") << "clientSecret" << QJsonValue() << "clientSecret";
    }

    void refusesWhatCannotWork()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, mention);
        QJsonObject json = minimal();
        if (value.isNull())
            json.remove(key);
        else
            json.insert(key, value);
        AlertsFeedConfig c;
        QString error;
        QVERIFY(!AlertsFeedConfig::fromJson(json, c, &error));
        QVERIFY2(error.contains(mention), qPrintable(error));
    }

    void queryProtocolAndTuning()
    {
        QJsonObject json = minimal();
        json.insert(QStringLiteral("sqsProtocol"), QStringLiteral("query"));
        json.insert(QStringLiteral("waitTimeSeconds"), 20);
        json.insert(QStringLiteral("filter"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("language")},
                {QStringLiteral("value"), QStringLiteral("L:en")}});
        AlertsFeedConfig c;
        QVERIFY(AlertsFeedConfig::fromJson(json, c, nullptr));
        QCOMPARE(c.sqsProtocol, SqsProtocol::Query);
        QCOMPARE(c.waitTimeSeconds, 20);
        QCOMPARE(c.filter.value(QStringLiteral("value")).toString(), QStringLiteral("L:en"));

        json.insert(QStringLiteral("waitTimeSeconds"), 99);
        QString error;
        QVERIFY(!AlertsFeedConfig::fromJson(json, c, &error));
        QVERIFY2(
            error.contains(QStringLiteral("\"waitTimeSeconds\" must be between 0 and 20, got 99")), qPrintable(error));
    }

    // Every key is declared once: a misspelt key or a wrongly typed value fails the feed, naming it and the key.
    void keysAndTypesAreChecked_data()
    {
        sb::test::addConfigVerdictColumns();
        QTest::newRow("misspelt")
            << "clientSecert" << QJsonValue(QStringLiteral("s"))
            << "feed \"news-alerts\": unknown key \"clientSecert\" (did you mean \"clientSecret\"?)";
        QTest::newRow("number as string")
            << "waitTimeSeconds" << QJsonValue(QStringLiteral("20"))
            << "feed \"news-alerts\": key \"waitTimeSeconds\" must be a number, got a string";
        QTest::newRow("negative timeout")
            << "httpTimeoutMs" << QJsonValue(-1) << "key \"httpTimeoutMs\" must be between 1 and 2147483647, got -1";
        QTest::newRow("bool as number") << "legacyPaths" << QJsonValue(1)
                                        << "key \"legacyPaths\" must be true or false, got a number";
    }
    void keysAndTypesAreChecked()
    {
        sb::test::verifyConfigVerdict<AlertsFeedConfig>(
            minimal(), {{QStringLiteral("_comment"), QStringLiteral("documentation keys are fine")}});
    }

    // The token endpoint gets the client secret, every Data Platform call under apiBase the Bearer token.
    void plaintextCredentialsOnlyToLoopback_data()
    {
        sb::test::addConfigVerdictColumns();
        QTest::newRow("token over http")
            << "tokenUrl" << QJsonValue(QStringLiteral("http://api.example.com/token"))
            << "feed \"news-alerts\": tokenUrl http://api.example.com/token sends the client credentials in clear; use "
               "https:// (plaintext is allowed only to loopback)";
        QTest::newRow("api over http")
            << "apiBase" << QJsonValue(QStringLiteral("http://api.example.com"))
            << "apiBase http://api.example.com sends the access token in clear; use https://";
        QTest::newRow("token to loopback")
            << "tokenUrl" << QJsonValue(QStringLiteral("http://127.0.0.1:9/token")) << "";
        QTest::newRow("api to loopback") << "apiBase" << QJsonValue(QStringLiteral("http://localhost:9")) << "";
    }
    void plaintextCredentialsOnlyToLoopback() { sb::test::verifyConfigVerdict<AlertsFeedConfig>(minimal()); }
};

QTEST_GUILESS_MAIN(TestAlertsFeedConfig)
#include "tst_alerts_feed_config.moc"
