// `switchboard-cli --rules`, the real binary: `listen` against the Salto emulator over loopback prints on every event
// exactly the enabled rules it matched, in file order, and no "rules" field when none did; `replay --stats` counts
// each rule's hits on the real MRN stories; a rules file that does not load exits 2 naming the rule.
#include "../../support/cli_run.h"
#include "mrn_vectors.h"
#include "sim/salto/salto_emulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

QStringList rulesOf(const QJsonObject &event)
{
    QStringList out;
    for (const QJsonValue &v : event.value(QStringLiteral("rules")).toArray())
        out << v.toString();
    return out;
}

bool hasTag(const QJsonObject &event, const QString &tag)
{
    return event.value(QStringLiteral("tags")).toArray().contains(QJsonValue(tag));
}

// The real MRN stories as a capture, one frame per fragment.
QByteArray realMrnCapture()
{
    QByteArray text;
    for (const test::MrnVector &v : test::realMrnVectors()) {
        for (int i = 0; i < v.fragments.size(); ++i)
            text += test::frame({test::mrnUpdate(v.guid, v.fragments[i], i + 1, v.totSize, v.mrnSrc)}).toUtf8() + '\n';
    }
    return text;
}

using Run = test::FinishedCliRun;
using test::runCliToEnd;

const QByteArray kDoorRules = R"json({"rules":[
    {"name":"Critical incidents","query":"kind:door.incident urgency:1","requireAck":true},
    {"name":"Switched off","query":"kind:door","enabled":false},
    {"name":"High or critical (tag)","query":"severity:high severity:critical"},
    {"name":"Incidents","query":"kind:door.incident"},
    {"name":"Never","query":"kind:news"}]})json";

} // namespace

class TestCliRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listenNamesExactlyTheMatchedRulesOnEveryEvent()
    {
        sim::SaltoEmulatorOptions options;
        options.incidentEvery = 2;
        sim::SaltoEmulator emulator(options);
        QVERIFY(emulator.start());
        QTemporaryDir dir;
        const QString config = test::writeFeedConfig(dir, emulator.feedConfig(QStringLiteral("doors")));
        const QString rules = writeFile(dir, "rules.json", kDoorRules);
        const int total = 40;
        test::CliRun run({QStringLiteral("listen"), QStringLiteral("doors"), QStringLiteral("--config"), config,
            QStringLiteral("--rules"), rules, QStringLiteral("--count"), QString::number(total),
            QStringLiteral("--line-buffered")});
        auto live = [&run] {
            for (const QJsonObject &o : std::as_const(run.stderrLines))
                if (o.value(QStringLiteral("state")).toString() == QLatin1String("live"))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(live(), 20000);
        emulator.publish(total);
        QTRY_VERIFY_WITH_TIMEOUT(run.finished(), 20000);
        run.drain();
        QCOMPARE(run.process.exitCode(), 0);
        QCOMPARE(run.events.size(), total);

        int critical = 0, high = 0, lower = 0, entries = 0;
        for (const QJsonObject &e : std::as_const(run.events)) {
            const bool incident = e.value(QStringLiteral("kind")).toString() == QLatin1String("door.incident");
            const int urgency = e.value(QStringLiteral("urgency")).toInt(-1);
            const bool severe
                = hasTag(e, QStringLiteral("severity:high")) || hasTag(e, QStringLiteral("severity:critical"));
            QStringList expected;
            if (incident && urgency == 1)
                expected << QStringLiteral("Critical incidents");
            if (severe)
                expected << QStringLiteral("High or critical (tag)");
            if (incident)
                expected << QStringLiteral("Incidents");
            QCOMPARE(rulesOf(e), expected);
            // No rule matched, no field: the line is what it was without rules.
            QCOMPARE(e.contains(QStringLiteral("rules")), !expected.isEmpty());
            critical += incident && urgency == 1;
            high += incident && urgency == 2;
            lower += incident && urgency > 2;
            entries += !incident;
        }
        // The run covered every case.
        QVERIFY(critical > 0 && high > 0 && lower > 0 && entries > 0);
    }

    void replayStatsCountsEachRulesHitsOnRealStories()
    {
        QTemporaryDir dir;
        const QString capture = writeFile(dir, "mrn.capture", realMrnCapture());
        // The three real stories: an Indonesian fund report, an English holdings notice and the Kremlin story.
        const QString rules = writeFile(dir, "rules.json", R"({"rules":[
            {"name":"All news","query":"kind:news"},
            {"name":"Off","query":"kind:news","enabled":false},
            {"name":"Kremlin","query":"kremlin"},
            {"name":"Not the Kremlin","query":"kind:news -KREMLIN"},
            {"name":"Doors","query":"kind:door"}]})");

        const Run stats = runCliToEnd({QStringLiteral("replay"), QStringLiteral("mrn"), capture,
            QStringLiteral("--rules"), rules, QStringLiteral("--stats")});
        QCOMPARE(stats.exitCode, 0);
        QCOMPARE(stats.lines.size(), 5); // one a rule, the disabled one left out, then the summary
        const QStringList names {QStringLiteral("All news"), QStringLiteral("Kremlin"),
            QStringLiteral("Not the Kremlin"), QStringLiteral("Doors")};
        const QList<int> hits {3, 1, 2, 0};
        for (int i = 0; i < names.size(); ++i) {
            QCOMPARE(stats.lines.at(i).value(QStringLiteral("rule")).toString(), names.at(i));
            QCOMPARE(stats.lines.at(i).value(QStringLiteral("hits")).toInt(-1), hits.at(i));
        }
        QCOMPARE(stats.lines.at(4).value(QStringLiteral("events")).toInt(), 3);

        const Run events
            = runCliToEnd({QStringLiteral("replay"), QStringLiteral("mrn"), capture, QStringLiteral("--rules"), rules});
        QCOMPARE(events.exitCode, 0);
        QCOMPARE(events.lines.size(), 3);
        for (const QJsonObject &e : events.lines) {
            const bool kremlin = e.value(QStringLiteral("title")).toString().contains(QLatin1String("Kremlin"));
            QCOMPARE(rulesOf(e),
                kremlin ? (QStringList {QStringLiteral("All news"), QStringLiteral("Kremlin")})
                        : (QStringList {QStringLiteral("All news"), QStringLiteral("Not the Kremlin")}));
        }
    }

    void withoutRulesTheLinesHaveNoRulesField()
    {
        QTemporaryDir dir;
        const QString capture = writeFile(dir, "mrn.capture", realMrnCapture());
        const QString none = writeFile(dir, "rules.json", R"({"rules":[{"name":"Doors","query":"kind:door"}]})");
        QProcess plain;
        plain.start(QStringLiteral(SB_CLI_BINARY), {QStringLiteral("replay"), QStringLiteral("mrn"), capture});
        QVERIFY(plain.waitForFinished(60'000));
        QProcess ruled;
        ruled.start(QStringLiteral(SB_CLI_BINARY),
            {QStringLiteral("replay"), QStringLiteral("mrn"), capture, QStringLiteral("--rules"), none});
        QVERIFY(ruled.waitForFinished(60'000));
        const QByteArray expected = plain.readAllStandardOutput();
        QVERIFY(!expected.isEmpty());
        QVERIFY(!expected.contains("\"rules\""));
        QCOMPARE(ruled.readAllStandardOutput(), expected); // byte for byte
    }

    void aBadRulesFileExitsTwoNamingTheRule_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mention");
        QTest::newRow("malformed query") << QByteArray(R"({"rules":[{"name":"Bad band","query":"urgency:1-x"}]})")
                                         << QStringLiteral("rule \"Bad band\": \"urgency:1-x\"");
        QTest::newRow("duplicate name") << QByteArray(
            R"({"rules":[{"name":"Oil","query":"oil"},{"name":"Oil","query":"crude"}]})")
                                        << QStringLiteral("rule \"Oil\"");
        QTest::newRow("missing name") << QByteArray(R"({"rules":[{"query":"oil"}]})")
                                      << QStringLiteral("rule 1: key \"name\" is required");
    }
    void aBadRulesFileExitsTwoNamingTheRule()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mention);
        QTemporaryDir dir;
        const QString rules = writeFile(dir, "rules.json", json);
        const QString capture = writeFile(dir, "mrn.capture", realMrnCapture());
        const QString config = test::writeFeedConfig(dir,
            QJsonObject {
                {QStringLiteral("name"), QStringLiteral("doors")}, {QStringLiteral("type"), QStringLiteral("salto")}});
        for (const QStringList &arguments :
            {QStringList {QStringLiteral("replay"), QStringLiteral("mrn"), capture, QStringLiteral("--stats")},
                QStringList {QStringLiteral("listen"), QStringLiteral("doors"), QStringLiteral("--config"), config}}) {
            const Run run = runCliToEnd(arguments + QStringList {QStringLiteral("--rules"), rules});
            QCOMPARE(run.exitCode, 2);
            const QString errors = run.err;
            QVERIFY2(errors.contains(mention) && errors.contains(rules), qPrintable(errors));
            QVERIFY(run.lines.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliRules)
#include "tst_cli_rules.moc"
