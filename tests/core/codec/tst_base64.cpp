#include "codec/base64.h"

#include <QRandomGenerator>
#include <QTest>

using sb::Base64;

class TestBase64 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc4648Vectors_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("decoded");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("f") << QByteArray("Zg==") << QByteArray("f");
        QTest::newRow("fo") << QByteArray("Zm8=") << QByteArray("fo");
        QTest::newRow("foo") << QByteArray("Zm9v") << QByteArray("foo");
        QTest::newRow("foob") << QByteArray("Zm9vYg==") << QByteArray("foob");
        QTest::newRow("fooba") << QByteArray("Zm9vYmE=") << QByteArray("fooba");
        QTest::newRow("foobar") << QByteArray("Zm9vYmFy") << QByteArray("foobar");
        QTest::newRow("unpadded") << QByteArray("Zm9vYg") << QByteArray("foob");
        QTest::newRow("plus-slash") << QByteArray("+/+/") << QByteArray("\xfb\xff\xbf");
    }
    void rfc4648Vectors()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, decoded);
        QByteArray out("junk");
        QCOMPARE(
            Base64::decode(std::string_view(encoded.constData(), size_t(encoded.size())), out), Base64::Status::Ok);
        QCOMPARE(out, decoded);
    }

    void matchesQtOnRandomData()
    {
        QRandomGenerator rng(42);
        for (int n = 0; n < 300; ++n) {
            QByteArray raw(n, Qt::Uninitialized);
            for (auto &c : raw)
                c = char(rng.bounded(256));
            const QByteArray enc = raw.toBase64();
            QByteArray out;
            QCOMPARE(Base64::decode(std::string_view(enc.constData(), size_t(enc.size())), out), Base64::Status::Ok);
            QCOMPARE(out, raw);
        }
    }

    // Every byte value at every position of a string long enough for the vector path and the scalar tail, with Qt's
    // strict decoder as the judge of what is valid.
    void everyByteAtEveryPosition()
    {
        QRandomGenerator rng(7);
        QByteArray raw(100, Qt::Uninitialized);
        for (auto &c : raw)
            c = char(rng.bounded(256));
        const QByteArray enc = raw.toBase64();
        QCOMPARE(enc.size(), 136);
        QByteArray out;
        for (int pos = 0; pos < enc.size(); ++pos) {
            for (int b = 0; b < 256; ++b) {
                QByteArray bad = enc;
                bad[pos] = char(b);
                const auto qt = QByteArray::fromBase64Encoding(bad, QByteArray::AbortOnBase64DecodingErrors);
                const Base64::Status status
                    = Base64::decode(std::string_view(bad.constData(), size_t(bad.size())), out);
                if (qt.decodingStatus == QByteArray::Base64DecodingStatus::Ok) {
                    QCOMPARE(status, Base64::Status::Ok);
                    QCOMPARE(out, qt.decoded);
                } else if (status == Base64::Status::Ok) {
                    QFAIL(qPrintable(QStringLiteral("byte %1 at %2 accepted").arg(b).arg(pos)));
                }
            }
        }
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<int>("status");
        QTest::newRow("bad char") << QByteArray("Zm9v*g==") << int(Base64::Status::InvalidCharacter);
        QTest::newRow("url alphabet") << QByteArray("Zm9v-_==") << int(Base64::Status::InvalidCharacter);
        QTest::newRow("newline") << QByteArray("Zm9v\nYmF") << int(Base64::Status::InvalidCharacter);
        QTest::newRow("one char") << QByteArray("Z") << int(Base64::Status::InvalidLength);
        QTest::newRow("five chars") << QByteArray("Zm9vY") << int(Base64::Status::InvalidLength);
        QTest::newRow("three pad") << QByteArray("Z===") << int(Base64::Status::InvalidCharacter);
        QTest::newRow("pad in middle") << QByteArray("Zg==Zm9v") << int(Base64::Status::InvalidCharacter);
        QTest::newRow("short pad") << QByteArray("Zg=") << int(Base64::Status::InvalidLength);
    }
    void rejectsBadInput()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(int, status);
        QByteArray out;
        QCOMPARE(int(Base64::decode(std::string_view(encoded.constData(), size_t(encoded.size())), out)), status);
    }

    void enforcesTheBound()
    {
        const QByteArray enc = QByteArray(1000, 'a').toBase64();
        QByteArray out;
        QCOMPARE(
            Base64::decode(std::string_view(enc.constData(), size_t(enc.size())), out, 999), Base64::Status::TooLarge);
        QCOMPARE(Base64::decode(std::string_view(enc.constData(), size_t(enc.size())), out, 1000), Base64::Status::Ok);
    }
};

QTEST_APPLESS_MAIN(TestBase64)
#include "tst_base64.moc"
