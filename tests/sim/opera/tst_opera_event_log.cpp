// The emulator's event log and generator: per-chain increasing string offsets, replay from an offset, a first
// offset other than 1, and realistic events of the four modules.
#include "sim/opera/opera_event_generator.h"
#include "sim/opera/opera_event_log.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace sb::sim;

class TstOperaEventLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offsetsIncreasePerChainAndReplay()
    {
        OperaEventLog log;
        OperaEventGenerator gen(7);
        const QStringList hotels {QStringLiteral("H1")};
        QCOMPARE(log.append(QStringLiteral("A"), gen.next(hotels, 0, true)), qint64(1));
        QCOMPARE(log.append(QStringLiteral("A"), gen.next(hotels, 0, true)), qint64(2));
        QCOMPARE(log.append(QStringLiteral("B"), gen.next(hotels, 0, true)), qint64(1));
        QCOMPARE(log.append(QStringLiteral("A"), gen.next(hotels, 0, true)), qint64(3));
        const QList<QJsonObject> replay = log.from(QStringLiteral("A"), 2);
        QCOMPARE(replay.size(), 2);
        QCOMPARE(replay.first().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("offset")).toString(),
            QStringLiteral("2"));
        QVERIFY(log.from(QStringLiteral("A"), 4).isEmpty());
        QCOMPARE(log.from(QStringLiteral("A"), 0).size(), 3);
        QCOMPARE(log.lastOffset(QStringLiteral("A")), qint64(3));
    }
    void firstOffsetShiftsEverything()
    {
        OperaEventLog log;
        log.setFirstOffset(1000);
        OperaEventGenerator gen(7);
        QCOMPARE(log.append(QStringLiteral("A"), gen.next({QStringLiteral("H")}, 0, true)), qint64(1000));
        QCOMPARE(log.append(QStringLiteral("A"), gen.next({QStringLiteral("H")}, 0, true)), qint64(1001));
        QCOMPARE(log.from(QStringLiteral("A"), 1001).size(), 1);
        QCOMPARE(log.from(QStringLiteral("A"), 5).size(), 2); // older than retained: everything held
        QCOMPARE(log.lastOffset(QStringLiteral("A")), qint64(1001));
    }
    void generatesAllModulesWithDetails()
    {
        OperaEventGenerator gen(42);
        QSet<QString> modules;
        QSet<QString> ids;
        for (int i = 0; i < 200; ++i) {
            const QJsonObject e = gen.next({QStringLiteral("H1"), QStringLiteral("H2")}, 1795348800000, i % 2);
            modules.insert(e.value(QStringLiteral("moduleName")).toString());
            ids.insert(
                e.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("uniqueEventId")).toString());
            QVERIFY(!e.value(QStringLiteral("eventName")).toString().isEmpty());
            QVERIFY(!e.value(QStringLiteral("primaryKey")).toString().isEmpty());
            QVERIFY(!e.value(QStringLiteral("detail")).toArray().isEmpty());
            QVERIFY(e.value(QStringLiteral("timestamp")).toString().startsWith(QLatin1String("2026-11-22T12:00:00")));
        }
        const QStringList expected = OperaEventGenerator::modules();
        QCOMPARE(modules, QSet<QString>(expected.begin(), expected.end()));
        QCOMPARE(ids.size(), 200);
    }
};

QTEST_GUILESS_MAIN(TstOperaEventLog)
#include "tst_opera_event_log.moc"
