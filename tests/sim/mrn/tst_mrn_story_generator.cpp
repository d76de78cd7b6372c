#include "sim/mrn/mrn_story_generator.h"
#include "sim/mrn/mrn_update_encoder.h"

#include "mrn_test_assembler.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using sb::sim::MrnStory;
using sb::sim::MrnStoryGenerator;

namespace {

const qint64 kNow = 1719915217123; // 2024-07-02T10:13:37.123Z

MrnStoryGenerator fixedGenerator(quint32 seed = 7)
{
    return MrnStoryGenerator(seed, [] { return kNow; });
}

} // namespace

class TestMrnStoryGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deterministicForASeed()
    {
        MrnStoryGenerator a = fixedGenerator(42);
        MrnStoryGenerator b = fixedGenerator(42);
        MrnStoryGenerator c = fixedGenerator(43);
        bool anyDifferent = false;
        for (int i = 0; i < 20; ++i) {
            const QByteArray ja = a.nextStoryJson();
            QCOMPARE(ja, b.nextStoryJson());
            anyDifferent = anyDifferent || ja != c.nextStoryJson();
        }
        QVERIFY(anyDifferent);
    }

    void storyHasTheRealFields()
    {
        MrnStoryGenerator gen = fixedGenerator();
        const MrnStory s = gen.nextStory(MrnStoryGenerator::Shape::Article);
        const QJsonObject o = QJsonDocument::fromJson(s.json).object();
        const QStringList expected {QStringLiteral("altId"), QStringLiteral("audiences"), QStringLiteral("body"),
            QStringLiteral("firstCreated"), QStringLiteral("headline"), QStringLiteral("id"),
            QStringLiteral("instancesOf"), QStringLiteral("language"), QStringLiteral("messageType"),
            QStringLiteral("mimeType"), QStringLiteral("provider"), QStringLiteral("pubStatus"),
            QStringLiteral("subjects"), QStringLiteral("takeSequence"), QStringLiteral("urgency"),
            QStringLiteral("versionCreated")};
        QCOMPARE(o.keys(), expected);
        QCOMPARE(o.value(QStringLiteral("id")).toString(), s.guid);
        QCOMPARE(o.value(QStringLiteral("altId")).toString(), QString(QLatin1Char('n') + s.guid.left(9)));
        QCOMPARE(o.value(QStringLiteral("versionCreated")).toString(), QStringLiteral("2024-07-02T10:13:37.123Z"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                    .match(o.value(QStringLiteral("firstCreated")).toString())
                    .hasMatch());
        QCOMPARE(o.value(QStringLiteral("urgency")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("pubStatus")).toString(), QStringLiteral("stat:usable"));
        QVERIFY(o.value(QStringLiteral("provider")).toString().startsWith(QStringLiteral("NS:")));
        for (const QJsonValue &a : o.value(QStringLiteral("audiences")).toArray())
            QVERIFY(a.toString().startsWith(QStringLiteral("NP:")));
        const QStringList subjects = o.value(QStringLiteral("subjects")).toVariant().toStringList();
        QVERIFY(std::any_of(
            subjects.begin(), subjects.end(), [](const QString &x) { return x.startsWith(QStringLiteral("N2:")); }));
        QVERIFY(std::any_of(
            subjects.begin(), subjects.end(), [](const QString &x) { return x.startsWith(QStringLiteral("G:")); }));
        QVERIFY(std::any_of(
            subjects.begin(), subjects.end(), [](const QString &x) { return x.startsWith(QStringLiteral("R:")); }));
        QVERIFY(std::any_of(
            subjects.begin(), subjects.end(), [](const QString &x) { return x.startsWith(QStringLiteral("M:")); }));
        QVERIFY(std::is_sorted(subjects.begin(), subjects.end()));
    }

    void guidLooksReal()
    {
        MrnStoryGenerator gen = fixedGenerator();
        const QRegularExpression form(QStringLiteral("^[A-Za-z0-9]{9}_2407022[A-Za-z0-9+/]{37}$"));
        for (int i = 0; i < 200; ++i) {
            const QString guid = gen.nextStory().guid;
            QVERIFY2(form.match(guid).hasMatch(), qPrintable(guid));
        }
    }

    void mixOfLanguagesWithRealUtf8()
    {
        MrnStoryGenerator gen = fixedGenerator();
        QSet<QString> languages;
        int english = 0;
        bool rawNonAscii = false;
        const int n = 600;
        for (int i = 0; i < n; ++i) {
            const MrnStory s = gen.nextStory(MrnStoryGenerator::Shape::Article);
            languages.insert(s.language);
            english += s.language == u"en" ? 1 : 0;
            if (s.language == u"ja") {
                QVERIFY(!s.json.contains("\\u")); // raw UTF-8, not escapes
                rawNonAscii = rawNonAscii || s.json.contains("ロイター");
            }
            QCOMPARE(QString::fromUtf8(s.json).toUtf8(), s.json); // valid UTF-8
        }
        for (const char *lang : {"en", "ja", "zh", "ar", "ru", "de", "ko", "fr"})
            QVERIFY2(languages.contains(QString::fromLatin1(lang)), lang);
        QVERIFY(english > n / 2);
        QVERIFY(rawNonAscii);
    }

    void sizesAreMostlyOneToThreeKilobytes()
    {
        MrnStoryGenerator gen = fixedGenerator();
        int inRange = 0, multiFragment = 0, alerts = 0;
        const int n = 500;
        for (int i = 0; i < n; ++i) {
            const MrnStory s = gen.nextStory();
            if (s.json.size() >= 1000 && s.json.size() <= 3072)
                ++inRange;
            if (sb::sim::MrnUpdateEncoder::gzip(s.json).size() > 2600)
                ++multiFragment;
            alerts += s.urgency == 1 ? 1 : 0;
        }
        QVERIFY2(inRange > n * 6 / 10, qPrintable(QString::number(inRange)));
        QVERIFY2(multiFragment > n / 40 && multiFragment < n / 5, qPrintable(QString::number(multiFragment)));
        QVERIFY(alerts > 5 && alerts < n / 10);
    }

    void alertHasNoBody()
    {
        MrnStoryGenerator gen = fixedGenerator();
        const QJsonObject o = gen.nextStory(MrnStoryGenerator::Shape::Alert).content;
        QCOMPARE(o.value(QStringLiteral("urgency")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("messageType")).toInt(), 1);
        QVERIFY(o.value(QStringLiteral("body")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("headline")).toString().isEmpty());
    }

    void largeStoryNeedsSeveralFragments()
    {
        MrnStoryGenerator gen = fixedGenerator();
        for (int i = 0; i < 20; ++i) {
            const MrnStory s = gen.nextStory(MrnStoryGenerator::Shape::Large);
            const QByteArray gz = sb::sim::MrnUpdateEncoder::gzip(s.json);
            QVERIFY2(gz.size() > 2700 && gz.size() <= 3 * 2600, qPrintable(QString::number(gz.size())));
            QCOMPARE(s.content.value(QStringLiteral("mimeType")).toString(), QStringLiteral("text/x-plain-fixed"));
            QVERIFY(s.guid.startsWith(QStringLiteral("RSP")));
        }
    }

    void analyticsItems()
    {
        MrnStoryGenerator gen = fixedGenerator();
        const MrnStory trna = gen.nextAnalytics(QStringLiteral("TRNA"));
        QCOMPARE(trna.mrnType, QStringLiteral("TRNA"));
        QVERIFY(trna.guid.startsWith(QStringLiteral("tr:")));
        const QJsonObject o = QJsonDocument::fromJson(trna.json).object();
        QCOMPARE(o.value(QStringLiteral("id")).toString(), trna.guid);
        QVERIFY(!o.value(QStringLiteral("analytics"))
                     .toObject()
                     .value(QStringLiteral("analyticsScores"))
                     .toArray()
                     .isEmpty());
        const MrnStory trsi = gen.nextAnalytics(QStringLiteral("TRSI"));
        QCOMPARE(trsi.mrnType, QStringLiteral("TRSI"));
        QVERIFY(QJsonDocument::fromJson(trsi.json).object().contains(QStringLiteral("sentimentIndices")));
    }

    void newVersionKeepsGuid()
    {
        MrnStoryGenerator gen = fixedGenerator();
        const MrnStory s = gen.nextStory(MrnStoryGenerator::Shape::Article);
        const MrnStory v = gen.newVersionOf(s);
        QCOMPARE(v.guid, s.guid);
        QVERIFY(v.json != s.json);
        const qint64 before
            = QDateTime::fromString(s.content.value(QStringLiteral("versionCreated")).toString(), Qt::ISODateWithMs)
                  .toMSecsSinceEpoch();
        const qint64 after
            = QDateTime::fromString(v.content.value(QStringLiteral("versionCreated")).toString(), Qt::ISODateWithMs)
                  .toMSecsSinceEpoch();
        QVERIFY(after - before >= 13 && after - before <= 60);
    }
};

QTEST_GUILESS_MAIN(TestMrnStoryGenerator)
#include "tst_mrn_story_generator.moc"
