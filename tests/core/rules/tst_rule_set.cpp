// The compiled rules of #16: the names of the enabled rules an event matched, in file order; disabled rules never
// named; a bad query refused with its rule; the JSON Lines form carries the names only when one matched.
#include "event/event.h"
#include "query/query_input.h"
#include "rules/rule_set.h"
#include "rules/rules_file.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

Rule rule(const char *name, const char *query, bool enabled = true)
{
    Rule r;
    r.name = QString::fromUtf8(name);
    r.query = QString::fromUtf8(query);
    r.enabled = enabled;
    return r;
}

Event story(const char *title, int urgency, QStringList tags)
{
    Event e;
    e.feed = QStringLiteral("news");
    e.kind = QStringLiteral("news.story");
    e.key = QStringLiteral("k1");
    e.title = title;
    e.urgency = urgency;
    e.tags = std::move(tags);
    return e;
}

Event doorIncident(const char *severity, int urgency)
{
    Event e;
    e.feed = QStringLiteral("doors");
    e.kind = QStringLiteral("door.incident");
    e.key = QStringLiteral("i1");
    e.title = "Door opened without a valid credential";
    e.urgency = urgency;
    e.tags = {QStringLiteral("incident"), QStringLiteral("event:forced_door"),
        QStringLiteral("severity:") + QLatin1String(severity), QStringLiteral("door:Server room")};
    return e;
}

QStringList matchesOf(const RuleSet &set, const Event &e)
{
    query::QueryInput input;
    input.reset(e);
    return set.matches(input);
}

RuleSet compiled(const QVector<Rule> &rules)
{
    QString error;
    std::optional<RuleSet> set = RuleSet::compile(rules, &error);
    if (!set)
        qFatal("%s", qPrintable(error));
    return std::move(*set);
}

} // namespace

class TestRuleSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesTheMatchedRulesInFileOrder()
    {
        // "Zeta" comes first in the file: the order is the file's, not the names'.
        const RuleSet set = compiled({rule("Zeta", "oil"), rule("Saudi oil", "R:2222.SE urgency:1-2"),
            rule("Vodafone", "R:VOD*"), rule("Alpha", "kind:news -urgency:5")});
        const Event e = story("Saudi Aramco raises oil output", 1, {QStringLiteral("R:2222.SE")});
        QCOMPARE(matchesOf(set, e), (strings({"Zeta", "Saudi oil", "Alpha"})));
        QCOMPARE(matchesOf(set, story("Vodafone results", 5, {QStringLiteral("R:VOD.L")})), strings({"Vodafone"}));
    }

    void disabledRulesAreNeverNamed()
    {
        const RuleSet set = compiled({rule("Off", "oil", false), rule("On", "oil")});
        QCOMPARE(set.size(), qsizetype(1));
        QCOMPARE(set.name(0), QStringLiteral("On"));
        QCOMPARE(matchesOf(set, story("Oil up", 3, {})), strings({"On"}));
        // A disabled rule is not compiled, so even one whose query would not parse does not stop the set.
        QVERIFY(RuleSet::compile({rule("Off and broken", "urgency:x", false)}, nullptr));
    }

    void theDeskFindsEveryRuleByNameDisabledOnesToo()
    {
        Rule loud = rule("Loud", "oil");
        loud.colour = QStringLiteral("#ff0000");
        const RuleSet set = compiled({rule("Off", "gas", false), loud});
        QCOMPARE(set.rules().size(), qsizetype(2));
        QCOMPARE(set.rules().at(0).name, QStringLiteral("Off"));
        QVERIFY(set.find(QStringLiteral("Off")));
        QCOMPARE(set.find(QStringLiteral("Loud"))->colour, QStringLiteral("#ff0000"));
        QVERIFY(!set.find(QStringLiteral("loud")));
    }

    void rulesIndexedByATagMatchAsTheirQueriesDo()
    {
        // The set looks at a rule naming required tags only for an event carrying one of them; every other rule for
        // every event. Whatever the index skips, the names must equal each query asked on its own.
        const QVector<Rule> rules = {rule("One RIC", "R:VOD.L"), rule("Either RIC", "r:vod.l R:BP.L urgency:1-2"),
            rule("Topic not sport", "N2:ENER lang:en -N2:SPO"), rule("Prefix", "R:BP*"), rule("Word", "oil kind:news"),
            rule("RIC and word", "R:BP.L N2:ENER output"), rule("Feed only", "feed:news urgency:1"),
            rule("Negated only", "-R:VOD.L"), rule("Ümlaut tag", "G:ÜBER")};
        const RuleSet set = compiled(rules);
        const QVector<Event> events = {
            story("BP raises oil output", 1,
                {QStringLiteral("R:BP.L"), QStringLiteral("N2:ENER"), QStringLiteral("lang:EN")}),
            story("Vodafone results", 2, {QStringLiteral("R:VOD.L")}),
            story("Sport and oil", 3, {QStringLiteral("N2:ENER"), QStringLiteral("N2:SPO"), QStringLiteral("lang:en")}),
            story("Nothing tagged", 1, {}), story("Über", 4, {QStringLiteral("g:über"), QStringLiteral("R:BPX.L")})};
        for (const Event &e : events) {
            QStringList expected;
            for (const Rule &r : rules)
                if (query::Query::parse(r.query)->matches(e))
                    expected << r.name;
            QCOMPARE(matchesOf(set, e), expected);
        }
        QCOMPARE(matchesOf(set, events.at(0)),
            (strings(
                {"Either RIC", "Topic not sport", "Prefix", "Word", "RIC and word", "Feed only", "Negated only"})));
    }

    void noMatchNamesNothing()
    {
        const RuleSet set = compiled({rule("Oil", "oil"), rule("Critical", "urgency:1")});
        QVERIFY(matchesOf(set, story("Bank results", 3, {})).isEmpty());
        QVERIFY(matchesOf(RuleSet(), story("Oil", 1, {})).isEmpty());
    }

    void theInputIsReusedFromEventToEvent()
    {
        // One QueryInput per decode thread: what the previous event left in it must not leak into the next.
        const RuleSet set = compiled({rule("Vod", "R:VOD.L"), rule("Oil", "oil")});
        query::QueryInput input;
        input.reset(story("Oil output", 2, {QStringLiteral("R:VOD.L"), QStringLiteral("N2:ENER")}));
        QCOMPARE(set.matches(input), (strings({"Vod", "Oil"})));
        input.reset(story("Bank", 2, {}));
        QVERIFY(set.matches(input).isEmpty());
    }

    void aBadQueryNamesItsRuleAndToken()
    {
        QString error;
        QVERIFY(!RuleSet::compile({rule("Fine", "oil"), rule("Bad band", "urgency:9-x")}, &error));
        QVERIFY2(error.contains(QLatin1String("rule \"Bad band\"")) && error.contains(QLatin1String("urgency:9-x")),
            qPrintable(error));
    }

    void theDefaultsMakeHighAndCriticalDoorIncidentsAlarms()
    {
        // Salto gives severity as a tag (severity:critical) and as an urgency rank (critical 1 … low 4).
        QString error;
        const auto rules = RulesFile::read(QStringLiteral(SB_DEFAULT_RULES), &error);
        QVERIFY2(rules, qPrintable(error));
        QStringList alarmRules;
        for (const Rule &r : *rules)
            if (r.enabled && r.requireAck)
                alarmRules << r.name;
        const RuleSet set = compiled(*rules);
        auto alarms = [&](const Event &e) {
            QStringList out;
            for (const QString &name : matchesOf(set, e))
                if (alarmRules.contains(name))
                    out << name;
            return out;
        };
        QVERIFY(!alarms(doorIncident("critical", 1)).isEmpty());
        QVERIFY(!alarms(doorIncident("high", 2)).isEmpty());
        QVERIFY(alarms(doorIncident("medium", 3)).isEmpty());
        QVERIFY(alarms(doorIncident("low", 4)).isEmpty());
        Event entry = doorIncident("critical", 1);
        entry.kind = QStringLiteral("door.entry");
        entry.urgency = -1;
        entry.tags = {QStringLiteral("entry"), QStringLiteral("event:key")};
        QVERIFY(alarms(entry).isEmpty());
        QVERIFY(alarms(story("Critical oil", 1, {})).isEmpty()); // news of urgency 1 is no door alarm
    }

    void jsonLinesCarryTheNamesOnlyWhenOneMatched()
    {
        Event e = story("Oil \"up\"", 1, {QStringLiteral("R:2222.SE")});
        const QByteArray plain = e.toJsonLine();
        QVERIFY(!plain.contains("\"rules\""));
        e.rules = {QStringLiteral("Saudi oil"), QStringLiteral("Zeta \"quoted\" é")};
        const QByteArray line = e.toJsonLine();
        // The same line with the field at its end.
        QVERIFY(line.startsWith(plain.chopped(1)));
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(QStringLiteral("rules")).toArray(),
            (QJsonArray {QStringLiteral("Saudi oil"), QStringLiteral("Zeta \"quoted\" é")}));
        QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Oil \"up\""));
    }
};

QTEST_GUILESS_MAIN(TestRuleSet)
#include "tst_rule_set.moc"
