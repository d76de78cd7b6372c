#include "codec/iso_time.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

class TestIsoTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("ms") << QByteArray("2024-07-02T10:13:37.000Z");
        QTest::newRow("ms nonzero") << QByteArray("2020-09-16T09:23:01.123Z");
        QTest::newRow("no fraction") << QByteArray("1999-12-31T23:59:59Z");
        QTest::newRow("leap day") << QByteArray("2024-02-29T00:00:00.5Z");
        QTest::newRow("offset zero") << QByteArray("2026-11-22T05:00:00.123+00:00");
        QTest::newRow("no zone") << QByteArray("2026-01-01T00:00:00.001");
    }
    void parses()
    {
        QFETCH(QByteArray, text);
        QDateTime expected = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
        expected.setTimeZone(QTimeZone::utc());
        if (!text.endsWith('Z') && !text.contains('+'))
            expected = QDateTime(expected.date(), expected.time(), QTimeZone::utc());
        QCOMPARE(
            sb::parseIsoUtcMs(std::string_view(text.constData(), size_t(text.size()))), expected.toMSecsSinceEpoch());
    }
    void rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("date only") << QByteArray("2024-07-02");
        QTest::newRow("month 13") << QByteArray("2024-13-02T10:13:37Z");
        QTest::newRow("letters") << QByteArray("2024-07-0xT10:13:37Z");
        QTest::newRow("other zone") << QByteArray("2024-07-02T10:13:37+02:00");
        QTest::newRow("empty fraction") << QByteArray("2024-07-02T10:13:37.Z");
    }
    void rejects()
    {
        QFETCH(QByteArray, text);
        QCOMPARE(sb::parseIsoUtcMs(std::string_view(text.constData(), size_t(text.size()))), qint64(-1));
    }
};

QTEST_APPLESS_MAIN(TestIsoTime)
#include "tst_iso_time.moc"
