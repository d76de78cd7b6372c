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
        QTest::newRow("words") << QStringLiteral("kremlin modi") << QStringLiteral("\"kremlin\" \"modi\"");
        QTest::newRow("ric") << QStringLiteral("R:VOD.L") << QStringLiteral("\"R:VOD.L\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say\" \"\"\"hi\"\"\"");
        QTest::newRow("prefix") << QStringLiteral("krem*") << QStringLiteral("\"krem\"*");
        QTest::newRow("or") << QStringLiteral("oil OR gas") << QStringLiteral("\"oil\" OR \"gas\"");
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
};

QTEST_APPLESS_MAIN(TestFtsQuery)
#include "tst_fts_query.moc"
