#include "../../support/ui_test_events.h"
#include "panes/mrn/blotter_filter.h"
#include "panes/mrn/event_ring.h"
#include "query/query_input.h"

#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

class TestBlotterFilter : public QObject
{
    Q_OBJECT
private:
    EventRing m_ring {100};
    quint64 add(const Event &e) { return m_ring.push(e, e.key.toUtf8()); }
    bool matches(const QString &filter, quint64 seq)
    {
        BlotterFilter f = BlotterFilter::parse(filter);
        f.bind(m_ring);
        return f.matches(m_ring.at(seq), m_ring);
    }

private Q_SLOTS:
    void readsTheQueryLanguage()
    {
        const BlotterFilter f = BlotterFilter::parse(QStringLiteral(
            "lang:EN urgency:1 r:vod.l N2:COM kind:news.story provider:RTRS \"profit warning\" 10:30 bank"));
        QVERIFY(f.problems().isEmpty());
        QCOMPARE(f.query().terms().size(), 9);
        QCOMPARE(f.query().option(), query::Query::Option::BareWordsMatchTagValues);
        QVERIFY(BlotterFilter::parse(QStringLiteral("   ")).isEmpty());
        // A malformed token is named and the filter then shows every row rather than guessing.
        const BlotterFilter bad = BlotterFilter::parse(QStringLiteral("bank urgency:x"));
        QCOMPARE(bad.problems().size(), 1);
        QVERIFY2(bad.problems().first().contains(QLatin1String("\"urgency:x\"")), qPrintable(bad.problems().first()));
        QVERIFY(bad.isEmpty());
        QCOMPARE(BlotterFilter::parse(QStringLiteral("urgency:3-1")).problems().size(), 1);
        QCOMPARE(BlotterFilter::parse(QStringLiteral("R:")).problems().size(), 1);
        QCOMPARE(BlotterFilter::parse(QStringLiteral("\"rate cut")).problems().size(), 1);
    }

    void matchesRows()
    {
        const quint64 vod = add(story(QStringLiteral("a"), QStringLiteral("Vodafone issues PROFIT warning"),
            {QStringLiteral("R:VOD.L"), QStringLiteral("N2:COM")}, QStringLiteral("en"), 1));
        const quint64 jp = add(story(QStringLiteral("b"), QStringLiteral("トヨタ自動車、増益"),
            {QStringLiteral("R:7203.T"), QStringLiteral("N2:AUT")}, QStringLiteral("ja"), 3));
        const quint64 ana = add(story(QStringLiteral("c"), QStringLiteral("Analytics for VOD"),
            {QStringLiteral("R:VOD.L")}, QStringLiteral("en"), -1, QStringLiteral("news.analytics")));

        QVERIFY(matches(QStringLiteral("profit"), vod));
        QVERIFY(matches(QStringLiteral("\"profit warning\" vodafone"), vod));
        QVERIFY(!matches(QStringLiteral("profit bank"), vod));
        QVERIFY(matches(QStringLiteral("lang:en"), vod));
        QVERIFY(!matches(QStringLiteral("lang:en"), jp));
        QVERIFY(matches(QStringLiteral("lang:ja lang:en"), jp));
        QVERIFY(matches(QStringLiteral("urgency:1"), vod));
        QVERIFY(!matches(QStringLiteral("urgency:1"), jp));
        QVERIFY(matches(QStringLiteral("urgency:2-3"), jp));
        QVERIFY(!matches(QStringLiteral("urgency:1-3"), ana));
        QVERIFY(matches(QStringLiteral("R:VOD.L"), vod));
        QVERIFY(matches(QStringLiteral("r:vod.l"), ana));
        QVERIFY(!matches(QStringLiteral("R:VOD.L"), jp));
        QVERIFY(matches(QStringLiteral("N2:COM"), vod));
        QVERIFY(matches(QStringLiteral("N2:COM N2:AUT"), jp)); // any listed code
        QVERIFY(matches(QStringLiteral("kind:news.story"), vod));
        QVERIFY(!matches(QStringLiteral("kind:news.story"), ana));
        QVERIFY(matches(QStringLiteral("kind:news"), ana));
        QVERIFY(!matches(QStringLiteral("kind:new"), ana));
        QVERIFY(matches(QStringLiteral("kind:news.analytics"), ana));
        QVERIFY(matches(QStringLiteral("feed:MRN"), ana));
        QVERIFY(!matches(QStringLiteral("feed:alerts"), ana));
        QVERIFY(matches(QStringLiteral("provider:rtrs"), ana));
        QVERIFY(matches(QStringLiteral("provider:NS:RTRS"), ana));
        QVERIFY(!matches(QStringLiteral("provider:bsw"), ana));
        QVERIFY(matches(QStringLiteral("増益"), jp));
        QVERIFY(matches(QStringLiteral("lang:en R:VOD.L urgency:1 vodafone kind:news.story"), vod));
        QVERIFY(!matches(QStringLiteral("lang:en R:VOD.L urgency:1 vodafone kind:news.analytics"), vod));
        // Negation, wildcards and Unicode folding as the language has them.
        QVERIFY(!matches(QStringLiteral("-R:VOD*"), vod));
        QVERIFY(matches(QStringLiteral("-R:VOD*"), jp));
        QVERIFY(!matches(QStringLiteral("-lang:ja"), jp));
        QVERIFY(!matches(QStringLiteral("vodafone -warning"), vod));
        QVERIFY(!matches(QStringLiteral("-vod.l"), vod)); // a negated bare code excludes its stories
        QVERIFY(!matches(QStringLiteral("\"vod.l\""), vod)); // a quoted phrase is headline only
    }

    void tokenNamingAnUnseenCodeMatchesLaterRows()
    {
        BlotterFilter f = BlotterFilter::parse(QStringLiteral("R:NEW.O lang:de"));
        f.bind(m_ring);
        const quint64 later
            = add(story(QStringLiteral("d"), QStringLiteral("Neu"), {QStringLiteral("R:NEW.O")}, QStringLiteral("de")));
        QVERIFY(f.matches(m_ring.at(later), m_ring));
    }

    void wordsFoldAsTheLanguageDoesWhateverTheHeadline()
    {
        const quint64 de
            = add(story(QStringLiteral("s"), QStringLiteral("Sperrung der STRASSE"), {}, QStringLiteral("de")));
        const quint64 sz
            = add(story(QStringLiteral("z"), QStringLiteral("Die Straße ist frei"), {}, QStringLiteral("de")));
        QVERIFY(matches(QStringLiteral("straße"), de));
        QVERIFY(matches(QStringLiteral("strasse"), sz)); // ASCII word, non-ASCII headline: folded in full
        QVERIFY(matches(QStringLiteral("STRASSE frei"), sz));
        QVERIFY(!matches(QStringLiteral("strasse sperrung"), sz));
    }

    // The ring's matcher answers as Query::matches does on the same events (with the pane's pseudo-tags).
    void agreesWithTheQueryOnEveryEvent()
    {
        const EventBatch events {
            story(QStringLiteral("a"), QStringLiteral("Vodafone issues PROFIT warning"),
                {QStringLiteral("R:VOD.L"), QStringLiteral("N2:COM")}, QStringLiteral("en"), 1),
            story(QStringLiteral("b"), QStringLiteral("Straße gesperrt"), {QStringLiteral("R:7203.T")},
                QStringLiteral("de"), 3),
            story(QStringLiteral("c"), QStringLiteral("Analytics for VOD"), {QStringLiteral("R:VODA.MI")},
                QStringLiteral("en"), -1, QStringLiteral("news.analytics")),
        };
        for (const Event &e : events)
            add(e);
        for (const char *text : {"vod", "R:VOD* -N2:COM", "strasse", "urgency:1-3 -kind:news.analytics", "vod.l",
                 "kind:news R:7203.T", "-\"profit warning\"", "N2:COM R:VODA.MI lang:en", "com"}) {
            const auto q
                = query::Query::parse(QString::fromUtf8(text), nullptr, query::Query::Option::BareWordsMatchTagValues);
            QVERIFY(q);
            for (int i = 0; i < events.size(); ++i) {
                query::QueryInput input;
                input.reset(events.at(i));
                input.addTag(QString(QStringLiteral("lang:") + events.at(i).language));
                input.addTag(QString(QStringLiteral("provider:") + events.at(i).source));
                input.addTag(QStringLiteral("provider:RTRS"));
                const quint64 seq = m_ring.find(events.at(i).key.toUtf8());
                QVERIFY(seq != quint64(-1));
                QVERIFY2(matches(QString::fromUtf8(text), seq) == q->matches(input),
                    qPrintable(QStringLiteral("%1 on %2").arg(QString::fromUtf8(text), events.at(i).key)));
            }
        }
    }

    void bareWordMatchesACodesValueAsHistorySearchDoes()
    {
        const quint64 msft = add(story(QStringLiteral("m"), QStringLiteral("Software maker beats estimates"),
            {QStringLiteral("R:MSFT.O"), QStringLiteral("N2:TEC")}, QStringLiteral("en"), 1));
        const quint64 vod = add(story(QStringLiteral("v"), QStringLiteral("Telecoms group sells towers"),
            {QStringLiteral("R:VOD.L")}, QStringLiteral("en"), 2));
        const quint64 voda = add(story(QStringLiteral("w"), QStringLiteral("Rival names chief"),
            {QStringLiteral("R:VODA.MI")}, QStringLiteral("it"), 2));

        QVERIFY(matches(QStringLiteral("MSFT.O"), msft));
        QVERIFY(matches(QStringLiteral("msft.o"), msft));
        QVERIFY(!matches(QStringLiteral("MSFT.O"), vod));
        QVERIFY(matches(QStringLiteral("msft.o software"), msft)); // one word a code, one in the headline
        QVERIFY(!matches(QStringLiteral("msft.o towers"), msft));
        QVERIFY(!matches(QStringLiteral("MSFT"), msft)); // a value is matched whole
        QVERIFY(!matches(QStringLiteral("N2"), msft)); // and a prefix is not a value
        QVERIFY(matches(QStringLiteral("tec"), msft));
        QVERIFY(matches(QStringLiteral("R:MSFT.O"), msft));
        QVERIFY(!matches(QStringLiteral("N2:MSFT.O"), msft));
        QVERIFY(matches(QStringLiteral("R:VOD*"), vod));
        QVERIFY(matches(QStringLiteral("r:vod*"), voda));
        QVERIFY(!matches(QStringLiteral("R:VOD*"), msft));
        QVERIFY(matches(QStringLiteral("R:VOD* R:MSFT.O"), msft)); // codes are alternatives
        QVERIFY(matches(QStringLiteral("R:VOD* lang:it"), voda));
        QVERIFY(!matches(QStringLiteral("R:VOD* lang:it"), vod));

        // The answers are cached per code; a filter used on many rows keeps them apart.
        BlotterFilter f = BlotterFilter::parse(QStringLiteral("vod.l"));
        f.bind(m_ring);
        QVERIFY(f.matches(m_ring.at(vod), m_ring));
        QVERIFY(!f.matches(m_ring.at(voda), m_ring));
        QVERIFY(!f.matches(m_ring.at(msft), m_ring));
        QVERIFY(f.matches(m_ring.at(vod), m_ring));
    }
};

QTEST_MAIN(TestBlotterFilter)
#include "tst_blotter_filter.moc"
