#include "sim/mrn/mrn_real_stories.h"
#include "sim/mrn/mrn_story_generator.h"
#include "sim/mrn/mrn_update_encoder.h"

#include "mrn_test_assembler.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using sb::sim::MrnUpdateEncoder;

namespace {

const qint64 kNow = 1719915217123; // 2024-07-02T10:13:37.123Z

QJsonObject parse(const QByteArray &message)
{
    return QJsonDocument::fromJson(message).object();
}

QStringList fieldNames(const QByteArray &message)
{
    return parse(message).value(QStringLiteral("Fields")).toObject().keys();
}

} // namespace

class TestMrnUpdateEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gzipHasGzipMagic()
    {
        const QByteArray gz = MrnUpdateEncoder::gzip("hello");
        QVERIFY(gz.startsWith("\x1f\x8b\x08"));
        QByteArray out;
        QCOMPARE(sb::test::gunzip(gz, out), sb::test::GunzipStatus::Ok);
        QCOMPARE(out, QByteArray("hello"));
    }

    void splitsAt2600()
    {
        const QByteArray data(6000, 'x');
        const QList<QByteArray> parts = MrnUpdateEncoder::split(data);
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts[0].size(), 2600);
        QCOMPARE(parts[1].size(), 2600);
        QCOMPARE(parts[2].size(), 800);
    }

    void firstAndLaterFragmentFields()
    {
        sb::sim::MrnStoryGenerator gen(3, [] { return kNow; });
        const sb::sim::MrnStory story = gen.nextStory(sb::sim::MrnStoryGenerator::Shape::Large);
        MrnUpdateEncoder enc(5, QStringLiteral("MRN_STORY"), QStringLiteral("ELEKTRON_DD"), 100);
        enc.setClock([] { return kNow; });
        const QList<QByteArray> updates = enc.updatesForStory(story.json, story.guid);
        QVERIFY(updates.size() >= 2);
        const QStringList first {QStringLiteral("ACTIV_DATE"), QStringLiteral("FRAGMENT"), QStringLiteral("FRAG_NUM"),
            QStringLiteral("GUID"), QStringLiteral("MRN_SRC"), QStringLiteral("MRN_TYPE"), QStringLiteral("MRN_V_MAJ"),
            QStringLiteral("MRN_V_MIN"), QStringLiteral("TIMACT_MS"), QStringLiteral("TOT_SIZE")};
        QCOMPARE(fieldNames(updates[0]), first);
        const QStringList later {
            QStringLiteral("FRAGMENT"), QStringLiteral("FRAG_NUM"), QStringLiteral("GUID"), QStringLiteral("MRN_SRC")};
        QCOMPARE(fieldNames(updates[1]), later);

        const QJsonObject u = parse(updates[0]);
        QCOMPARE(u.value(QStringLiteral("ID")).toInt(), 5);
        QCOMPARE(u.value(QStringLiteral("Type")).toString(), QStringLiteral("Update"));
        QCOMPARE(u.value(QStringLiteral("UpdateType")).toString(), QStringLiteral("Unspecified"));
        QCOMPARE(u.value(QStringLiteral("Domain")).toString(), QStringLiteral("NewsTextAnalytics"));
        QVERIFY(u.value(QStringLiteral("DoNotCache")).toBool());
        QVERIFY(u.value(QStringLiteral("DoNotConflate")).toBool());
        QVERIFY(u.value(QStringLiteral("DoNotRipple")).toBool());
        QVERIFY(!u.value(QStringLiteral("PermData")).toString().isEmpty());
        QCOMPARE(u.value(QStringLiteral("SeqNumber")).toInt(), 116);
        QCOMPARE(parse(updates[1]).value(QStringLiteral("SeqNumber")).toInt(), 132);
        const QJsonObject f = u.value(QStringLiteral("Fields")).toObject();
        QCOMPARE(f.value(QStringLiteral("ACTIV_DATE")).toString(), QStringLiteral("2024-07-02"));
        QCOMPARE(f.value(QStringLiteral("TIMACT_MS")).toInteger(), qint64((10 * 3600 + 13 * 60 + 37) * 1000 + 123));
        QCOMPARE(f.value(QStringLiteral("MRN_V_MAJ")).toString(), QStringLiteral("2"));
        QCOMPARE(f.value(QStringLiteral("MRN_V_MIN")).toString(), QStringLiteral("10"));

        sb::test::MrnTestAssembler assembler;
        for (const QByteArray &m : updates)
            assembler.add(parse(m));
        QCOMPARE(assembler.completed.size(), 1);
        const sb::test::MrnTestItem &item = assembler.completed.first();
        QCOMPARE(item.fragmentSizes.first(), 2600);
        QCOMPARE(item.json, story.json);
        QCOMPARE(item.totSize, item.compressed.size());
    }

    void seqNumberWrapsLikeTheRealFeed()
    {
        MrnUpdateEncoder enc(2, QStringLiteral("MRN_STORY"), QStringLiteral("ELEKTRON_DD"), 65518);
        QCOMPARE(parse(enc.update("AA==", 2, 0, QStringLiteral("g"), QStringLiteral("STORY"), QStringLiteral("s")))
                     .value(QStringLiteral("SeqNumber"))
                     .toInt(),
            65534);
        QCOMPARE(parse(enc.update("AA==", 2, 0, QStringLiteral("g"), QStringLiteral("STORY"), QStringLiteral("s")))
                     .value(QStringLiteral("SeqNumber"))
                     .toInt(),
            30);
    }

    void refreshLikeTheReal()
    {
        MrnUpdateEncoder enc(2, QStringLiteral("MRN_TRNA"));
        enc.setClock([] { return kNow; });
        const QJsonObject r = parse(enc.refresh());
        QCOMPARE(r.value(QStringLiteral("Type")).toString(), QStringLiteral("Refresh"));
        QCOMPARE(r.value(QStringLiteral("State")).toObject().value(QStringLiteral("Stream")).toString(),
            QStringLiteral("Open"));
        const QJsonObject f = r.value(QStringLiteral("Fields")).toObject();
        QVERIFY(f.value(QStringLiteral("FRAGMENT")).isNull());
        QVERIFY(f.value(QStringLiteral("GUID")).isNull());
        QCOMPARE(f.value(QStringLiteral("TOT_SIZE")).toInt(), 0);
        QCOMPARE(f.value(QStringLiteral("MRN_TYPE")).toString(), QStringLiteral("TRNA"));
        QCOMPARE(f.value(QStringLiteral("PROD_PERM")).toInt(), 10001);
        QCOMPARE(f.value(QStringLiteral("RECORDTYPE")).toInt(), 30);
    }

    void framesAreArrays()
    {
        MrnUpdateEncoder enc;
        const QList<QByteArray> frames = enc.framesForStory("{\"id\":\"x\"}", QStringLiteral("x"));
        QCOMPARE(frames.size(), 1);
        QVERIFY(QJsonDocument::fromJson(frames.first()).isArray());
        QCOMPARE(MrnUpdateEncoder::frame({"{\"a\":1}", "{\"b\":2}"}), QByteArray("[{\"a\":1},{\"b\":2}]"));
    }

    void realStoriesDecode()
    {
        const QList<sb::sim::MrnRealStory> real = sb::sim::MrnRealStories::all();
        QCOMPARE(real.size(), 3);
        const QMap<QString, QByteArray> sha {{QStringLiteral("Idw5d8Hwd_1907252I27R98ULgoP+y/Hs3Tovf2Kd9cZQsvBkxfzk4"),
                                                 "6a3345542911f35bcb5c70cc2ca2d96af0b8587f03ae1edc63422dbbc7ce242b"},
            {QStringLiteral("RSP0923Za_2009162pukycpbewb7D2PMfZc13Vvp/1Wt1V3Ud2h3M9"),
                "51df4aeef86584263eca6ba9c5fe7491fdd084779b054671678be908bc589f49"},
            {QStringLiteral("S8N3HX01N_2407022bOgRfybUpKc1wYY2UVcSqDJRFWWXhl+oF4+Fm"),
                "15a6aba22d3af12276158a4d0afd05207e85452bb2ddf1758241780fc3f3c3f4"}};
        for (const sb::sim::MrnRealStory &s : real) {
            QCOMPARE(s.compressed().size(), s.totSize);
            QByteArray json;
            QCOMPARE(sb::test::gunzip(s.compressed(), json), sb::test::GunzipStatus::Ok);
            QCOMPARE(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex(), sha.value(s.guid));
        }
    }
};

QTEST_GUILESS_MAIN(TestMrnUpdateEncoder)
#include "tst_mrn_update_encoder.moc"
