#include "store/fts_query.h"

#include <QTest>

class TestFtsQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quoting_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        // A bare word is also the value of a code; codes are indexed as hex of their upper-case text.
        QTest::newRow("words") << QStringLiteral("oil ab")
                               << QStringLiteral("(\"oil\" OR \"v4f494c\") AND (\"ab\" OR \"v4142\")");
        QTest::newRow("ric") << QStringLiteral("r:a.b") << QStringLiteral("\"t523a412e42\"");
        QTest::newRow("ric prefix") << QStringLiteral("R:A*") << QStringLiteral("\"t523a41\"*");
        QTest::newRow("time is a word") << QStringLiteral("10:30") << QStringLiteral("(\"10:30\" OR \"v31303a3330\")");
        QTest::newRow("quote") << QStringLiteral("\"hi") << QStringLiteral("(\"\"\"hi\" OR \"v224849\")");
        QTest::newRow("prefix") << QStringLiteral("oi*") << QStringLiteral("(\"oi\"* OR \"v4f49\"*)");
        QTest::newRow("or") << QStringLiteral("oil OR ab")
                            << QStringLiteral("(\"oil\" OR \"v4f494c\") OR (\"ab\" OR \"v4142\")");
        QTest::newRow("lonely or") << QStringLiteral("OR") << QString();
        QTest::newRow("stars") << QStringLiteral("* **") << QString();
        QTest::newRow("empty") << QStringLiteral("   ") << QString();
    }
    void quoting()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(sb::toFts5Query(in), out);
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
