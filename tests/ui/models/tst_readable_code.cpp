// Codes as people read them: Salto's snake_case, OPERA's upper-case event names and CamelCase element names.
#include "models/readable_code.h"

#include <QTest>

using namespace sb::ui;

class TestReadableCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("snake") << QStringLiteral("door_left_open") << QStringLiteral("Door left open");
        QTest::newRow("upper snake") << QStringLiteral("UPDATE_RESERVATION") << QStringLiteral("Update reservation");
        QTest::newRow("upper words") << QStringLiteral("CHECK IN") << QStringLiteral("Check in");
        QTest::newRow("one word") << QStringLiteral("tamper") << QStringLiteral("Tamper");
        QTest::newRow("empty") << QString() << QString();
    }
    void codes()
    {
        QFETCH(QString, code);
        QFETCH(QString, words);
        QCOMPARE(readableCode(code), words);
    }

    void fieldNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("words");
        QTest::newRow("camel") << QStringLiteral("RoomType") << QStringLiteral("Room type");
        QTest::newRow("three") << QStringLiteral("FrontOfficeStatus") << QStringLiteral("Front office status");
        QTest::newRow("acronym first") << QStringLiteral("VIPStatus") << QStringLiteral("VIP status");
        QTest::newRow("one word") << QStringLiteral("Balance") << QStringLiteral("Balance");
        QTest::newRow("module") << QStringLiteral("FrontDesk") << QStringLiteral("Front desk");
    }
    void fieldNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, words);
        QCOMPARE(readableFieldName(name), words);
    }
};

QTEST_GUILESS_MAIN(TestReadableCode)
#include "tst_readable_code.moc"
