#include "../support/ui_test_events.h"
#include "panes/story/story_details.h"
#include "panes/story/story_viewer.h"

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
