#include "codec/base64.h"
#include "event/source_json.h"
#include "feeds/mrn/mrn_story_decoder.h"
#include "mrn_vectors.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sb;

namespace {

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

// Stories that take every branch of the decoder: the real vectors as published and pretty-printed, and hand-made
// JSON with escapes, odd spacing, a nested "body", a body that is not a string and subjects that are not all codes.
QList<QPair<QString, MrnCompressedItem>> goldenCases()
{
    QList<QPair<QString, MrnCompressedItem>> cases;
    for (const test::MrnVector &v : test::realMrnVectors()) {
        MrnCompressedItem item = test::storyItem(v);
        cases.append({v.name, item});
        const QByteArray pretty
            = QJsonDocument::fromJson(test::gunzipBytes(item.compressed)).toJson(QJsonDocument::Indented);
        item.compressed = test::gzipBytes(pretty);
        cases.append({v.name + QStringLiteral(" pretty"), item});
    }
    const QList<QPair<const char *, QByteArray>> made {
        {"escapes",
            R"({"id":"G1","headline":"h \u2028 \"q\"","body":"a \"quoted\" \\ back\/slash \u00e9 \ud83d\ude00 ] } , :",)"
            R"("subjects":["A:1","B:2"],"urgency":1,"language":"en","provider":"NS:X","firstCreated":"2024-07-02T10:13:37.5Z"})"},
        {"spacing", "{ \"body\" : \"x\" ,\r\n \"subjects\" : [ \"A\" , \"B\" ] , \"headline\":\"t\" }\r\n  "},
        {"nested body", R"({"meta":{"body":"inner","subjects":["Z"]},"body":"outer","subjects":["A"]})"},
        {"body not a string", R"({"body":{"x":"y"},"subjects":"A"})"},
        {"empty body", R"({"body":"","subjects":[],"headline":""})"},
        {"mixed subjects", R"({"subjects":["A",1,"B"],"body":"b","versionCreated":"bad"})"},
        {"no body", R"({"id":"G9","headline":"only"})"},
    };
    for (const auto &[name, json] : made) {
        MrnCompressedItem item = itemOf(test::gzipBytes(json), QStringLiteral("G_") + QLatin1String(name),
            cases.size() % 2 ? QStringLiteral("TRNA") : QStringLiteral("STORY"));
        cases.append({QLatin1String(name), item});
    }
    return cases;
}

QJsonObject goldenOf(const Event &e)
{
    return QJsonObject {{QStringLiteral("feed"), e.feed}, {QStringLiteral("kind"), e.kind},
        {QStringLiteral("key"), e.key}, {QStringLiteral("timeMs"), QString::number(e.timeMs)},
        {QStringLiteral("receivedMs"), QString::number(e.receivedMs)},
        {QStringLiteral("title"), QString::fromLatin1(e.title.toBase64())},
        {QStringLiteral("body"), QString::fromLatin1(e.body.toBase64())}, {QStringLiteral("urgency"), e.urgency},
        {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)},
        {QStringLiteral("attrs"), QString::fromLatin1(e.attrs.toBase64())}, {QStringLiteral("language"), e.language},
        {QStringLiteral("source"), e.source},
        {QStringLiteral("jsonLine"), QString::fromLatin1(e.toJsonLine().toBase64())}};
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
            QCOMPARE(d.decode(test::storyItem(v), 42, e, code, message), MrnStoryDecoder::Result::Event);
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
            const QByteArray json = test::gunzipBytes(test::storyItem(v).compressed);
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
        QCOMPARE(d.decode(test::storyItem(seed), 0, e, code, message), MrnStoryDecoder::Result::Event);
        QCOMPARE(e.urgency, 3);
        QCOMPARE(e.source, QStringLiteral("NS:RTRS"));
        QCOMPARE(Event::formatTime(e.timeMs), QStringLiteral("2024-07-02T10:13:37.000Z"));
        QVERIFY(e.tags.contains(QStringLiteral("N2:COM")));
        // The story's subjects in order, then its language and provider as tags, so `lang:en` reads every feed.
        QCOMPARE(e.tags.mid(e.tags.size() - 2),
            (QStringList {QStringLiteral("lang:en"), QStringLiteral("provider:NS:RTRS")}));
        QCOMPARE(tags::codeCount(e), e.tags.size() - 2);
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

    // The Event of every case, field by field and as printed, is what the decoder made before it was tuned
    // (tests/data/mrn/story-events.json). SB_WRITE_GOLDEN=1 rewrites the file from the current decoder.
    void eventBytesUnchanged()
    {
        QJsonObject actual;
        for (const auto &[name, item] : goldenCases()) {
            MrnStoryDecoder d(QStringLiteral("mrn"));
            Event e;
            QString code, message;
            QCOMPARE(d.decode(item, 1720000000123, e, code, message), MrnStoryDecoder::Result::Event);
            actual.insert(name, goldenOf(e));
        }
        const QString path = test::dataPath(QStringLiteral("mrn/story-events.json"));
        if (qEnvironmentVariableIsSet("SB_WRITE_GOLDEN")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
        }
        const QJsonObject expected = test::readJson(QStringLiteral("mrn/story-events.json"));
        QCOMPARE(actual.keys(), expected.keys());
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const QJsonObject want = it.value().toObject(), got = actual.value(it.key()).toObject();
            for (auto field = want.begin(); field != want.end(); ++field) {
                if (got.value(field.key()) != field.value())
                    QFAIL(qPrintable(QStringLiteral("%1: %2 differs").arg(it.key(), field.key())));
            }
        }
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
