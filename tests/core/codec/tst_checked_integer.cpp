#include "codec/checked_integer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using sb::checkedInteger;
using sb::Fraction;

namespace {

double jsonNumber(const char *literal)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("{\"n\":") + literal + '}');
    return doc.object().value(QStringLiteral("n")).toDouble();
}

} // namespace

class TestCheckedInteger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusesWhatHasNoInt64Value_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("+Inf") << std::numeric_limits<double>::infinity();
        QTest::newRow("-Inf") << -std::numeric_limits<double>::infinity();
        QTest::newRow("1e300") << 1e300;
        QTest::newRow("-1e300") << -1e300;
        QTest::newRow("9.3e18") << 9.3e18;
        QTest::newRow("-9.3e18") << -9.3e18;
        QTest::newRow("2^63") << 9223372036854775808.0;
        QTest::newRow("max double") << std::numeric_limits<double>::max();
    }
    void refusesWhatHasNoInt64Value()
    {
        QFETCH(double, value);
        QVERIFY(!checkedInteger<qint64>(value));
        QVERIFY(!checkedInteger<qint64>(value, Fraction::Reject));
        QVERIFY(!checkedInteger<int>(value));
    }

    void keepsEveryRepresentableValue()
    {
        QCOMPARE(checkedInteger<qint64>(0.0), qint64(0));
        QCOMPARE(checkedInteger<qint64>(-0.0), qint64(0));
        QCOMPARE(checkedInteger<qint64>(1718000000123.0), qint64(1718000000123));
        // The extremes: -2^63 is a double; the largest double below 2^63 is 2^63 - 1024.
        QCOMPARE(checkedInteger<qint64>(-9223372036854775808.0), std::numeric_limits<qint64>::min());
        QCOMPARE(
            checkedInteger<qint64>(std::nextafter(9223372036854775808.0, 0.0)), qint64(9223372036854775807LL - 1023));
        QCOMPARE(checkedInteger<int>(2147483647.0), 2147483647);
        QCOMPARE(checkedInteger<int>(-2147483648.0), std::numeric_limits<int>::min());
        QVERIFY(!checkedInteger<int>(2147483648.0));
        QVERIFY(!checkedInteger<int>(-2147483649.0));
        QCOMPARE(checkedInteger<int>(2147483647.9), 2147483647); // truncated into range
    }

    void fractionIsTruncatedTowardZeroOrRefused()
    {
        QCOMPARE(checkedInteger<qint64>(1.5), qint64(1));
        QCOMPARE(checkedInteger<qint64>(-1.5), qint64(-1));
        QCOMPARE(checkedInteger<qint64>(0.999), qint64(0));
        QVERIFY(!checkedInteger<qint64>(1.5, Fraction::Reject));
        QCOMPARE(checkedInteger<qint64>(2.0, Fraction::Reject), qint64(2));
    }

    // JSON cannot spell NaN or Inf; what reaches toDouble() from Qt's parser for the hostile literals a peer can send.
    void hostileJsonLiterals()
    {
        QCOMPARE(jsonNumber("1e300"), 1e300);
        QCOMPARE(jsonNumber("-1e300"), -1e300);
        QCOMPARE(jsonNumber("9.3e18"), 9.3e18);
        QCOMPARE(jsonNumber("1.5"), 1.5);
        QVERIFY(!checkedInteger<qint64>(jsonNumber("1e300")));
        QVERIFY(!checkedInteger<qint64>(jsonNumber("-1e300")));
        QVERIFY(!checkedInteger<qint64>(jsonNumber("9.3e18")));
        QCOMPARE(checkedInteger<qint64>(jsonNumber("1.5")), qint64(1));
        // Past the double range the literal overflows to infinity (or the document is refused): either way no
        // integer comes out.
        const double huge = jsonNumber("1e400");
        QVERIFY(std::isinf(huge) || huge == 0);
        QVERIFY(!checkedInteger<qint64>(huge) || *checkedInteger<qint64>(huge) == 0);
        // An integer literal beyond qint64 becomes a double, not a wrapped integer.
        QCOMPARE(jsonNumber("92233720368547758080"), 9.2233720368547758080e19);
        QVERIFY(!checkedInteger<qint64>(jsonNumber("92233720368547758080")));
        // QJsonValue::toInteger() range-checks by itself (Qt 6), so the sites that use it need no change.
        QCOMPARE(QJsonValue(1e300).toInteger(-7), qint64(-7));
        QCOMPARE(QJsonValue(-1e300).toInteger(-7), qint64(-7));
        QCOMPARE(QJsonValue(9.3e18).toInteger(-7), qint64(-7));
        QCOMPARE(QJsonValue(1.5).toInteger(-7), qint64(-7));
    }
};

QTEST_APPLESS_MAIN(TestCheckedInteger)
#include "tst_checked_integer.moc"
