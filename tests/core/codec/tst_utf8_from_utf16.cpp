#include "codec/utf8_from_utf16.h"

#include <QStringEncoder>
#include <QTest>

using namespace sb;

namespace {

QByteArray viaQt(QStringView text)
{
    QStringEncoder encoder(QStringEncoder::Utf8);
    QByteArray out(text.size() * 3, Qt::Uninitialized);
    out.truncate(encoder.appendToBuffer(out.data(), text) - out.data());
    return out;
}

QByteArray viaUs(QStringView text)
{
    QByteArray out(Utf8FromUtf16::maxBytes(text) + 1, '#');
    char *end = Utf8FromUtf16::write(out.data(), text);
    if (end > out.data() + Utf8FromUtf16::maxBytes(text))
        qFatal("wrote past maxBytes");
    out.truncate(end - out.data());
    return out;
}

} // namespace

class TestUtf8FromUtf16 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void asciiOfEveryLength()
    {
        QString text;
        for (int n = 0; n < 80; ++n) {
            QCOMPARE(viaUs(text), text.toLatin1());
            text += QChar(u'!' + n % 90);
        }
        QCOMPARE(viaUs(QStringLiteral("\x7f\x01")), QByteArray("\x7f\x01"));
    }

    // A character that needs more than one byte at every position of a text long enough for the vector steps, each
    // checked against QStringEncoder, which the frame parser used for the whole frame before.
    void nonAsciiAtEveryPosition_data()
    {
        QTest::addColumn<QString>("odd");
        QTest::newRow("U+0080") << QString(QChar(0x80));
        QTest::newRow("e acute") << QStringLiteral("é");
        QTest::newRow("U+00FF") << QString(QChar(0xff));
        QTest::newRow("U+0100") << QString(QChar(0x100));
        QTest::newRow("CJK") << QStringLiteral("新闻");
        QTest::newRow("surrogate pair") << QStringLiteral("😀");
        QTest::newRow("lone high surrogate") << QString(QChar(0xd83d));
        QTest::newRow("lone low surrogate") << QString(QChar(0xde00));
        QTest::newRow("U+FFFF") << QString(QChar(0xffff));
    }
    void nonAsciiAtEveryPosition()
    {
        QFETCH(QString, odd);
        const QString base = QStringLiteral("{\"FRAGMENT\":\"H4sIAAAAAAAAA+1Y23LbNhb9FYzfdicSSOpu+yU0xTTacRSXDNs+");
        for (int at = 0; at <= base.size(); ++at) {
            const QString text = base.left(at) + odd + base.mid(at);
            QCOMPARE(viaUs(text), viaQt(text));
        }
    }
};

QTEST_APPLESS_MAIN(TestUtf8FromUtf16)
#include "tst_utf8_from_utf16.moc"
