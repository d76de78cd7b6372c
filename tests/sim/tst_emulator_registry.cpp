// EmulatorRegistry: every service's emulator is found by its feed type, starts with the common options and yields a
// feed config of its own type that points at it.
#include "sim/emulator_registry.h"

#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrl>

using namespace sb;

class TestEmulatorRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { sim::registerBuiltinEmulators(); }

    void everyServiceRegistersItsEmulatorOnce()
    {
        sim::registerBuiltinEmulators(); // a second app start registers nothing twice
        const QStringList types = sim::EmulatorRegistry::instance().types();
        QCOMPARE(types,
            (QStringList {QStringLiteral("mrn"), QStringLiteral("opera"), QStringLiteral("alerts"),
                QStringLiteral("pubsub"), QStringLiteral("salto")}));
    }

    void eachStartsAndYieldsTheConfigOfItsType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("urlKey");
        QTest::newRow("mrn") << QStringLiteral("mrn") << QStringLiteral("tokenUrl");
        QTest::newRow("opera") << QStringLiteral("opera") << QStringLiteral("gatewayUrl");
        QTest::newRow("alerts") << QStringLiteral("alerts") << QStringLiteral("tokenUrl");
        QTest::newRow("pubsub") << QStringLiteral("pubsub") << QStringLiteral("url");
        QTest::newRow("salto") << QStringLiteral("salto") << QStringLiteral("url");
    }
    void eachStartsAndYieldsTheConfigOfItsType()
    {
        QFETCH(QString, type);
        QFETCH(QString, urlKey);
        sim::EmulatorOptions options;
        options.tls = false;
        QString error;
        const sim::StartedEmulator started = sim::EmulatorRegistry::instance().start(type, options, &error);
        QVERIFY2(started.emulator, qPrintable(error));
        QCOMPARE(started.feedConfig.value(QStringLiteral("type")).toString(), type);
        QCOMPARE(started.feedConfig.value(QStringLiteral("name")).toString(), type);
        const QUrl url(started.feedConfig.value(urlKey).toString());
        QVERIFY2(url.isValid() && url.port() > 0, qPrintable(url.toString()));
        QVERIFY2(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("ws"),
            qPrintable(url.toString())); // --no-tls reached the emulator
    }

    void tlsIsTheDefault()
    {
        QString error;
        const sim::StartedEmulator started
            = sim::EmulatorRegistry::instance().start(QStringLiteral("pubsub"), sim::EmulatorOptions(), &error);
        QVERIFY2(started.emulator, qPrintable(error));
        QCOMPARE(QUrl(started.feedConfig.value(QStringLiteral("url")).toString()).scheme(), QStringLiteral("wss"));
        QVERIFY(!started.feedConfig.value(QStringLiteral("caFile")).toString().isEmpty());
    }

    void unknownTypeIsNamedWithTheAvailableOnes()
    {
        QString error;
        const sim::StartedEmulator started
            = sim::EmulatorRegistry::instance().start(QStringLiteral("lseg"), sim::EmulatorOptions(), &error);
        QVERIFY(!started.emulator);
        QVERIFY(started.feedConfig.isEmpty());
        QCOMPARE(error, QStringLiteral("no emulator for \"lseg\" (available: mrn, opera, alerts, pubsub, salto)"));
    }

    void anEmulatorThatCannotStartIsNamed()
    {
        sim::EmulatorRegistry registry;
        registry.add(QStringLiteral("broken"),
            {QStringLiteral("the broken emulator"),
                [](const sim::EmulatorOptions &) { return sim::StartedEmulator(); }});
        QString error;
        QVERIFY(!registry.start(QStringLiteral("broken"), sim::EmulatorOptions(), &error).emulator);
        QCOMPARE(error, QStringLiteral("the broken emulator could not start"));
    }

    void freshSeedsDifferPerStartAndFixedOnesDoNot()
    {
        sim::EmulatorOptions fixed;
        QCOMPARE(fixed.seedOr(7), 7u);
        sim::EmulatorOptions fresh;
        fresh.freshSeeds = true;
        QSet<quint32> seeds;
        for (int i = 0; i < 4; ++i)
            seeds.insert(fresh.seedOr(7));
        QVERIFY(seeds.size() > 1);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorRegistry)
#include "tst_emulator_registry.moc"
