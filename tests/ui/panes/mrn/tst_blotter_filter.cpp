#include "../../support/ui_test_events.h"
#include "panes/mrn/blotter_filter.h"
#include "panes/mrn/event_ring.h"

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
    void parsesTokens()
    {
        const BlotterFilter f = BlotterFilter::parse(
            QStringLiteral("lang:EN urgency:1 r:vod.l N2:COM type:story provider:RTRS \"profit warning\" 10:30 bank"));
        QCOMPARE(f.languages(), QStringList {QStringLiteral("en")});
        QCOMPARE(f.urgencies().size(), 1);
        QCOMPARE(f.urgencies().first(), qMakePair(1, 1));
        QCOMPARE(f.tags(), (QStringList {QStringLiteral("R:VOD.L"), QStringLiteral("N2:COM")}));
        QCOMPARE(f.kinds(), QStringList {QStringLiteral("story")});
        QCOMPARE(f.sources(), QStringList {QStringLiteral("rtrs")});
        QCOMPARE(f.words(),
            (QStringList {QStringLiteral("profit warning"), QStringLiteral("10:30"), QStringLiteral("bank")}));
        QVERIFY(f.problems().isEmpty());
        QVERIFY(BlotterFilter::parse(QStringLiteral("   ")).isEmpty());
        QCOMPARE(BlotterFilter::parse(QStringLiteral("urgency:x")).problems().size(), 1);
        QCOMPARE(BlotterFilter::parse(QStringLiteral("urgency:3-1")).urgencies().first(), qMakePair(1, 3));
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
        QVERIFY(matches(QStringLiteral("type:story"), vod));
        QVERIFY(!matches(QStringLiteral("type:story"), ana));
        QVERIFY(matches(QStringLiteral("type:analytics"), ana));
        QVERIFY(matches(QStringLiteral("type:news.analytics"), ana));
        QVERIFY(matches(QStringLiteral("provider:rtrs"), ana));
        QVERIFY(!matches(QStringLiteral("provider:bsw"), ana));
        QVERIFY(matches(QStringLiteral("増益"), jp));
        QVERIFY(matches(QStringLiteral("lang:en R:VOD.L urgency:1 vodafone type:story"), vod));
        QVERIFY(!matches(QStringLiteral("lang:en R:VOD.L urgency:1 vodafone type:analytics"), vod));
    }

    void tokenNamingAnUnseenCodeMatchesLaterRows()
    {
        BlotterFilter f = BlotterFilter::parse(QStringLiteral("R:NEW.O lang:de"));
        f.bind(m_ring);
        const quint64 later
            = add(story(QStringLiteral("d"), QStringLiteral("Neu"), {QStringLiteral("R:NEW.O")}, QStringLiteral("de")));
        QVERIFY(f.matches(m_ring.at(later), m_ring));
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
