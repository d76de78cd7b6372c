#include "codec/bounded_inflater.h"

#include <QTest>

#include <zlib.h>

using sb::BoundedInflater;

namespace {

QByteArray deflateWith(const QByteArray &in, int windowBits)
{
    z_stream zs {};
    deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&zs, uLong(in.size()))) + 32, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

QByteArray gzip(const QByteArray &in)
{
    return deflateWith(in, 16 + MAX_WBITS);
}

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
        QCOMPARE(inflater.inflate(gzip(sampleJson()), out), BoundedInflater::Status::Ok);
        QCOMPARE(out, sampleJson());
    }

    void zlibRoundTrip()
    {
        BoundedInflater inflater;
        QByteArray out;
        QCOMPARE(inflater.inflate(deflateWith(sampleJson(), MAX_WBITS), out), BoundedInflater::Status::Ok);
        QCOMPARE(out, sampleJson());
    }

    void multiMemberGzip()
    {
        BoundedInflater inflater;
        QByteArray out;
        QCOMPARE(inflater.inflate(gzip("hello ") + gzip("world"), out), BoundedInflater::Status::Ok);
        QCOMPARE(out, QByteArray("hello world"));
    }

    void truncatedIsReported()
    {
        BoundedInflater inflater;
        QByteArray out("stale");
        const QByteArray full = gzip(sampleJson());
        QCOMPARE(inflater.inflate(full.left(full.size() / 2), out), BoundedInflater::Status::Truncated);
        QVERIFY(out.isEmpty());
        QCOMPARE(inflater.inflate(full.left(12), out), BoundedInflater::Status::Truncated);
    }

    void corruptIsReported()
    {
        BoundedInflater inflater;
        QByteArray data = gzip(sampleJson());
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
        QByteArray data = gzip(sampleJson());
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
        const QByteArray bomb = gzip(QByteArray(2 * 1024 * 1024, '\0'));
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
        QByteArray bomb = gzip(QByteArray(2 * 1024 * 1024, 'x'));
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
