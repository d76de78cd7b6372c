#include "capture/capture_file.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestCaptureFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.jsonl"));
        CaptureWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        w.write(RawFrame::fromText(QStringLiteral("[{\"Type\":\"Ping\"}]\n日本"), 17));
        w.write(RawFrame::fromBinary(QByteArray("\x00\xff\x10", 3), 18));
        w.write(RawFrame::resetMarker());
        w.close();
        CaptureReader r;
        QVERIFY(r.open(path, &error));
        auto a = r.next();
        QVERIFY(a);
        QCOMPARE(a->kind, RawFrame::Kind::Text);
        QCOMPARE(a->text, QStringLiteral("[{\"Type\":\"Ping\"}]\n日本"));
        QCOMPARE(a->receivedMs, qint64(17));
        auto b = r.next();
        QVERIFY(b);
        QCOMPARE(b->kind, RawFrame::Kind::Binary);
        QCOMPARE(b->binary, QByteArray("\x00\xff\x10", 3));
        QVERIFY(!r.next());
    }
    void plainLinesAreTextFrames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[{\"Type\":\"Ping\"}]\n\n[{\"Type\":\"Pong\"}]\r\n");
        f.close();
        CaptureReader r;
        QString error;
        QVERIFY(r.open(path, &error));
        QCOMPARE(r.next()->text, QStringLiteral("[{\"Type\":\"Ping\"}]"));
        QCOMPARE(r.next()->text, QStringLiteral("[{\"Type\":\"Pong\"}]"));
        QVERIFY(!r.next());
    }
    void missingFile()
    {
        CaptureReader r;
        QString error;
        QVERIFY(!r.open(QStringLiteral("/nonexistent/x"), &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent/x")));
    }
};

QTEST_APPLESS_MAIN(TestCaptureFile)
#include "tst_capture_file.moc"
