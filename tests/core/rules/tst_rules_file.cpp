// The rules file of #16: every key read, every mistake refused with the rule (and a query's token) named.
#include "rules/rules_file.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

QString loadError(const QByteArray &json)
{
    QString error;
    const std::optional<QVector<Rule>> rules = RulesFile::parse(json, &error);
    return rules ? QStringLiteral("<loaded>") : error;
}

} // namespace

class TestRulesFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheIssuesExampleWithEveryKey()
    {
        QString error;
        const auto rules = RulesFile::parse(R"({"rules":[{"name":"Saudi oil","query":"R:2222.SE urgency:1-2",
            "enabled":true,"colour":"#ffcc00","sound":"chime","notify":true,"watch":true,"requireAck":false,
            "repeatSec":30,"escalateAfterSec":120}]})",
            &error);
        QVERIFY2(rules, qPrintable(error));
        QCOMPARE(rules->size(), 1);
        const Rule &r = rules->first();
        QCOMPARE(r.name, QStringLiteral("Saudi oil"));
        QCOMPARE(r.query, QStringLiteral("R:2222.SE urgency:1-2"));
        QVERIFY(r.enabled);
        QCOMPARE(r.colour, QStringLiteral("#ffcc00"));
        QCOMPARE(r.sound, QStringLiteral("chime"));
        QVERIFY(r.notify);
        QVERIFY(r.watch);
        QVERIFY(!r.requireAck);
        QCOMPARE(r.repeatSec, 30);
        QCOMPARE(r.escalateAfterSec, 120);
    }

    void onlyNameAndQueryAreRequired()
    {
        QString error;
        const auto rules
            = RulesFile::parse(R"({"rules":[{"name":"b","query":""},{"name":"a","query":"oil"}]})", &error);
        QVERIFY2(rules, qPrintable(error));
        QCOMPARE(rules->size(), 2);
        QCOMPARE(rules->at(0).name, QStringLiteral("b")); // file order, not sorted
        const Rule &r = rules->at(1);
        QVERIFY(r.enabled);
        QVERIFY(r.colour.isEmpty() && r.sound.isEmpty());
        QVERIFY(!r.notify && !r.watch && !r.requireAck);
        QCOMPARE(r.repeatSec, 0);
        QCOMPARE(r.escalateAfterSec, 0);
    }

    void anEmptyListLoads()
    {
        QString error;
        const auto rules = RulesFile::parse(R"({"_comment":"none yet","rules":[]})", &error);
        QVERIFY2(rules, qPrintable(error));
        QVERIFY(rules->isEmpty());
    }

    void mistakesNameTheRule_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("malformed query") << QByteArray(R"({"rules":[{"name":"ok","query":"oil"},
            {"name":"Bad band","query":"R:VOD.L urgency:x"}]})")
                                         << strings({"rule \"Bad band\"", "urgency:x"});
        QTest::newRow("empty tag value") << QByteArray(R"({"rules":[{"name":"Codes","query":"R: oil"}]})")
                                         << strings({"rule \"Codes\"", "R:"});
        QTest::newRow("unclosed quote") << QByteArray("{\"rules\":[{\"name\":\"Phrase\",\"query\":\"\\\"rate cut\"}]}")
                                        << strings({"rule \"Phrase\"", "\"rate cut"});
        QTest::newRow("duplicate name") << QByteArray(R"({"rules":[{"name":"Oil","query":"oil"},
            {"name":"Oil","query":"crude"}]})")
                                        << strings({"rule \"Oil\"", "unique"});
        QTest::newRow("missing name") << QByteArray(R"({"rules":[{"name":"a","query":"x"},{"query":"oil"}]})")
                                      << strings({"rule 2", "\"name\" is required"});
        QTest::newRow("empty name") << QByteArray(R"({"rules":[{"name":" ","query":"oil"}]})")
                                    << strings({"rule 1", "\"name\""});
        QTest::newRow("missing query") << QByteArray(R"({"rules":[{"name":"Oil"}]})")
                                       << strings({"rule \"Oil\"", "\"query\" is required"});
        QTest::newRow("misspelt key") << QByteArray(R"({"rules":[{"name":"Oil","query":"oil","requireAk":true}]})")
                                      << strings({"rule \"Oil\"", "unknown key \"requireAk\"", "requireAck"});
        QTest::newRow("wrong type") << QByteArray(R"({"rules":[{"name":"Oil","query":"oil","notify":"yes"}]})")
                                    << strings({"rule \"Oil\"", "\"notify\" must be true or false"});
        QTest::newRow("negative repeat") << QByteArray(R"({"rules":[{"name":"Oil","query":"oil","repeatSec":-5}]})")
                                         << strings({"rule \"Oil\"", "repeatSec"});
        QTest::newRow("not a colour") << QByteArray(R"({"rules":[{"name":"Oil","query":"oil","colour":"yellowish"}]})")
                                      << strings({"rule \"Oil\"", "colour", "yellowish"});
        QTest::newRow("rule not an object") << QByteArray(R"({"rules":["oil"]})") << strings({"rule 1", "object"});
        QTest::newRow("no rules array") << QByteArray(R"({"rule":[]})") << strings({"\"rules\" is required"});
        QTest::newRow("unknown top-level key")
            << QByteArray(R"({"rules":[],"extra":1})") << strings({"unknown key \"extra\""});
        QTest::newRow("not JSON") << QByteArray(R"({"rules":[)") << strings({"not JSON"});
    }
    void mistakesNameTheRule()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mentions);
        const QString error = loadError(json);
        for (const QString &m : std::as_const(mentions))
            QVERIFY2(error.contains(m), qPrintable(error + QStringLiteral("  (missing: ") + m + QLatin1Char(')')));
    }

    void readNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rules.json"));
        QString error;
        QVERIFY(!RulesFile::read(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"rules":[{"name":"Broken","query":"urgency:1-x"}]})");
        f.close();
        QVERIFY(!RulesFile::read(path, &error));
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("rule \"Broken\"")), qPrintable(error));
    }

    void theShippedDefaultsLoad()
    {
        QString error;
        const auto rules = RulesFile::read(QStringLiteral(SB_DEFAULT_RULES), &error);
        QVERIFY2(rules, qPrintable(error));
        QVERIFY(!rules->isEmpty());
        bool alarms = false;
        for (const Rule &r : *rules)
            alarms = alarms || (r.enabled && r.requireAck);
        QVERIFY2(alarms, "the defaults make alarms");
    }

    void serializeReadsBackIdentically()
    {
        Rule every;
        every.name = QStringLiteral("Saudi oil \"crude\" ö");
        every.query = QStringLiteral("R:2222.SE urgency:1-2 \"rate cut\" -lang:de");
        every.enabled = false;
        every.colour = QStringLiteral("#ffcc00");
        every.sound = QStringLiteral("/home/ops/sounds/bell.wav");
        every.notify = true;
        every.watch = true;
        every.requireAck = true;
        every.repeatSec = 30;
        every.escalateAfterSec = 120;
        Rule plain;
        plain.name = QStringLiteral("plain");
        plain.query = QString();
        const QVector<Rule> rules {every, plain};

        const QByteArray json = RulesFile::serialize(rules);
        QString error;
        const auto back = RulesFile::parse(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->size(), 2);
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const Rule &a = rules.at(i);
            const Rule &b = back->at(i);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.query, a.query);
            QCOMPARE(b.enabled, a.enabled);
            QCOMPARE(b.colour, a.colour);
            QCOMPARE(b.sound, a.sound);
            QCOMPARE(b.notify, a.notify);
            QCOMPARE(b.watch, a.watch);
            QCOMPARE(b.requireAck, a.requireAck);
            QCOMPARE(b.repeatSec, a.repeatSec);
            QCOMPARE(b.escalateAfterSec, a.escalateAfterSec);
        }
        // Defaults are left out: a rule with nothing set is its name and query only ("rules", "name", "query").
        QVERIFY(json.contains("\"plain\""));
        QCOMPARE(RulesFile::serialize({plain}).count("\": "), 3);
        // And a second trip changes nothing.
        QCOMPARE(RulesFile::serialize(*back), json);
    }

    void writeReplacesTheFileWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rules.json"));
        Rule rule;
        rule.name = QStringLiteral("Oil");
        rule.query = QStringLiteral("oil");
        QString error;
        QVERIFY2(RulesFile::write(path, {rule}, &error), qPrintable(error));
        rule.name = QStringLiteral("Gas");
        QVERIFY2(RulesFile::write(path, {rule}, &error), qPrintable(error));
        const auto back = RulesFile::read(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->size(), 1);
        QCOMPARE(back->first().name, QStringLiteral("Gas"));
        QVERIFY(!RulesFile::write(dir.filePath(QStringLiteral("missing/rules.json")), {rule}, &error));
        QVERIFY2(error.contains(QStringLiteral("missing/rules.json")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRulesFile)
#include "tst_rules_file.moc"
