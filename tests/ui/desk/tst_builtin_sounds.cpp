#include <QFile>
#include <QTest>
#include <QtEndian>

// The sounds the desk ships in its resources (resources/sounds, scripts/gen-sounds.py): present in the UI library and
// in the one format QSoundEffect plays everywhere, uncompressed PCM WAV.
class TestBuiltinSounds : public QObject
{
    Q_OBJECT

    static quint32 le32(const QByteArray &b, int at) { return qFromLittleEndian<quint32>(b.constData() + at); }
    static quint16 le16(const QByteArray &b, int at) { return qFromLittleEndian<quint16>(b.constData() + at); }

private Q_SLOTS:
    void eachIsAShortPcmWav_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *name : {"chime", "alert", "alarm"})
            QTest::newRow(name) << QStringLiteral(":/sounds/%1.wav").arg(QLatin1String(name));
    }

    void eachIsAShortPcmWav()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray wav = file.readAll();
        QVERIFY(wav.size() > 44);
        QCOMPARE(wav.left(4), QByteArrayLiteral("RIFF"));
        QCOMPARE(wav.mid(8, 8), QByteArrayLiteral("WAVEfmt "));
        QCOMPARE(le16(wav, 20), quint16(1)); // PCM
        QCOMPARE(le16(wav, 22), quint16(1)); // mono
        QCOMPARE(le32(wav, 24), quint32(44100));
        QCOMPARE(le16(wav, 34), quint16(16));
        QCOMPARE(wav.mid(36, 4), QByteArrayLiteral("data"));
        const quint32 bytes = le32(wav, 40);
        QCOMPARE(qsizetype(bytes) + 44, wav.size());
        const double seconds = bytes / 2.0 / 44100.0;
        QVERIFY2(seconds > 0.2 && seconds < 2.0, qPrintable(QString::number(seconds)));
    }
};

QTEST_GUILESS_MAIN(TestBuiltinSounds)
#include "tst_builtin_sounds.moc"
