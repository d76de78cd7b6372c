#include "codec/base64.h"
#include "event/source_json.h"
#include "feeds/mrn/mrn_story_decoder.h"
#include "mrn_vectors.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>

using namespace sb;

namespace {

MrnCompressedItem itemFor(const test::MrnVector &v)
{
    MrnCompressedItem item;
    item.ric = QStringLiteral("MRN_STORY");
    item.mrnSrc = v.mrnSrc;
    item.guid = v.guid;
    item.mrnType = QStringLiteral("STORY");
    for (const QString &f : v.fragments)
        item.compressed += QByteArray::fromBase64(f.toLatin1());
    return item;
}

MrnCompressedItem itemOf(const QByteArray &compressed, const QString &guid = QStringLiteral("G1"),
    const QString &type = QStringLiteral("STORY"))
{
    MrnCompressedItem item;
    item.ric = QStringLiteral("MRN_STORY");
    item.mrnSrc = QStringLiteral("SRC");
    item.guid = guid;
    item.mrnType = type;
    item.compressed = compressed;
    return item;
}

QByteArray storyPart(const QByteArray &attrs)
{
    const qsizetype at = attrs.indexOf("\"story\":");
    return attrs.mid(at + 8, attrs.size() - at - 9);
}

} // namespace

class TestMrnStoryDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realVectors()
    {
        for (const test::MrnVector &v : test::realMrnVectors()) {
            MrnStoryDecoder d(QStringLiteral("mrn"));
            Event e;
            QString code, message;
            QCOMPARE(d.decode(itemFor(v), 42, e, code, message), MrnStoryDecoder::Result::Event);
            QCOMPARE(e.feed, QStringLiteral("mrn"));
            QCOMPARE(e.kind, QStringLiteral("news.story"));
            QCOMPARE(e.key, v.expect.value(QStringLiteral("id")).toString());
            QCOMPARE(e.titleText(), v.expect.value(QStringLiteral("headline")).toString());
            QCOMPARE(e.language, v.expect.value(QStringLiteral("language")).toString());
            QCOMPARE(e.receivedMs, qint64(42));
            QVERIFY(e.timeMs > 1500000000000LL);
            QVERIFY(!e.tags.isEmpty());
            // The vector inflates to the published JSON; attrs carries it untouched but for the trailing newline and
            // the body text, which is the Event's body and goes back in place byte for byte.
            const QByteArray json = test::gunzipBytes(itemFor(v).compressed);
            QCOMPARE(json.size(), v.expect.value(QStringLiteral("json_bytes")).toInt());
            QCOMPARE(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex(),
                v.expect.value(QStringLiteral("sha256")).toString().toLatin1());
            QByteArray trimmed = json;
            while (trimmed.endsWith('\n'))
                trimmed.chop(1);
            QCOMPARE(storyPart(SourceJson::restoredAttrs(e)), trimmed);
            QVERIFY(!e.body.isEmpty());
            QVERIFY(!e.attrs.contains(e.body));
            QVERIFY(QJsonDocument::fromJson(e.attrs).isObject());
            QVERIFY(QJsonDocument::fromJson(e.toJsonLine()).isObject());
        }
    }

    void seedStoryFields()
    {
        const auto vectors = test::realMrnVectors();
        const test::MrnVector &seed = vectors.last();
        MrnStoryDecoder d(QStringLiteral("mrn"));
        Event e;
        QString code, message;
        QCOMPARE(d.decode(itemFor(seed), 0, e, code, message), MrnStoryDecoder::Result::Event);
        QCOMPARE(e.urgency, 3);
        QCOMPARE(e.source, QStringLiteral("NS:RTRS"));
        QCOMPARE(Event::formatTime(e.timeMs), QStringLiteral("2024-07-02T10:13:37.000Z"));
        QVERIFY(e.tags.contains(QStringLiteral("N2:COM")));
        QVERIFY(e.body.startsWith("       MOSCOW, July 2 (Reuters)"));
    }

    void duplicatesReportedOnceChangedVersionReplaces()
    {
        MrnStoryDecoder d(QStringLiteral("mrn"));
        Event e;
        QString code, message;
        const QByteArray v1
            = test::gzipBytes("{\"id\":\"G1\",\"headline\":\"first\",\"versionCreated\":\"2024-07-02T10:13:37.000Z\"}");
        const QByteArray v2 = test::gzipBytes(
            "{\"id\":\"G1\",\"headline\":\"second\",\"versionCreated\":\"2024-07-02T10:13:37.060Z\"}");
        QCOMPARE(d.decode(itemOf(v1), 0, e, code, message), MrnStoryDecoder::Result::Event);
        QCOMPARE(d.decode(itemOf(v1), 0, e, code, message), MrnStoryDecoder::Result::Duplicate);
        QCOMPARE(d.decode(itemOf(v2), 0, e, code, message), MrnStoryDecoder::Result::Event);
        QCOMPARE(e.titleText(), QStringLiteral("second"));
        QCOMPARE(e.key, QStringLiteral("G1"));
        QCOMPARE(d.decode(itemOf(v2), 0, e, code, message), MrnStoryDecoder::Result::Duplicate);
    }

    void corruptGzipThenGoodCopy()
    {
        MrnStoryDecoder d(QStringLiteral("mrn"));
        Event e;
        QString code, message;
        QByteArray good = test::gzipBytes("{\"id\":\"G1\",\"headline\":\"ok\"}");
        QByteArray bad = good;
        bad[bad.size() - 6] = char(bad[bad.size() - 6] ^ 0xff);
        QCOMPARE(d.decode(itemOf(bad), 0, e, code, message), MrnStoryDecoder::Result::Error);
        QCOMPARE(code, QStringLiteral("mrn_gzip"));
        QVERIFY(message.contains(QLatin1String("G1")));
        QCOMPARE(d.decode(itemOf(good), 0, e, code, message), MrnStoryDecoder::Result::Event);
    }

    void truncatedGzip()
    {
        MrnStoryDecoder d(QStringLiteral("mrn"));
        Event e;
        QString code, message;
        const QByteArray good
            = test::gzipBytes(QByteArray("{\"id\":\"G1\",\"body\":\"") + QByteArray(5000, 'x') + "\"}");
        QCOMPARE(d.decode(itemOf(good.left(good.size() - 20)), 0, e, code, message), MrnStoryDecoder::Result::Error);
        QCOMPARE(code, QStringLiteral("mrn_gzip"));
        QVERIFY(message.contains(QLatin1String("truncated")));
    }

    void oversizedInflate()
    {
        MrnStoryDecoder::Limits limits;
        limits.maxInflatedBytes = 64 * 1024;
        MrnStoryDecoder d(QStringLiteral("mrn"), limits);
        Event e;
        QString code, message;
        const QByteArray bomb = test::gzipBytes(QByteArray("{\"body\":\"") + QByteArray(100 * 1024, 'a') + "\"}");
        QCOMPARE(d.decode(itemOf(bomb), 0, e, code, message), MrnStoryDecoder::Result::Error);
        QCOMPARE(code, QStringLiteral("mrn_inflate_too_large"));
    }

    void malformedStoryJson()
    {
        MrnStoryDecoder d(QStringLiteral("mrn"));
        Event e;
        QString code, message;
        QCOMPARE(d.decode(itemOf(test::gzipBytes("{\"id\":\"G1\",\"headline\":\"x\",")), 0, e, code, message),
            MrnStoryDecoder::Result::Error);
        QCOMPARE(code, QStringLiteral("mrn_story_json"));
        QCOMPARE(
            d.decode(itemOf(test::gzipBytes("[\"not\",\"an\",\"object\"]"), QStringLiteral("G2")), 0, e, code, message),
            MrnStoryDecoder::Result::Error);
        QCOMPARE(d.decode(itemOf(test::gzipBytes("{\"id\":\"G1\",\"headline\":tru}"), QStringLiteral("G3")), 0, e, code,
                     message),
            MrnStoryDecoder::Result::Error);
    }

    void prettyJsonStaysOneLine()
    {
        MrnStoryDecoder d(QStringLiteral("mrn"));
        Event e;
        QString code, message;
        QCOMPARE(d.decode(itemOf(test::gzipBytes("{\n  \"id\": \"G1\",\n  \"headline\": \"a\\nb\"\n}")), 0, e, code,
                     message),
            MrnStoryDecoder::Result::Event);
        QVERIFY(!e.toJsonLine().contains('\n'));
        QCOMPARE(e.titleText(), QStringLiteral("a\nb"));
    }

    void kinds()
    {
        QCOMPARE(MrnStoryDecoder::kindForMrnType(QStringLiteral("STORY")), QStringLiteral("news.story"));
        QCOMPARE(MrnStoryDecoder::kindForMrnType(QStringLiteral("TRNA")), QStringLiteral("news.analytics"));
        QCOMPARE(MrnStoryDecoder::kindForMrnType(QStringLiteral("TRSI")), QStringLiteral("news.sentiment"));
    }
};

QTEST_APPLESS_MAIN(TestMrnStoryDecoder)
#include "tst_mrn_story_decoder.moc"
