#include "relay/relay_config.h"

#include <QJsonDocument>
#include <QTest>

using namespace sb;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestRelayConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheIssuesShape()
    {
        RelayConfig c;
        QString error;
        const char *text = "{\"natsUrl\":\"tls://nats.example.com:4222\",\"stream\":\"DESKS\",\"replicas\":3,"
                           "\"maxAge\":\"24h\",\"caFile\":\"/etc/ca.pem\",\"user\":\"relay\",\"password\":\"pw\"}";
        QVERIFY2(RelayConfig::fromJson(json(text), &c, &error), qPrintable(error));
        QCOMPARE(c.natsUrl, QStringLiteral("tls://nats.example.com:4222"));
        QCOMPARE(c.stream, QStringLiteral("DESKS"));
        QCOMPARE(c.replicas, 3);
        QCOMPARE(c.maxAgeMs, qint64(24) * 3600 * 1000);
        QVERIFY(c.tlsRequired());
        QCOMPARE(c.describe(), QStringLiteral("relay tls://nats.example.com:4222 stream DESKS"));
    }

    void defaultsAreSevenDaysOneReplicaSwitchboard()
    {
        RelayConfig c;
        QString error;
        QVERIFY2(RelayConfig::fromJson(json("{\"natsUrl\":\"nats://127.0.0.1:4222\"}"), &c, &error), qPrintable(error));
        QCOMPARE(c.stream, QStringLiteral("SWITCHBOARD"));
        QCOMPARE(c.replicas, 1);
        QCOMPARE(c.maxAgeMs, qint64(7) * 24 * 3600 * 1000);
        QVERIFY(!c.tlsRequired());
    }

    void refusesCredentialsInClearToAnotherMachine_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("token, nats:// remote")
            << QByteArray("{\"natsUrl\":\"nats://nats.example.com\",\"token\":\"t\"}") << false;
        QTest::newRow("password, nats:// remote")
            << QByteArray("{\"natsUrl\":\"nats://10.0.0.5:4222\",\"user\":\"u\",\"password\":\"p\"}") << false;
        QTest::newRow("creds, nats:// remote")
            << QByteArray("{\"natsUrl\":\"nats://nats.example.com\",\"credsFile\":\"/x.creds\"}") << false;
        QTest::newRow("token, tls:// remote")
            << QByteArray("{\"natsUrl\":\"tls://nats.example.com\",\"token\":\"t\"}") << true;
        QTest::newRow("token, nats:// with caFile (TLS required)")
            << QByteArray("{\"natsUrl\":\"nats://nats.example.com\",\"caFile\":\"/ca.pem\",\"token\":\"t\"}") << true;
        QTest::newRow("token, loopback") << QByteArray("{\"natsUrl\":\"nats://127.0.0.1:4222\",\"token\":\"t\"}")
                                         << true;
        QTest::newRow("no credentials, remote") << QByteArray("{\"natsUrl\":\"nats://nats.example.com\"}") << true;
    }
    void refusesCredentialsInClearToAnotherMachine()
    {
        QFETCH(QByteArray, config);
        QFETCH(bool, accepted);
        RelayConfig c;
        QString error;
        QCOMPARE(RelayConfig::fromJson(json(config.constData()), &c, &error), accepted);
        if (!accepted)
            QVERIFY2(
                error.contains(QStringLiteral("in clear")) && error.startsWith(QStringLiteral("section \"relay\"")),
                qPrintable(error));
    }

    void refusesWhatWouldBeASilentMistake_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("named");
        QTest::newRow("no url") << QByteArray("{\"stream\":\"S\"}") << QStringLiteral("natsUrl");
        QTest::newRow("http url") << QByteArray("{\"natsUrl\":\"http://127.0.0.1\"}") << QStringLiteral("natsUrl");
        QTest::newRow("url with password")
            << QByteArray("{\"natsUrl\":\"nats://u:p@127.0.0.1\"}") << QStringLiteral("must not carry credentials");
        QTest::newRow("two logins") << QByteArray(
            "{\"natsUrl\":\"nats://127.0.0.1\",\"token\":\"t\",\"user\":\"u\",\"password\":\"p\"}")
                                    << QStringLiteral("not several");
        QTest::newRow("user alone") << QByteArray("{\"natsUrl\":\"nats://127.0.0.1\",\"user\":\"u\"}")
                                    << QStringLiteral("go together");
        QTest::newRow("bad maxAge") << QByteArray("{\"natsUrl\":\"nats://127.0.0.1\",\"maxAge\":\"7 weeks\"}")
                                    << QStringLiteral("maxAge");
        QTest::newRow("bad stream") << QByteArray("{\"natsUrl\":\"nats://127.0.0.1\",\"stream\":\"a.b\"}")
                                    << QStringLiteral("stream");
        QTest::newRow("replicas out of range")
            << QByteArray("{\"natsUrl\":\"nats://127.0.0.1\",\"replicas\":0}") << QStringLiteral("replicas");
        QTest::newRow("typo") << QByteArray("{\"natsUrl\":\"nats://127.0.0.1\",\"maxAgee\":\"7d\"}")
                              << QStringLiteral("did you mean \"maxAge\"");
    }
    void refusesWhatWouldBeASilentMistake()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, named);
        RelayConfig c;
        QString error;
        QVERIFY(!RelayConfig::fromJson(json(config.constData()), &c, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }

    void readsDurations()
    {
        qint64 ms = 0;
        QVERIFY(RelayConfig::parseDuration(QStringLiteral("7d"), &ms));
        QCOMPARE(ms, qint64(604800000));
        QVERIFY(RelayConfig::parseDuration(QStringLiteral("90"), &ms));
        QCOMPARE(ms, qint64(90000));
        QVERIFY(RelayConfig::parseDuration(QStringLiteral("30m"), &ms));
        QCOMPARE(ms, qint64(1800000));
        QVERIFY(!RelayConfig::parseDuration(QStringLiteral("-1h"), &ms));
        QVERIFY(!RelayConfig::parseDuration(QStringLiteral("h"), &ms));
        QVERIFY(!RelayConfig::parseDuration(QStringLiteral("1w"), &ms));
    }
};

QTEST_GUILESS_MAIN(TestRelayConfig)
#include "tst_relay_config.moc"
