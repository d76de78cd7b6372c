// Full Unicode case folding: one character may fold to several, and texts that differ only in case fold equal.
#include "query/case_fold.h"

#include <QTest>

using sb::query::foldCase;

class TestCaseFold : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void folds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("ascii") << QStringLiteral("MSFT.O Rate CUT") << QStringLiteral("msft.o rate cut");
        QTest::newRow("sharp s, full") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("capital sharp s") << QStringLiteral("STRAẞE") << QStringLiteral("strasse");
        QTest::newRow("ligature") << QStringLiteral("ﬁnance") << QStringLiteral("finance");
        QTest::newRow("greek final sigma") << QStringLiteral("ΟΔΟΣ") << QStringLiteral("οδοσ");
        QTest::newRow("greek, one to three") << QStringLiteral("ΐ") << QStringLiteral("\u03B9\u0308\u0301");
        QTest::newRow("turkish dotted I") << QStringLiteral("İstanbul") << QStringLiteral("i̇stanbul");
        QTest::newRow("cyrillic") << QStringLiteral("ГАЗПРОМ") << QStringLiteral("газпром");
        QTest::newRow("japanese unchanged") << QStringLiteral("日本銀行") << QStringLiteral("日本銀行");
        QTest::newRow("full-width latin") << QStringLiteral("ＴＯＫＹＯ") << QStringLiteral("ｔｏｋｙｏ");
        QTest::newRow("outside the BMP (Deseret)") << QStringLiteral("\U00010400") << QStringLiteral("\U00010428");
        QTest::newRow("lone surrogate kept") << QString(QChar(0xD800)) << QString(QChar(0xD800));
        QTest::newRow("empty") << QString() << QString();
    }
    void folds()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(foldCase(text), folded);
    }

    void reusesTheBuffer()
    {
        QString out;
        foldCase(QStringLiteral("A LONGER TITLE THAN THE NEXT ONE"), out);
        const qsizetype capacity = out.capacity();
        foldCase(QStringLiteral("SHORT"), out);
        QCOMPARE(out, QStringLiteral("short"));
        QCOMPARE(out.capacity(), capacity);
    }
};

QTEST_GUILESS_MAIN(TestCaseFold)
#include "tst_case_fold.moc"
