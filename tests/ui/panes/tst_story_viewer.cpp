#include "../support/ui_test_events.h"
#include "alert_samples.h"
#include "feeds/alerts/alert_message_parser.h"
#include "feeds/mrn/mrn_story_decoder.h"
#include "mrn_vectors.h"
#include "panes/story/story_details.h"
#include "panes/story/story_viewer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

class TestStoryViewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detailsComeFromAttrs()
    {
        Event e = story(QStringLiteral("g"), QStringLiteral("Table"));
        e.attrs = "{\"ric\":\"MRN_STORY\",\"story\":{\"audiences\":[\"NP:RNP\",\"NP:PSC\"],"
                  "\"mimeType\":\"text/x-plain-fixed\"}}";
        const StoryDetails d = StoryDetails::from(e);
        QCOMPARE(d.key, QStringLiteral("g"));
        QCOMPARE(d.audiences, (QStringList {QStringLiteral("NP:RNP"), QStringLiteral("NP:PSC")}));
        QVERIFY(d.fixedPitch);
        QVERIFY(d.prettyJson.contains(QStringLiteral("\n    \"attrs\": {")));
        e.attrs = "{\"mimeType\":\"text/x-bdc-tms\"}"; // another feed's flat attrs
        QVERIFY(StoryDetails::from(e).fixedPitch);
        e.attrs = "not json";
        QVERIFY(!StoryDetails::from(e).fixedPitch);
    }

    void showsFixedPitchStoriesInMonospace()
    {
        StoryViewer viewer;
        viewer.resize(500, 600);
        viewer.show();
        QSignalSpy shown(&viewer, &StoryViewer::detailsShown);
        Event e = story(QStringLiteral("g"), QStringLiteral("Results table"), {QStringLiteral("R:VOD.L")});
        e.body = "Revenue    100    120\nEBITDA      20     25";
        e.attrs = "{\"story\":{\"mimeType\":\"text/x-plain-fixed\",\"audiences\":[\"NP:RNP\"]}}";
        viewer.showStory(e);
        QCOMPARE(viewer.headlineText(), QStringLiteral("Results table"));
        QCOMPARE(viewer.bodyText(), QString::fromUtf8(e.body));
        QTRY_COMPARE(shown.count(), 1);
        QVERIFY(viewer.bodyIsMonospace());
        QCOMPARE(viewer.audienceChips(), QStringList {QStringLiteral("NP:RNP")});

        Event plain = story(QStringLiteral("h"), QStringLiteral("Plain"));
        viewer.showStory(plain);
        QTRY_COMPARE(shown.count(), 2);
        QVERIFY(!viewer.bodyIsMonospace());
    }

    void onlyTheLatestStorysDetailsApply()
    {
        StoryViewer viewer;
        QSignalSpy shown(&viewer, &StoryViewer::detailsShown);
        for (int i = 0; i < 20; ++i)
            viewer.showStory(story(QStringLiteral("k%1").arg(i), QStringLiteral("Story %1").arg(i)));
        QTRY_VERIFY(!viewer.detailsPending());
        QCOMPARE(viewer.details().key, QStringLiteral("k19"));
        QVERIFY(shown.count() >= 1);
    }

    // The Event carries a story's text once (SourceJson); the Raw JSON tab shows the source as it arrived again,
    // JSON-equal (the tab indents and orders members as QJsonDocument does).
    void rawJsonShowsTheSourceAsItArrived()
    {
        StoryViewer viewer;
        QSignalSpy shown(&viewer, &StoryViewer::detailsShown);
        for (const sb::test::MrnVector &v : sb::test::realMrnVectors()) {
            const MrnCompressedItem item = sb::test::storyItem(v);
            MrnStoryDecoder decoder(QStringLiteral("mrn"));
            Event e;
            QString code, message;
            QCOMPARE(decoder.decode(item, 0, e, code, message), MrnStoryDecoder::Result::Event);
            QVERIFY(!e.attrs.contains(e.body));
            const int before = int(shown.count());
            viewer.showStory(e);
            QTRY_COMPARE(shown.count(), before + 1);
            // The tab's text as set: QPlainTextEdit::toPlainText() turns no-break spaces into spaces.
            QCOMPARE(viewer.rawJson().size(), viewer.details().prettyJson.size());
            const QJsonObject raw = QJsonDocument::fromJson(viewer.details().prettyJson.toUtf8()).object();
            QCOMPARE(raw.value(QLatin1String("attrs")).toObject().value(QLatin1String("story")).toObject(),
                QJsonDocument::fromJson(sb::test::gunzipBytes(item.compressed)).object());
            QCOMPARE(raw.value(QLatin1String("body")).toString(), e.bodyText());
            // The lang: and provider: tags repeat the line under the headline, not the story's subjects.
            QVERIFY(e.tags.contains(QStringLiteral("lang:") + e.language));
            QCOMPARE(viewer.subjectChips().size(), tags::codeCount(e));
            for (const QString &chip : viewer.subjectChips())
                QVERIFY2(!chip.startsWith(QLatin1String("lang:")) && !chip.startsWith(QLatin1String("provider:")),
                    qPrintable(chip));
        }

        const QByteArray alert = sb::test::alertJson(QStringLiteral("ecp-1"), QStringLiteral("Vodafone results"), 3,
            QStringLiteral("en"), QStringLiteral("Vodafone said on Tuesday \\\"profit rose\\\"."));
        AlertMessageParser parser(QStringLiteral("alerts"), true);
        QByteArray json = alert;
        Event e;
        QString href, error;
        QCOMPARE(parser.parse(json, QStringLiteral("sqs-1"), 0, e, href, error), AlertMessageParser::Result::Event);
        QVERIFY(!e.attrs.contains("profit rose"));
        const int before = int(shown.count());
        viewer.showStory(e);
        QTRY_COMPARE(shown.count(), before + 1);
        const QJsonObject raw = QJsonDocument::fromJson(viewer.details().prettyJson.toUtf8()).object();
        QCOMPARE(raw.value(QLatin1String("attrs")).toObject().value(QLatin1String("alert")).toObject(),
            QJsonDocument::fromJson(alert).object());
    }

    void rightToLeftAndCjk()
    {
        StoryViewer viewer;
        viewer.resize(500, 600);
        viewer.show();
        Event ar = story(QStringLiteral("a"), QStringLiteral("أرامكو تعلن عن أرباح فصلية"), {}, QStringLiteral("ar"));
        ar.body = QStringLiteral("الرياض (رويترز) - أعلنت أرامكو\nEnglish paragraph").toUtf8();
        viewer.showStory(ar);
        QCOMPARE(viewer.headlineDirection(), Qt::RightToLeft);
        QCOMPARE(viewer.bodyText(), QString::fromUtf8(ar.body));
        Event ja = story(QStringLiteral("j"), QStringLiteral("トヨタ、通期予想を上方修正"), {}, QStringLiteral("ja"));
        viewer.showStory(ja);
        QCOMPARE(viewer.headlineDirection(), Qt::LeftToRight);
        QCOMPARE(viewer.headlineText(), QStringLiteral("トヨタ、通期予想を上方修正"));
        viewer.clearStory();
        QVERIFY(!viewer.hasStory());
    }
};

QTEST_MAIN(TestStoryViewer)
#include "tst_story_viewer.moc"
