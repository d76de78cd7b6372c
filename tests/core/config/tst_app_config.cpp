#include "config/app_config.h"

#include <QJsonArray>
#include <QTest>

using sb::AppConfig;

class TestAppConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void envValuesAreResolved()
    {
        qputenv("SB_TEST_SECRET", "s3cr3t");
        AppConfig c;
        QString error;
        QVERIFY2(AppConfig::fromJson("{\"feeds\":[{\"name\":\"mrn\",\"type\":\"mrn\",\"clientSecret\":\"env:SB_TEST_"
                                     "SECRET\",\"items\":[\"env:SB_TEST_SECRET\"]}],\"store\":{\"path\":\"env:SB_TEST_"
                                     "SECRET\"}}",
                     c, &error),
            qPrintable(error));
        QCOMPARE(c.feeds.size(), 1);
        QCOMPARE(
            c.feed(QStringLiteral("mrn")).value(QStringLiteral("clientSecret")).toString(), QStringLiteral("s3cr3t"));
        QCOMPARE(c.feed(QStringLiteral("mrn")).value(QStringLiteral("items")).toArray().at(0).toString(),
            QStringLiteral("s3cr3t"));
        QCOMPARE(c.store.path, QStringLiteral("s3cr3t"));
        QVERIFY(c.feed(QStringLiteral("other")).isEmpty());
    }
    void relaySectionIsKeptForTheRelayWithEnvResolved()
    {
        qputenv("SB_TEST_NATS_TOKEN", "t0k3n");
        AppConfig c;
        QString error;
        QVERIFY2(AppConfig::fromJson("{\"feeds\":[],\"relay\":{\"natsUrl\":\"tls://nats.example.com\","
                                     "\"token\":\"env:SB_TEST_NATS_TOKEN\",\"tokn\":1}}",
                     c, &error),
            qPrintable(error));
        // Its keys are the relay's to check (RelayConfig), so a typo there is refused by switchboard-relay, not here.
        QCOMPARE(c.relay.value(QStringLiteral("token")).toString(), QStringLiteral("t0k3n"));
        QCOMPARE(c.relay.value(QStringLiteral("natsUrl")).toString(), QStringLiteral("tls://nats.example.com"));
        QVERIFY(AppConfig::fromJson("{\"feeds\":[]}", c, &error));
        QVERIFY(c.relay.isEmpty());
    }
    void sectionsAreTyped()
    {
        AppConfig c;
        QString error;
        QVERIFY2(AppConfig::fromJson("{\"_comment\": \"desk settings\", \"feeds\": [],"
                                     "\"ui\": {\"blotterRows\": 5000, \"//\": \"rows in memory\"},"
                                     "\"store\": {\"maxBytes\": 4294967296, \"retentionDays\": 0}}",
                     c, &error),
            qPrintable(error));
        QCOMPARE(c.ui.blotterRows.value_or(-1), 5000);
        QVERIFY(!c.ui.backfillRows.has_value());
        QCOMPARE(c.store.maxBytes.value_or(-1), 4294967296LL);
        QCOMPARE(c.store.retentionDays.value_or(-1), 0);
        QVERIFY(c.store.path.isEmpty());
    }
    void missingEnvIsListed()
    {
        QStringList missing;
        const QJsonValue v = AppConfig::resolveEnv(QJsonValue(QStringLiteral("env:SB_SURELY_UNSET")), &missing);
        QCOMPARE(v.toString(), QString());
        QCOMPARE(missing, QStringList {QStringLiteral("SB_SURELY_UNSET")});
    }
    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("needle");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not a JSON object");
        QTest::newRow("no type") << QByteArray("{\"feeds\":[{\"name\":\"a\"}]}") << QStringLiteral("\"type\"");
        QTest::newRow("duplicate") << QByteArray(
            "{\"feeds\":[{\"name\":\"a\",\"type\":\"mrn\"},{\"name\":\"a\",\"type\":\"mrn\"}]}")
                                   << QStringLiteral("twice");
        QTest::newRow("unset env in a feed")
            << QByteArray("{\"feeds\":[{\"name\":\"news\",\"type\":\"mrn\",\"clientSecret\":\"env:SB_SURELY_UNSET\"}]}")
            << QStringLiteral("feed \"news\": environment variable SB_SURELY_UNSET is not set");
        QTest::newRow("unset env elsewhere")
            << QByteArray("{\"feeds\":[],\"store\":{\"path\":\"env:SB_SURELY_UNSET\"}}")
            << QStringLiteral("SB_SURELY_UNSET is not set");
        QTest::newRow("misspelt section") << QByteArray("{\"feeds\":[],\"stroe\":{}}")
                                          << QStringLiteral("config: unknown key \"stroe\" (did you mean \"store\"?)");
        QTest::newRow("misspelt ui key") << QByteArray("{\"ui\":{\"blotterRow\":10}}")
                                         << QStringLiteral("section \"ui\": unknown key \"blotterRow\"");
        QTest::newRow("string where a number belongs")
            << QByteArray("{\"store\":{\"maxBytes\":\"2GB\"}}")
            << QStringLiteral("section \"store\": key \"maxBytes\" must be a number, got a string");
        QTest::newRow("negative retention") << QByteArray("{\"store\":{\"retentionDays\":-1}}")
                                            << QStringLiteral("\"retentionDays\" must be between 0 and");
        QTest::newRow("rows beyond int") << QByteArray("{\"ui\":{\"blotterRows\":1e12}}")
                                         << QStringLiteral("\"blotterRows\" must be between 1 and 2147483647");
        QTest::newRow("feeds not a list")
            << QByteArray("{\"feeds\":{}}") << QStringLiteral("key \"feeds\" must be an array, got an object");
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, needle);
        AppConfig c;
        QString error;
        QVERIFY(!AppConfig::fromJson(json, c, &error));
        QVERIFY2(error.contains(needle), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(TestAppConfig)
#include "tst_app_config.moc"
