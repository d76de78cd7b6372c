// SourceJson: the body string is emptied in attrs and put back for the Raw JSON view; the scanner finds members by
// JSON Pointer without being fooled by look-alike text inside strings.
#include "event/source_json.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sb;

namespace {

Event mrnEvent(const QByteArray &attrs, const QByteArray &body)
{
    Event e;
    e.feed = QStringLiteral("my news"); // a user's name; the kind decides where the body sits
    e.kind = QStringLiteral("news.story");
    e.body = body;
    e.attrs = attrs;
    return e;
}

} // namespace

class TstSourceJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void locatesByPointerPastLookAlikes()
    {
        const QByteArray json = "{\"a\":\"\\\"body\\\":\\\"x\",\"b\":[1,{\"body\":\"no\"},\"]\"], \"story\" : "
                                "{\"x\":{\"body\":\"deep\"},\"body\":\"yes\\\\\\\"\",\"z\":1}}";
        const SourceJson::Span s = SourceJson::locate(json, "/story/body");
        QVERIFY(s.found());
        QCOMPARE(json.mid(s.begin, s.end - s.begin), QByteArray("\"yes\\\\\\\"\""));
        const SourceJson::Span inArray = SourceJson::locate(json, "/b/1/body");
        QCOMPARE(json.mid(inArray.begin, inArray.end - inArray.begin), QByteArray(R"("no")"));
        const SourceJson::Span number = SourceJson::locate(json, "/story/z");
        QCOMPARE(json.mid(number.begin, number.end - number.begin), QByteArray("1"));
        QVERIFY(!SourceJson::locate(json, "/story/missing").found());
        QVERIFY(!SourceJson::locate(json, "/b/3").found());
        QVERIFY(!SourceJson::locate(json, "/a/body").found());
    }

    void emptiesOnlyAString()
    {
        QByteArray out;
        QVERIFY(SourceJson::appendWithoutString(out, R"({"headline":"h","body":"long text","n":2})", "/body"));
        QCOMPARE(out, QByteArray(R"({"headline":"h","body":"","n":2})"));
        out.clear();
        QVERIFY(!SourceJson::appendWithoutString(out, R"({"body":{"x":1}})", "/body"));
        QCOMPARE(out, QByteArray(R"({"body":{"x":1}})"));
        out.clear();
        QVERIFY(!SourceJson::appendWithoutString(out, R"({"text":"t"})", "/body"));
        QCOMPARE(out, QByteArray(R"({"text":"t"})"));
    }

    void restoresByteForByteWhenEscapedAlike()
    {
        const QByteArray source = "{\"body\":\"Line \\\"one\\\"\\n\\tzwei \xc3\xa9 \\\\ end\",\"headline\":\"h\"}";
        const QByteArray body = "Line \"one\"\n\tzwei \xc3\xa9 \\ end";
        QByteArray attrs = "{\"ric\":\"MRN_STORY\",\"story\":";
        QVERIFY(SourceJson::appendWithoutString(attrs, source, "/body"));
        attrs += '}';
        QVERIFY(!attrs.contains("zwei"));
        QCOMPARE(SourceJson::restoredAttrs(mrnEvent(attrs, body)), "{\"ric\":\"MRN_STORY\",\"story\":" + source + '}');
    }

    void restoresJsonEqualWhenEscapedOtherwise()
    {
        const QByteArray source = R"({"body":"caf\u00e9 a\/b","headline":"h"})";
        QByteArray attrs = "{\"story\":";
        QVERIFY(SourceJson::appendWithoutString(attrs, source, "/body"));
        attrs += '}';
        const QByteArray restored = SourceJson::restoredAttrs(mrnEvent(attrs, QByteArray("caf\xc3\xa9 a/b")));
        QCOMPARE(QJsonDocument::fromJson(restored).object().value(QLatin1String("story")).toObject(),
            QJsonDocument::fromJson(source).object());
    }

    void restoresMrnSubjectsFromTags()
    {
        QByteArray attrs = R"({"story":{"subjects":["G:1","R:VOD.L"],"body":"t"}})";
        QVERIFY(SourceJson::emptyArray(attrs, "/story/subjects"));
        QVERIFY(!SourceJson::emptyArray(attrs, "/story/body"));
        QCOMPARE(attrs, QByteArray(R"({"story":{"subjects":[],"body":"t"}})"));
        Event e = mrnEvent(attrs, "other");
        e.tags = QStringList {QStringLiteral("G:1"), QStringLiteral("R:VOD.L")};
        QCOMPARE(SourceJson::restoredAttrs(e), QByteArray(R"({"story":{"subjects":["G:1","R:VOD.L"],"body":"t"}})"));
    }

    // The decoder's lang: and provider: tags follow the subjects; they repeat the story's language and provider and
    // do not go back into its subjects. A subject that only looks like one stays.
    void restoresMrnSubjectsWithoutLanguageAndProviderTags()
    {
        const QByteArray attrs = R"({"story":{"subjects":[],"body":"t"}})";
        Event e = mrnEvent(attrs, "other");
        e.language = QStringLiteral("en");
        e.source = QStringLiteral("NS:RTRS");
        e.tags = QStringList {QStringLiteral("G:1"), QStringLiteral("lang:de"), QStringLiteral("lang:en"),
            QStringLiteral("provider:NS:RTRS")};
        QCOMPARE(SourceJson::restoredAttrs(e), QByteArray(R"({"story":{"subjects":["G:1","lang:de"],"body":"t"}})"));
        e.tags = QStringList {QStringLiteral("lang:en"), QStringLiteral("provider:NS:RTRS")};
        QCOMPARE(SourceJson::restoredAttrs(e), attrs);
    }

    void leavesOtherAttrsAlone()
    {
        // A body the feed did not take out of attrs is not put anywhere.
        const QByteArray full = R"({"story":{"body":"kept"}})";
        QCOMPARE(SourceJson::restoredAttrs(mrnEvent(full, "other")), full);
        Event hotel = mrnEvent(R"({"detail":[],"body":""})", "Room: 1 → 2");
        hotel.kind = QStringLiteral("hotel.event");
        QCOMPARE(SourceJson::restoredAttrs(hotel), hotel.attrs);
        QCOMPARE(SourceJson::restoredAttrs(mrnEvent(R"({"story":{"body":""}})", QByteArray())),
            QByteArray(R"({"story":{"body":""}})"));
    }

    void alertBodyInsideNewsMl()
    {
        const QByteArray alert
            = R"({"ecpMessageID":"e1","payload":{"newsMessage":{"itemSet":{"newsItem":[{"_guid":"g",)"
              R"("contentSet":{"inlineData":[{"$":"The text.","_contenttype":"text/plain"}]}}]}}}})";
        QByteArray attrs = R"({"sqsMessageId":"m","alert":)";
        QVERIFY(SourceJson::appendWithoutString(
            attrs, alert, "/payload/newsMessage/itemSet/newsItem/0/contentSet/inlineData/0/$"));
        attrs += '}';
        Event e = mrnEvent(attrs, "The text.");
        e.kind = QStringLiteral("alert.story");
        QVERIFY(!e.attrs.contains("The text."));
        QCOMPARE(SourceJson::restoredAttrs(e), R"({"sqsMessageId":"m","alert":)" + alert + '}');
    }
};

QTEST_GUILESS_MAIN(TstSourceJson)
#include "tst_source_json.moc"
