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
                                     "SECRET\",\"items\":[\"env:SB_TEST_SECRET\"]}],\"ui\":{\"theme\":\"dark\"}}",
                     c, &error),
            qPrintable(error));
        QCOMPARE(c.feeds.size(), 1);
        QCOMPARE(
            c.feed(QStringLiteral("mrn")).value(QStringLiteral("clientSecret")).toString(), QStringLiteral("s3cr3t"));
        QCOMPARE(c.feed(QStringLiteral("mrn")).value(QStringLiteral("items")).toArray().at(0).toString(),
            QStringLiteral("s3cr3t"));
        QCOMPARE(c.ui.value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
        QVERIFY(c.feed(QStringLiteral("other")).isEmpty());
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
