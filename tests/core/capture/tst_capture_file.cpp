#include "capture/capture_file.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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
    void binaryFramesKeepTheirTag()
    {
        // The alerts and OPERA feeds say what a binary frame is in its text; a replay needs it back.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tagged.jsonl"));
        CaptureWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        RawFrame sealed = RawFrame::fromBinary(QByteArray("\x01\x02sealed", 8), 21);
        sealed.text = QStringLiteral("sealed:m-1");
        w.write(sealed);
        w.write(RawFrame::fromBinary(QByteArray("untagged"), 22));
        w.close();
        CaptureReader r;
        QVERIFY(r.open(path, &error));
        auto a = r.next();
        QVERIFY(a);
        QCOMPARE(a->kind, RawFrame::Kind::Binary);
        QCOMPARE(a->text, QStringLiteral("sealed:m-1"));
        QCOMPARE(a->binary, QByteArray("\x01\x02sealed", 8));
        QCOMPARE(a->receivedMs, qint64(21));
        QVERIFY(!a->keyMaterial);
        auto b = r.next();
        QVERIFY(b);
        QVERIFY(b->text.isEmpty());
        QCOMPARE(b->binary, QByteArray("untagged"));
    }

    void keyMaterialIsWithheld()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("key.jsonl"));
        const QByteArray secret = "c2VjcmV0LWtleS1tYXRlcmlhbC0zMi1ieXRlcyEhISE=";
        CaptureWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        RawFrame key = RawFrame::fromBinary(secret, 30);
        key.text = QStringLiteral("key");
        key.keyMaterial = true;
        w.write(key);
        w.close();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        QVERIFY2(!written.contains(secret), written.constData());
        QVERIFY2(!written.contains(secret.toBase64()), written.constData());
        QVERIFY2(!written.contains(QByteArray::fromBase64(secret)), written.constData());
        // Where the key was is still there, so a replay can say why sealed messages do not open.
        CaptureReader r;
        QVERIFY(r.open(path, &error));
        auto k = r.next();
        QVERIFY(k);
        QCOMPARE(k->kind, RawFrame::Kind::Binary);
        QCOMPARE(k->text, QStringLiteral("key"));
        QVERIFY(k->keyMaterial);
        QVERIFY(k->binary.isEmpty());
    }

    void capturesAreTheOwnersAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.jsonl"));
        CaptureWriter w;
        QString error;
        QVERIFY2(w.open(path, &error), qPrintable(error));
        w.write(RawFrame::fromText(QStringLiteral("x"), 1));
        w.close();
        struct stat st
        { };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));

        // A capture written over an older, readable file is tightened too.
        const QString old = dir.filePath(QStringLiteral("old.jsonl"));
        QFile f(old);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::ReadGroup));
        CaptureWriter again;
        QVERIFY(again.open(old, &error));
        again.close();
        QCOMPARE(::stat(QFile::encodeName(old).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
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
