// A query as SQLite narrows it for history search: FTS5 for words and codes, SQL for feed, kind and urgency, and
// nothing that could lose a match (Query::matches decides afterwards).
#include "query/query.h"
#include "store/fts_query.h"

#include <QTest>

using sb::query::Query;

class TestFtsQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void prefilter_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("match");
        QTest::addColumn<QString>("condition");
        // A bare word is a whole word of the title or the story, or a code's value; codes are indexed as hex of their
        // upper-case text.
        QTest::newRow("words")
            << QStringLiteral("oil ab")
            << QStringLiteral("({title body} : \"oil\" OR \"v4f494c\") AND ({title body} : \"ab\" OR \"v4142\")")
            << QString();
        QTest::newRow("phrase is not a code")
            << QStringLiteral("\"rate cut\"") << QStringLiteral("{title body} : \"rate cut\"") << QString();
        QTest::newRow("code") << QStringLiteral("r:a.b") << QStringLiteral("\"t523a412e42\"") << QString();
        QTest::newRow("code prefix") << QStringLiteral("R:A*") << QStringLiteral("\"t523a41\"*") << QString();
        QTest::newRow("one group: either")
            << QStringLiteral("R:A.B N2:X R:C") << QStringLiteral("(\"t523a412e42\" OR \"t523a43\") AND \"t4e323a58\"")
            << QString();
        QTest::newRow("quote in a word") << QStringLiteral("a\"\"b")
                                         << QStringLiteral("({title body} : \"ab\" OR \"v4142\")") << QString();
        QTest::newRow("feed kind urgency")
            << QStringLiteral("feed:MRN kind:news urgency:1-2 urgency:4") << QString()
            << QStringLiteral("(e.feed LIKE 'mrn' ESCAPE '\\') AND (e.kind LIKE 'news' ESCAPE '\\' OR e.kind LIKE "
                              "'news.%' ESCAPE '\\') AND (e.urgency BETWEEN 1 AND 2 OR e.urgency BETWEEN 4 AND 4)");
        QTest::newRow("quotes and wildcards in SQL")
            << QStringLiteral("feed:o'k_%") << QString() << QStringLiteral("(e.feed LIKE 'o''k\\_\\%' ESCAPE '\\')");
        QTest::newRow("negations are left to matches") << QStringLiteral("-oil -R:A -feed:x") << QString() << QString();
        QTest::newRow("column tags are left to matches")
            << QStringLiteral("lang:en provider:RTRS R:A") << QStringLiteral("\"t523a41\"") << QString();
        QTest::newRow("a word without letters") << QStringLiteral("- --") << QString() << QString();
        QTest::newRow("time is a word") << QStringLiteral("10:30") << QStringLiteral("\"t31303a3330\"")
                                        << QString(); // a tag of prefix 10
        QTest::newRow("empty") << QStringLiteral("   ") << QString() << QString();
    }
    void prefilter()
    {
        QFETCH(QString, in);
        QFETCH(QString, match);
        QFETCH(QString, condition);
        const auto q = Query::parse(in, nullptr, Query::Option::BareWordsMatchTagValues);
        QVERIFY(q);
        const sb::FtsPrefilter p = sb::ftsPrefilter(*q);
        QCOMPARE(p.match, match);
        QCOMPARE(QString::fromUtf8(p.condition), condition);
    }

    void strictWordsAreNoCodes()
    {
        const sb::FtsPrefilter p = sb::ftsPrefilter(*Query::parse(QStringLiteral("oil")));
        QCOMPARE(p.match, QStringLiteral("{title body} : \"oil\""));
    }

    void codeTerms()
    {
        QCOMPARE(sb::codeSearchTerms({QStringLiteral("R:a.b"), QStringLiteral("N2")}),
            QStringLiteral("t523a412e42 v412e42 t4e32"));
        QCOMPARE(sb::codeSearchTerms({}), QString());
    }
};

QTEST_APPLESS_MAIN(TestFtsQuery)
#include "tst_fts_query.moc"
