#include "collecting_output.h"
#include "feeds/mrn/mrn_frame_decoder.h"
#include "feeds/mrn/omm_control.h"
#include "mrn_vectors.h"

#include <QTest>

using namespace sb;
using test::frame;
using test::mrnUpdate;

namespace {

RawFrame text(const QString &s, qint64 at = 1000)
{
    return RawFrame::fromText(s, at);
}

QString goodStoryFrame(const QString &guid, const QString &headline)
{
    const QByteArray gz
        = test::gzipBytes(QStringLiteral("{\"id\":\"%1\",\"headline\":\"%2\",\"language\":\"en\",\"urgency\":3}")
                              .arg(guid, headline)
                              .toUtf8());
    return frame({mrnUpdate(guid, QString::fromLatin1(gz.toBase64()), 1, gz.size())});
}

} // namespace

class TestMrnFrameDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realVectorsThroughFrames()
    {
        MrnFrameDecoder d(QStringLiteral("mrn"));
        test::CollectingOutput out;
        for (const test::MrnVector &v : test::realMrnVectors()) {
            // The V2 vector's two fragments arrive in one frame, as the real feed sometimes does.
            QList<QByteArray> messages;
            for (int i = 0; i < v.fragments.size(); ++i)
                messages << mrnUpdate(v.guid, v.fragments[i], i + 1, v.totSize, v.mrnSrc);
            d.decode(text(frame(messages)), out);
        }
        QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.value(0).message));
        QCOMPARE(out.events.size(), 3);
        QCOMPARE(out.events[2].titleText(),
            QStringLiteral("Kremlin says visit by India's Modi to Russia is very important"));
        QCOMPARE(out.events[1].key, QStringLiteral("RSP0923Za_2009162pukycpbewb7D2PMfZc13Vvp/1Wt1V3Ud2h3M9"));
        QCOMPARE(out.events[0].language, QStringLiteral("id"));
    }

    void fragmentsAcrossFrames()
    {
        MrnFrameDecoder d(QStringLiteral("mrn"));
        test::CollectingOutput out;
        const test::MrnVector v = test::realMrnVectors().at(1);
        QCOMPARE(v.fragments.size(), 2);
        d.decode(text(frame({mrnUpdate(v.guid, v.fragments[0], 1, v.totSize)})), out);
        QCOMPARE(out.events.size(), 0);
        d.decode(text(frame({mrnUpdate(v.guid, v.fragments[1], 2, v.totSize)})), out);
        QCOMPARE(out.events.size(), 1);
    }

    void identicalRedeliveryOnce()
    {
        MrnFrameDecoder d(QStringLiteral("mrn"));
        test::CollectingOutput out;
        const QString f = goodStoryFrame(QStringLiteral("G1"), QStringLiteral("Hello"));
        for (int i = 0; i < 6; ++i)
            d.decode(text(f), out);
        QCOMPARE(out.events.size(), 1);
        QCOMPARE(out.duplicates, 5);
    }

    void controlMessagesGoToTheSession()
    {
        MrnFrameDecoder d(QStringLiteral("mrn"));
        test::CollectingOutput out;
        d.decode(
            text(QStringLiteral(
                "[{\"Type\":\"Ping\"},{\"ID\":1,\"Domain\":\"Login\",\"Type\":\"Status\",\"State\":{\"Stream\":"
                "\"Closed\",\"Data\":\"Suspect\",\"Code\":\"UserUnknownToPermSys\",\"Text\":\"Login Rejected.\"}}]")),
            out);
        QCOMPARE(out.controls.size(), 2);
        QCOMPARE(out.controls[0].value<OmmControl>().type, QStringLiteral("Ping"));
        const OmmControl login = out.controls[1].value<OmmControl>();
        QVERIFY(login.isLogin());
        QCOMPARE(login.stream, QStringLiteral("Closed"));
        QCOMPARE(login.code, QStringLiteral("UserUnknownToPermSys"));
        QVERIFY(!login.streamOpenDataOk());
    }

    void badInputIsReportedAndDecodingGoesOn()
    {
        MrnFrameDecoder d(QStringLiteral("mrn"));
        test::CollectingOutput out;
        const QByteArray gz = test::gzipBytes("{\"id\":\"B\",");
        d.decode(text(QStringLiteral("[{\"Type\":")), out); // malformed frame
        d.decode(text(frame({mrnUpdate(QStringLiteral("O"), QStringLiteral("AAAA"), 2, -1)})), out); // orphan
        d.decode(text(frame({mrnUpdate(QStringLiteral("X"), QStringLiteral("@@@@"), 1, 3)})), out); // bad base64
        d.decode(text(frame({mrnUpdate(QStringLiteral("B"), QString::fromLatin1(gz.toBase64()), 1, gz.size())})), out);
        d.decode(RawFrame::fromBinary(QByteArray("\x00\x01\x02", 3), 0), out); // binary junk
        d.decode(text(goodStoryFrame(QStringLiteral("G2"), QStringLiteral("still alive"))), out);
        QCOMPARE(out.errorCodes(),
            (QStringList {QStringLiteral("omm_json"), QStringLiteral("mrn_orphan_fragment"),
                QStringLiteral("mrn_bad_base64"), QStringLiteral("mrn_story_json"), QStringLiteral("omm_json")}));
        for (const FeedError &e : out.errors) {
            QCOMPARE(e.stage, FeedError::Stage::Decode);
            QCOMPARE(e.feed, QStringLiteral("mrn"));
        }
        QCOMPARE(out.events.size(), 1);
        QCOMPARE(out.events[0].titleText(), QStringLiteral("still alive"));
    }

    void expiryAndReset()
    {
        MrnFrameDecoder::Options options;
        options.assembler.expiryMs = 60000;
        MrnFrameDecoder d(QStringLiteral("mrn"), options);
        test::CollectingOutput out;
        d.decode(
            text(frame({mrnUpdate(QStringLiteral("P"), QString::fromLatin1(QByteArray(10, 'a').toBase64()), 1, 20)}),
                1000),
            out);
        d.tick(30000, out);
        QVERIFY(out.errors.isEmpty());
        d.tick(61000, out);
        QCOMPARE(out.errorCodes(), QStringList {QStringLiteral("mrn_incomplete")});

        // After a reconnect the old connection's partial item can never complete: reset forgets it silently.
        d.decode(
            text(frame({mrnUpdate(QStringLiteral("Q"), QString::fromLatin1(QByteArray(10, 'a').toBase64()), 1, 20)}),
                70000),
            out);
        d.reset();
        d.decode(
            text(frame({mrnUpdate(QStringLiteral("Q"), QString::fromLatin1(QByteArray(10, 'b').toBase64()), 2, -1)}),
                70001),
            out);
        QCOMPARE(out.errorCodes().last(), QStringLiteral("mrn_orphan_fragment"));
        QCOMPARE(out.events.size(), 0);
    }
};

QTEST_APPLESS_MAIN(TestMrnFrameDecoder)
#include "tst_mrn_frame_decoder.moc"
