// The query language (#16), rule by rule: words and phrases, feed/kind/urgency, tags and tag prefixes,
// negation, grouping by field, case folding, and the errors that name their token.
#include "event/event.h"
#include "query/query.h"
#include "query/query_input.h"

#include <QTest>

using namespace sb;
using sb::query::Query;
using sb::query::QueryError;
using sb::query::QueryInput;

namespace {

Event news(const char *title, QStringList tags, int urgency = 3)
{
    Event e;
    e.feed = QStringLiteral("news");
    e.kind = QStringLiteral("news.story");
    e.title = QByteArray(title);
    e.tags = std::move(tags);
    e.urgency = urgency;
    return e;
}

Event door(const char *title, QStringList tags)
{
    Event e;
    e.feed = QStringLiteral("doors");
    e.kind = QStringLiteral("door.incident");
    e.title = QByteArray(title);
    e.tags = std::move(tags);
    return e;
}

// The corpus every case below runs against: name → event.
QList<QPair<QString, Event>> corpus()
{
    return {
        {QStringLiteral("vod"),
            news("Vodafone cuts dividend after rate cut",
                {QStringLiteral("R:VOD.L"), QStringLiteral("N2:UK"), QStringLiteral("lang:en"),
                    QStringLiteral("provider:RTRS")},
                1)},
        {QStringLiteral("vodafone-de"),
            news("Vodafone Straße Angebot",
                {QStringLiteral("R:VODGn.DE"), QStringLiteral("N2:DE"), QStringLiteral("lang:de")}, 3)},
        {QStringLiteral("msft"),
            news("Microsoft beats estimates",
                {QStringLiteral("R:MSFT.O"), QStringLiteral("N2:US"), QStringLiteral("lang:en")}, 2)},
        {QStringLiteral("aramco"),
            news("Aramco raises output", {QStringLiteral("R:2222.SE"), QStringLiteral("N2:CRU")}, 1)},
        {QStringLiteral("nourgency"), news("Market wrap", {QStringLiteral("N2:US")}, -1)},
        {QStringLiteral("door"),
            door("Door left open",
                {QStringLiteral("site:HQ"), QStringLiteral("door:Main entrance"), QStringLiteral("severity:high")})},
        {QStringLiteral("door-critical"),
            door("Forced door",
                {QStringLiteral("site:HQ"), QStringLiteral("door:Loading bay"), QStringLiteral("severity:critical")})},
    };
}

QStringList matching(const Query &q)
{
    QStringList out;
    QueryInput input;
    const auto events = corpus();
    for (const auto &[name, event] : events) {
        input.reset(event);
        if (q.matches(input))
            out << name;
    }
    return out;
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromLatin1(n);
    return out;
}

} // namespace

class TestQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QStringList all = names({"vod", "vodafone-de", "msft", "aramco", "nourgency", "door", "door-critical"});
        QTest::newRow("empty matches all") << QString() << all;
        QTest::newRow("only spaces") << QStringLiteral("   ") << all;
        QTest::newRow("word in title") << QStringLiteral("vodafone") << names({"vod", "vodafone-de"});
        QTest::newRow("word, any case") << QStringLiteral("VODAFONE") << names({"vod", "vodafone-de"});
        QTest::newRow("word part of a word") << QStringLiteral("soft") << names({"msft"});
        QTest::newRow("two words both hold") << QStringLiteral("vodafone cut") << names({"vod"});
        QTest::newRow("phrase") << QStringLiteral("\"rate cut\"") << names({"vod"});
        QTest::newRow("phrase not in that order") << QStringLiteral("\"cut rate\"") << QStringList();
        QTest::newRow("full case folding") << QStringLiteral("STRASSE") << names({"vodafone-de"});
        QTest::newRow("feed") << QStringLiteral("feed:doors") << names({"door", "door-critical"});
        QTest::newRow("feed, any case") << QStringLiteral("FEED:Doors") << names({"door", "door-critical"});
        QTest::newRow("two feeds either") << QStringLiteral("feed:doors feed:news") << all;
        QTest::newRow("kind exact") << QStringLiteral("kind:door.incident") << names({"door", "door-critical"});
        QTest::newRow("kind prefix at a dot")
            << QStringLiteral("kind:news") << names({"vod", "vodafone-de", "msft", "aramco", "nourgency"});
        QTest::newRow("kind not a bare prefix") << QStringLiteral("kind:new") << QStringList();
        QTest::newRow("urgency") << QStringLiteral("urgency:1") << names({"vod", "aramco"});
        QTest::newRow("urgency range") << QStringLiteral("urgency:1-2") << names({"vod", "msft", "aramco"});
        QTest::newRow("no urgency never matches")
            << QStringLiteral("urgency:0-9") << names({"vod", "vodafone-de", "msft", "aramco"});
        QTest::newRow("tag") << QStringLiteral("R:MSFT.O") << names({"msft"});
        QTest::newRow("tag, any case") << QStringLiteral("r:msft.o") << names({"msft"});
        QTest::newRow("tag wildcard") << QStringLiteral("R:VOD*") << names({"vod", "vodafone-de"});
        QTest::newRow("tag wildcard is a prefix") << QStringLiteral("R:OD*") << QStringList();
        QTest::newRow("bare wildcard: any of the prefix")
            << QStringLiteral("R:*") << names({"vod", "vodafone-de", "msft", "aramco"});
        QTest::newRow("tag with a space, quoted") << QStringLiteral("door:\"Main entrance\"") << names({"door"});
        QTest::newRow("one group: either") << QStringLiteral("R:MSFT.O R:2222.SE") << names({"msft", "aramco"});
        QTest::newRow("two groups: both") << QStringLiteral("R:VOD* N2:UK") << names({"vod"});
        QTest::newRow("groups and a word") << QStringLiteral("R:VOD* N2:DE angebot") << names({"vodafone-de"});
        QTest::newRow("urgency and a tag") << QStringLiteral("R:2222.SE urgency:1-2") << names({"aramco"});
        QTest::newRow("severity alternatives")
            << QStringLiteral("severity:high severity:critical") << names({"door", "door-critical"});
        QTest::newRow("negated word") << QStringLiteral("vodafone -straße") << names({"vod"});
        QTest::newRow("negated tag") << QStringLiteral("feed:news -N2:US") << names({"vod", "vodafone-de", "aramco"});
        QTest::newRow("negated wildcard")
            << QStringLiteral("kind:news -R:VOD*") << names({"msft", "aramco", "nourgency"});
        QTest::newRow("negated feed") << QStringLiteral("-feed:news") << names({"door", "door-critical"});
        QTest::newRow("negated urgency: no urgency is not urgent")
            << QStringLiteral("kind:news -urgency:1-2") << names({"vodafone-de", "nourgency"});
        QTest::newRow("negated phrase") << QStringLiteral("-\"rate cut\" vodafone") << names({"vodafone-de"});
        QTest::newRow("negated tags do not group: none may hold")
            << QStringLiteral("kind:news -R:VOD.L -R:MSFT.O") << names({"vodafone-de", "aramco", "nourgency"});
        QTest::newRow("a lone dash is a word") << QStringLiteral("-") << QStringList();
        QTest::newRow("quoted prefix is a word") << QStringLiteral("\"R:VOD.L\"") << QStringList();
        QTest::newRow("empty quotes ask for nothing")
            << QStringLiteral("\"\" feed:doors") << names({"door", "door-critical"});
        QTest::newRow("tabs separate too") << QStringLiteral("feed:news\tR:MSFT.O") << names({"msft"});
    }
    void matches()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QueryError error;
        const std::optional<Query> q = Query::parse(query, &error);
        QVERIFY2(q, qPrintable(error.text()));
        QCOMPARE(matching(*q), expected);
    }

    void errorsNameTheToken_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("token");
        QTest::newRow("urgency not a number") << QStringLiteral("feed:news urgency:x") << QStringLiteral("urgency:x");
        QTest::newRow("urgency reversed range") << QStringLiteral("urgency:3-1") << QStringLiteral("urgency:3-1");
        QTest::newRow("urgency negative") << QStringLiteral("urgency:-1") << QStringLiteral("urgency:-1");
        QTest::newRow("urgency open range") << QStringLiteral("urgency:1-") << QStringLiteral("urgency:1-");
        QTest::newRow("nothing after the colon") << QStringLiteral("vodafone R:") << QStringLiteral("R:");
        QTest::newRow("negated, nothing after") << QStringLiteral("-feed:") << QStringLiteral("-feed:");
        QTest::newRow("open quote") << QStringLiteral("feed:news \"rate cut") << QStringLiteral("\"rate cut");
        QTest::newRow("open quote in a value")
            << QStringLiteral("door:\"Main entrance") << QStringLiteral("door:\"Main entrance");
    }
    void errorsNameTheToken()
    {
        QFETCH(QString, query);
        QFETCH(QString, token);
        QueryError error;
        QVERIFY(!Query::parse(query, &error));
        QCOMPARE(error.token, token);
        QVERIFY2(error.text().startsWith(u'"' + token + u'"'), qPrintable(error.text()));
        QVERIFY(!error.message.isEmpty());
    }

    void aPreparedEventServesManyQueriesAndMatchesLikeTheEvent()
    {
        const Event e = corpus().first().second;
        QueryInput input;
        input.reset(corpus().at(5).second); // a door incident first: the buffers are reused
        input.reset(e);
        for (const char *text : {"vodafone", "R:VOD*", "-feed:news", "urgency:2", "\"rate cut\" N2:UK"}) {
            const Query q = *Query::parse(QString::fromLatin1(text));
            QCOMPARE(q.matches(input), q.matches(e));
        }
        QCOMPARE(input.urgency(), 1);
        QCOMPARE(input.title(), QStringLiteral("vodafone cuts dividend after rate cut"));
        QCOMPARE(input.tagCount(), 4);
    }

    // The boxes' dialect (#20): a bare word is also a tag's value; the strict language (rules) does not read it so.
    void bareWordsMatchTagValues_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("boxes");
        QTest::addColumn<QStringList>("strict");
        QTest::newRow("a bare code") << QStringLiteral("MSFT.O") << names({"msft"}) << QStringList();
        QTest::newRow("any case") << QStringLiteral("msft.o") << names({"msft"}) << QStringList();
        QTest::newRow("the whole value, not a part") << QStringLiteral("MSFT") << QStringList() << QStringList();
        QTest::newRow("title still counts") << QStringLiteral("microsoft") << names({"msft"}) << names({"msft"});
        QTest::newRow("a tag means the same") << QStringLiteral("R:MSFT.O") << names({"msft"}) << names({"msft"});
        QTest::newRow("a value of any prefix")
            << QStringLiteral("high") << names({"door"}) << QStringList(); // severity:high
        QTest::newRow("a quoted phrase is title only")
            << QStringLiteral("\"MSFT.O\"") << QStringList() << QStringList();
        QTest::newRow("negated") << QStringLiteral("kind:news -UK")
                                 << names({"vodafone-de", "msft", "aramco", "nourgency"})
                                 << names({"vod", "vodafone-de", "msft", "aramco", "nourgency"});
    }
    void bareWordsMatchTagValues()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, boxes);
        QFETCH(QStringList, strict);
        const std::optional<Query> forBoxes = Query::parse(query, nullptr, Query::Option::BareWordsMatchTagValues);
        QVERIFY(forBoxes);
        QCOMPARE(forBoxes->option(), Query::Option::BareWordsMatchTagValues);
        QCOMPARE(matching(*forBoxes), boxes);
        QCOMPARE(matching(*Query::parse(query)), strict);
    }

    void addedTagsCountAsTheEventsOwn()
    {
        const Event e = news("Market wrap", {QStringLiteral("N2:US")});
        QueryInput input;
        input.reset(e);
        input.addTag(QStringLiteral("Lang:EN"));
        QCOMPARE(input.tagCount(), 2);
        QVERIFY(Query::parse(QStringLiteral("lang:en N2:US"))->matches(input));
        input.reset(e); // the added tag was for that event only
        QCOMPARE(input.tagCount(), 1);
        QVERIFY(!Query::parse(QStringLiteral("lang:en"))->matches(input));
    }

    void aMatcherOverOtherRowsCombinesTermsAsTheLanguage()
    {
        const Query q = *Query::parse(QStringLiteral("-N2:US R:VOD* vodafone R:MSFT.O urgency:1"));
        QCOMPARE(q.terms().size(), 5);
        QStringList order;
        for (const Query::Term &t : q.terms())
            order << t.value;
        // Groups reading one field first, then tag groups in order of first use, then words, then negated terms.
        QCOMPARE(q.terms().first().field, Query::Term::Field::Urgency);
        QCOMPARE(order.mid(1, 2), QStringList({QStringLiteral("r:vod"), QStringLiteral("r:msft.o")}));
        QCOMPARE(order.mid(3), QStringList({QStringLiteral("vodafone"), QStringLiteral("n2:us")}));
        const Event e = corpus().first().second;
        QueryInput input;
        input.reset(e);
        // evaluate() with a term oracle that answers as the event does equals matches().
        const auto &terms = q.terms();
        QVERIFY(q.evaluate([&](qsizetype i) {
            return Query::parse(terms.at(i).field == Query::Term::Field::TagPrefix ? QStringLiteral("R:VOD*")
                    : terms.at(i).field == Query::Term::Field::Urgency             ? QStringLiteral("urgency:1")
                                                                                   : terms.at(i).value)
                ->matches(input);
        }));
        QVERIFY(q.matches(input));
        QVERIFY(!q.evaluate([](qsizetype) { return false; }));
        QVERIFY(Query::tagValueIs(u"r:msft.o", u"msft.o"));
        QVERIFY(!Query::tagValueIs(u"r:msft.o", u"msft"));
        QVERIFY(!Query::tagValueIs(u"msft.o", u"msft.o"));
    }

    void utf8TitlesAreDecodedBeforeFolding()
    {
        Event e = news("", {});
        e.title = QStringLiteral("ÖL-PREIS STEIGT: Straße gesperrt").toUtf8();
        QVERIFY(Query::parse(QStringLiteral("öl-preis strasse"))->matches(e));
        e.title = QByteArray("bad \xff utf-8 STRASSE");
        QVERIFY(Query::parse(QStringLiteral("straße"))->matches(e));
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
