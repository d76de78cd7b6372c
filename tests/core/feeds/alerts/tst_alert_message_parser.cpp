#include "feeds/alerts/alert_message_parser.h"

#include "alert_samples.h"
#include "codec/iso_time.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sb;

class TestAlertMessageParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headlineAlertBecomesAnEvent()
    {
        AlertMessageParser parser(QStringLiteral("alerts"), false);
        QByteArray json = test::alertJson(QStringLiteral("urn:newsml:reuters.com:20260302:nL1N1:1"),
            QStringLiteral("VODAFONE TO SELL STAKE IN INDUS TOWERS"), 1);
        Event e;
        QString href;
        QString error;
        QCOMPARE(parser.parse(json, QStringLiteral("sqs-1"), 42, e, href, error), AlertMessageParser::Result::Event);
        QCOMPARE(e.feed, QStringLiteral("alerts"));
        QCOMPARE(e.kind, QStringLiteral("alert.headline"));
        QCOMPARE(e.key, QStringLiteral("urn:newsml:reuters.com:20260302:nL1N1:1"));
        QCOMPARE(e.titleText(), QStringLiteral("VODAFONE TO SELL STAKE IN INDUS TOWERS"));
        QCOMPARE(e.urgency, 1);
        QCOMPARE(e.language, QStringLiteral("en"));
        QCOMPARE(e.source, QStringLiteral("NS:RTRS"));
        // The subjects' codes in order, then the language and provider in the one tag convention of every feed.
        QCOMPARE(e.tags,
            (QStringList {QStringLiteral("R:VOD.L"), QStringLiteral("P:4295895001"), QStringLiteral("N2:TEL"),
                QStringLiteral("lang:en"), QStringLiteral("provider:NS:RTRS")}));
        QCOMPARE(e.timeMs, parseIsoUtcMs("2026-03-02T10:00:01.500Z"));
        QCOMPARE(e.receivedMs, 42);
        QVERIFY(e.body.isEmpty());
        const QJsonObject attrs = QJsonDocument::fromJson(e.attrs).object();
        QCOMPARE(attrs.value(QStringLiteral("sqsMessageId")).toString(), QStringLiteral("sqs-1"));
        QCOMPARE(attrs.value(QStringLiteral("alert")).toObject().value(QStringLiteral("subscriptionID")).toString(),
            QStringLiteral("d61b1c7c"));
    }

    void storyKeepsItsBody()
    {
        AlertMessageParser parser(QStringLiteral("alerts"), true);
        QByteArray json = test::alertJson(QStringLiteral("id-2"), QStringLiteral("Rates on hold"), 3,
            QStringLiteral("de"), QStringLiteral("Die Zentralbank beließ die Zinsen unverändert."));
        Event e;
        QString href;
        QString error;
        QCOMPARE(parser.parse(json, QStringLiteral("sqs-2"), 0, e, href, error), AlertMessageParser::Result::Event);
        QCOMPARE(e.kind, QStringLiteral("alert.story"));
        QCOMPARE(e.bodyText(), QStringLiteral("Die Zentralbank beließ die Zinsen unverändert."));
        QCOMPARE(e.language, QStringLiteral("de"));
    }

    void kindFollowsTheSubscriptionNotTheCodesInside()
    {
        // A research item class or a body inside a headlines subscription's alert does not make it research or a
        // story, and a bodiless alert of a stories subscription is still a story.
        AlertMessageParser headlines(QStringLiteral("alerts"), false);
        QByteArray json = test::alertJson(QStringLiteral("id-3"), QStringLiteral("Initiation of coverage"), 3,
            QStringLiteral("en"), QStringLiteral("A body"), QStringLiteral("ninat:research"));
        Event e;
        QString href;
        QString error;
        QCOMPARE(headlines.parse(json, QStringLiteral("sqs-3"), 0, e, href, error), AlertMessageParser::Result::Event);
        QCOMPARE(e.kind, QStringLiteral("alert.headline"));
        AlertMessageParser stories(QStringLiteral("alerts"), true);
        json = test::alertJson(QStringLiteral("id-4"), QStringLiteral("Rates on hold"), 3);
        QCOMPARE(stories.parse(json, QStringLiteral("sqs-4"), 0, e, href, error), AlertMessageParser::Result::Event);
        QCOMPARE(e.kind, QStringLiteral("alert.story"));
    }

    void claimCheckStubIsRecognised()
    {
        AlertMessageParser parser(QStringLiteral("alerts"), false);
        QByteArray json
            = R"({"href":"https://api.refinitiv.com/message-services/v1/cfs/messages/77","subscriptionID":"s"})";
        Event e;
        QString href;
        QString error;
        QCOMPARE(
            parser.parse(json, QStringLiteral("sqs-4"), 0, e, href, error), AlertMessageParser::Result::ClaimCheck);
        QCOMPARE(href, QStringLiteral("https://api.refinitiv.com/message-services/v1/cfs/messages/77"));
    }

    void keyFallsBackToGuidThenMessageId()
    {
        AlertMessageParser parser(QStringLiteral("alerts"), false);
        QByteArray withGuid
            = R"({"payload":{"newsMessage":{"itemSet":{"newsItem":[{"_guid":"g-1","itemMeta":{"title":[{"$":"T"}]}}]}}}})";
        Event e;
        QString href;
        QString error;
        QCOMPARE(parser.parse(withGuid, QStringLiteral("sqs-5"), 0, e, href, error), AlertMessageParser::Result::Event);
        QCOMPARE(e.key, QStringLiteral("g-1"));
        QCOMPARE(e.titleText(), QStringLiteral("T"));
        QByteArray bare = R"({"payload":{"newsMessage":{"itemSet":{"newsItem":[{}]}}}})";
        QCOMPARE(parser.parse(bare, QStringLiteral("sqs-6"), 0, e, href, error), AlertMessageParser::Result::Event);
        QCOMPARE(e.key, QStringLiteral("sqs-6"));
        QCOMPARE(e.urgency, -1);
    }

    void multiLineAlertStaysOneJsonLine()
    {
        AlertMessageParser parser(QStringLiteral("alerts"), false);
        QByteArray json = QJsonDocument::fromJson(test::alertJson(QStringLiteral("id-7"), QStringLiteral("H")))
                              .toJson(QJsonDocument::Indented);
        QVERIFY(json.contains('\n'));
        Event e;
        QString href;
        QString error;
        QCOMPARE(parser.parse(json, QStringLiteral("sqs-7"), 0, e, href, error), AlertMessageParser::Result::Event);
        QVERIFY(!e.toJsonLine().contains('\n'));
        QVERIFY(QJsonDocument::fromJson(e.attrs).isObject());
    }

    void malformedAndForeignJsonAreErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mention");
        QTest::newRow("truncated") << QByteArray(R"({"payload":{"newsMessage":)") << "malformed";
        QTest::newRow("array") << QByteArray("[1]") << "not an object";
        QTest::newRow("reference vector")
            << QByteArray(R"({"sourceTimestamp":"2024-01-01T00:00:00.000Z","payload":{}})") << "neither";
        QTest::newRow("empty") << QByteArray() << "malformed";
    }

    void malformedAndForeignJsonAreErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mention);
        AlertMessageParser parser(QStringLiteral("alerts"), false);
        Event e;
        QString href;
        QString error;
        QCOMPARE(parser.parse(json, QStringLiteral("x"), 0, e, href, error), AlertMessageParser::Result::Error);
        QVERIFY2(error.contains(mention), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAlertMessageParser)
#include "tst_alert_message_parser.moc"
