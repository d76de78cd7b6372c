#include "pipeline/feed_registry.h"
#include "relay/relay_feed_config.h"

#include <QJsonArray>
#include <QTest>

using namespace sb;

namespace {

QJsonObject base()
{
    return QJsonObject {{QStringLiteral("name"), QStringLiteral("team")},
        {QStringLiteral("type"), QStringLiteral("relay")},
        {QStringLiteral("natsUrl"), QStringLiteral("nats://127.0.0.1:4222")},
        {QStringLiteral("consumer"), QStringLiteral("desk-anna")}};
}

} // namespace

class TestRelayFeedConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerBuiltinFeeds(); }

    void readsTheDocumentedKeys()
    {
        QJsonObject json = base();
        json.insert(QStringLiteral("stream"), QStringLiteral("TEAM"));
        json.insert(QStringLiteral("feeds"),
            QJsonArray {QStringLiteral("opera"),
                QJsonObject {{QStringLiteral("name"), QStringLiteral("doors")},
                    {QStringLiteral("type"), QStringLiteral("salto")}},
                QStringLiteral("misc")});
        json.insert(QStringLiteral("since"), QStringLiteral("24h"));
        json.insert(QStringLiteral("token"), QStringLiteral("s3cret"));
        RelayFeedConfig c;
        QString error;
        QVERIFY2(RelayFeedConfig::fromJson(json, c, &error), qPrintable(error));
        QCOMPARE(c.name, QStringLiteral("team"));
        QCOMPARE(c.relay.stream, QStringLiteral("TEAM"));
        QCOMPARE(c.relay.token, QStringLiteral("s3cret"));
        QCOMPARE(c.consumer, QStringLiteral("desk-anna"));
        QCOMPARE(c.sinceMs, qint64(24) * 3600 * 1000);
        QCOMPARE(c.feeds, (QStringList {QStringLiteral("opera"), QStringLiteral("doors"), QStringLiteral("misc")}));
        // A name that is a feed type is its own pane's type; "misc" has no pane, only history.
        QCOMPARE(c.feedTypes, (QStringList {QStringLiteral("opera"), QStringLiteral("salto"), QString()}));
        QVERIFY(c.wants(QStringLiteral("doors")));
        QVERIFY(!c.wants(QStringLiteral("news")));
        QCOMPARE(c.alarmsBucket, QStringLiteral("SB_ALARMS")); // shared unless turned off
    }

    void alarmsNamesTheBucketOrTurnsSharingOff()
    {
        RelayFeedConfig c;
        QString error;
        QJsonObject json = base();
        json.insert(QStringLiteral("alarms"), QStringLiteral("OPS_ALARMS"));
        QVERIFY2(RelayFeedConfig::fromJson(json, c, &error), qPrintable(error));
        QCOMPARE(c.alarmsBucket, QStringLiteral("OPS_ALARMS"));
        json.insert(QStringLiteral("alarms"), false);
        QVERIFY2(RelayFeedConfig::fromJson(json, c, &error), qPrintable(error));
        QVERIFY(c.alarmsBucket.isEmpty());
    }

    void refuses_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("says");
        QJsonObject j = base();
        j.insert(QStringLiteral("natsUrl"), QStringLiteral("nats://nats.example.com:4222"));
        j.insert(QStringLiteral("token"), QStringLiteral("s3cret"));
        QTest::newRow("token in clear")
            << j
            << QStringLiteral("feed \"team\": natsUrl nats://nats.example.com:4222 sends the credentials in clear");
        j = base();
        j.remove(QStringLiteral("consumer"));
        QTest::newRow("no consumer") << j << QStringLiteral("feed \"team\": key \"consumer\" is required");
        j = base();
        j.insert(QStringLiteral("consumer"), QStringLiteral("desk.anna"));
        QTest::newRow("dotted consumer") << j << QStringLiteral("must be one token");
        j = base();
        j.insert(QStringLiteral("since"), QStringLiteral("yesterday"));
        QTest::newRow("since") << j << QStringLiteral("key \"since\" must be a duration");
        j = base();
        j.insert(QStringLiteral("feeds"), QJsonArray {QStringLiteral("status")});
        QTest::newRow("status feed") << j << QStringLiteral("not a relayed feed name");
        j = base();
        j.insert(QStringLiteral("consumr"), QStringLiteral("x"));
        QTest::newRow("typo") << j << QStringLiteral("unknown key \"consumr\"");
        j = base();
        j.insert(QStringLiteral("user"), QStringLiteral("anna"));
        QTest::newRow("user without password") << j << QStringLiteral("\"user\" and \"password\" go together");
    }
    void refusesAlarms_data()
    {
        QTest::addColumn<QJsonValue>("alarms");
        QTest::newRow("dotted bucket") << QJsonValue(QStringLiteral("SB.ALARMS"));
        QTest::newRow("number") << QJsonValue(3);
    }
    void refusesAlarms()
    {
        QFETCH(QJsonValue, alarms);
        QJsonObject json = base();
        json.insert(QStringLiteral("alarms"), alarms);
        RelayFeedConfig c;
        QString error;
        QVERIFY(!RelayFeedConfig::fromJson(json, c, &error));
        QVERIFY2(
            error.contains(QStringLiteral("feed \"team\": key \"alarms\" must be a bucket name")), qPrintable(error));
    }

    void refuses()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, says);
        RelayFeedConfig c;
        QString error;
        QVERIFY(!RelayFeedConfig::fromJson(json, c, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("s3cret")));
    }

    void tlsWithCredentialsToAnotherHostIsAccepted()
    {
        QJsonObject j = base();
        j.insert(QStringLiteral("natsUrl"), QStringLiteral("tls://nats.example.com:4222"));
        j.insert(QStringLiteral("user"), QStringLiteral("anna"));
        j.insert(QStringLiteral("password"), QStringLiteral("pw"));
        RelayFeedConfig c;
        QString error;
        QVERIFY2(RelayFeedConfig::fromJson(j, c, &error), qPrintable(error));
        QVERIFY(c.relay.tlsRequired());
    }
};

QTEST_GUILESS_MAIN(TestRelayFeedConfig)
#include "tst_relay_feed_config.moc"
