#include "codec/bounded_inflater.h"

#include "zlib_bytes.h"

#include <QTest>

#include <zlib.h>

using sb::BoundedInflater;

namespace {

QByteArray sampleJson()
{
    QByteArray s = "{\"headline\":\"Kremlin says visit by India's Modi to Russia is very important\",\"body\":\"";
    for (int i = 0; i < 50; ++i)
        s += "MOSCOW, July 2 (Reuters) - The Kremlin said on Tuesday ";
    s += "\"}";
    return s;
}

} // namespace

class TestBoundedInflater : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gzipRoundTrip()
    {
        BoundedInflater inflater;
        QByteArray out;
        QCOMPARE(inflater.inflate(sb::test::gzipBytes(sampleJson()), out), BoundedInflater::Status::Ok);
        QCOMPARE(out, sampleJson());
    }

    void zlibRoundTrip()
    {
        BoundedInflater inflater;
        QByteArray out;
        QCOMPARE(inflater.inflate(sb::test::deflateBytes(sampleJson(), MAX_WBITS), out), BoundedInflater::Status::Ok);
        QCOMPARE(out, sampleJson());
    }

    void multiMemberGzip()
    {
        BoundedInflater inflater;
        QByteArray out;
        QCOMPARE(inflater.inflate(sb::test::gzipBytes("hello ") + sb::test::gzipBytes("world"), out),
            BoundedInflater::Status::Ok);
        QCOMPARE(out, QByteArray("hello world"));
    }

    void truncatedIsReported()
    {
        BoundedInflater inflater;
        QByteArray out("stale");
        const QByteArray full = sb::test::gzipBytes(sampleJson());
        QCOMPARE(inflater.inflate(full.left(full.size() / 2), out), BoundedInflater::Status::Truncated);
        QVERIFY(out.isEmpty());
        QCOMPARE(inflater.inflate(full.left(12), out), BoundedInflater::Status::Truncated);
    }

    void corruptIsReported()
    {
        BoundedInflater inflater;
        QByteArray data = sb::test::gzipBytes(sampleJson());
        for (int i = 12; i < 40; ++i)
            data[i] = char(data[i] ^ 0x5a);
        QByteArray out;
        const auto status = inflater.inflate(data, out);
        QVERIFY2(status == BoundedInflater::Status::Corrupt || status == BoundedInflater::Status::Truncated,
            qPrintable(BoundedInflater::statusText(status)));
    }

    void crcMismatchIsCorrupt()
    {
        BoundedInflater inflater;
        QByteArray data = sb::test::gzipBytes(sampleJson());
        data[data.size() - 8] = char(data[data.size() - 8] ^ 1); // CRC32 of the trailer
        QByteArray out;
        QCOMPARE(inflater.inflate(data, out), BoundedInflater::Status::Corrupt);
    }

    void notCompressed()
    {
        BoundedInflater inflater;
        QByteArray out;
        QCOMPARE(inflater.inflate(QByteArray("{\"plain\":true}"), out), BoundedInflater::Status::UnknownFormat);
        QCOMPARE(inflater.inflate(QByteArray(), out), BoundedInflater::Status::Truncated);
    }

    void boundHolds()
    {
        const QByteArray bomb = sb::test::gzipBytes(QByteArray(2 * 1024 * 1024, '\0'));
        BoundedInflater small(1024 * 1024);
        QByteArray out;
        QCOMPARE(small.inflate(bomb, out), BoundedInflater::Status::TooLarge);
        QVERIFY(out.isEmpty());
        BoundedInflater large(4 * 1024 * 1024);
        QCOMPARE(large.inflate(bomb, out), BoundedInflater::Status::Ok);
        QCOMPARE(out.size(), 2 * 1024 * 1024);
    }

    void lyingTrailerStillBounded()
    {
        // ISIZE says 10 bytes; the stream inflates to 2 MiB. The bound, not the trailer, decides.
        QByteArray bomb = sb::test::gzipBytes(QByteArray(2 * 1024 * 1024, 'x'));
        const int n = int(bomb.size());
        bomb[n - 4] = 10;
        bomb[n - 3] = bomb[n - 2] = bomb[n - 1] = 0;
        BoundedInflater small(1024 * 1024);
        QByteArray out;
        QCOMPARE(small.inflate(bomb, out), BoundedInflater::Status::TooLarge);
    }
};

QTEST_APPLESS_MAIN(TestBoundedInflater)
#include "tst_bounded_inflater.moc"
