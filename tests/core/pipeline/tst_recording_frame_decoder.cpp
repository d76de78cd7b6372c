// What --record writes: every frame the decoder sees, except key material.
#include "pipeline/recording_frame_decoder.h"

#include "alert_samples.h"
#include "capture/capture_file.h"
#include "codec/aes_gcm_encryptor.h"
#include "collecting_output.h"
#include "feeds/alerts/alert_decoder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

const QByteArray kKey = QByteArray::fromHex("5a1c9e0b7d3f2a4e6c8b0d1f3e5a7c9b2d4f6e8a0c1b3d5f7e9a2c4b6d8f0e1a");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRecordingFrameDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsWhatItDecodesThenDecodesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rec.jsonl"));
        QString error;
        {
            auto writer = std::make_unique<CaptureWriter>();
            QVERIFY(writer->open(path, &error));
            RecordingFrameDecoder decoder(std::make_unique<AlertDecoder>(QStringLiteral("alerts")), std::move(writer));
            test::CollectingOutput out;
            decoder.decode(AlertFrame::plain(QStringLiteral("m-1"),
                               test::alertJson(QStringLiteral("ecp-1"), QStringLiteral("Plain")), 5),
                out);
            QCOMPARE(out.events.size(), 1);
        }
        CaptureReader reader;
        QVERIFY(reader.open(path, &error));
        auto frame = reader.next();
        QVERIFY(frame);
        QCOMPARE(AlertFrame::read(*frame).kind, AlertFrame::Kind::Plain);
        QCOMPARE(AlertFrame::read(*frame).messageId, QStringLiteral("m-1"));
    }

    void anAlertsRecordingHoldsNoKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alerts.jsonl"));
        const QString keyBase64 = QString::fromLatin1(kKey.toBase64());
        {
            auto writer = std::make_unique<CaptureWriter>();
            QString error;
            QVERIFY(writer->open(path, &error));
            RecordingFrameDecoder decoder(std::make_unique<AlertDecoder>(QStringLiteral("alerts")), std::move(writer));
            test::CollectingOutput out;
            decoder.decode(AlertFrame::key(keyBase64, 1), out);
            decoder.decode(AlertFrame::sealed(QStringLiteral("m-1"),
                               AesGcmEncryptor::sealToBody(
                                   kKey, test::alertJson(QStringLiteral("ecp-1"), QStringLiteral("Sealed"))),
                               2),
                out);
            // The live decoder had the key: the sealed alert opened.
            QCOMPARE(out.events.size(), 1);
            QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.value(0).message));
        }
        const QByteArray written = readAll(path);
        QVERIFY(written.contains("sealed:m-1"));
        for (const QByteArray &form : {kKey, kKey.toBase64(), kKey.toHex(), kKey.toBase64().toBase64()})
            QVERIFY2(!written.contains(form), written.constData());
    }
};

QTEST_APPLESS_MAIN(TestRecordingFrameDecoder)
#include "tst_recording_frame_decoder.moc"
