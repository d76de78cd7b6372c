#include "codec/event_json_reader.h"
#include "event/event_json_writer.h"

#include "news_story_event.h"

#include <QTest>

using namespace sb;

class TestEventJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBackWhatTheWriterWrote()
    {
        Event e = test::newsStoryEvent();
        e.title = "Say \"hello\" — Okafor";
        e.body = "line\nnext\t\\";
        e.attrs = "{\"z\":1,\"a\":{\"b\":[1,2,\"x\"]},\"m\":\"é\"}";
        e.rules = QStringList {QStringLiteral("VIP")};
        QByteArray line;
        EventJsonWriter::append(line, e);

        EventJsonReader reader;
        Event back;
        QString error;
        QVERIFY2(reader.read(line, back, error), qPrintable(error));
        QCOMPARE(back.feed, e.feed);
        QCOMPARE(back.kind, e.kind);
        QCOMPARE(back.key, e.key);
        QCOMPARE(back.timeMs, e.timeMs);
        QCOMPARE(back.receivedMs, e.receivedMs);
        QCOMPARE(back.title, e.title);
        QCOMPARE(back.body, e.body);
        QCOMPARE(back.urgency, 3);
        QCOMPARE(back.tags, e.tags);
        QCOMPARE(back.attrs, e.attrs); // byte for byte, member order kept
        QCOMPARE(back.rules, e.rules);
        QCOMPARE(back.language, QStringLiteral("en"));
        QCOMPARE(back.source, QStringLiteral("NS:RTRS"));
        QByteArray again;
        EventJsonWriter::append(again, back);
        QCOMPARE(again, line);
    }

    void nullsAndEmptiesRoundTrip()
    {
        Event e;
        e.feed = QStringLiteral("news");
        e.kind = QStringLiteral("news.story");
        e.receivedMs = 1764000000000;
        QByteArray line;
        EventJsonWriter::append(line, e);
        EventJsonReader reader;
        Event back;
        QString error;
        QVERIFY2(reader.read(line, back, error), qPrintable(error));
        QCOMPARE(back.timeMs, 0);
        QCOMPARE(back.urgency, -1);
        QVERIFY(back.attrs.isEmpty());
        QByteArray again;
        EventJsonWriter::append(again, back);
        QCOMPARE(again, line);
    }

    void refusesMalformedLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("truncated") << QByteArray("{\"feed\":\"a\",\"kind\":") << QStringLiteral("not a JSON object");
        QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("not a JSON object");
        QTest::newRow("no feed") << QByteArray("{\"kind\":\"k\",\"key\":\"x\"}")
                                 << QStringLiteral("\"feed\" is missing");
        QTest::newRow("feed number") << QByteArray("{\"feed\":1,\"kind\":\"k\",\"key\":\"x\"}")
                                     << QStringLiteral("\"feed\" must be a string");
        QTest::newRow("bad time") << QByteArray("{\"feed\":\"f\",\"kind\":\"k\",\"key\":\"x\",\"time\":\"yesterday\"}")
                                  << QStringLiteral("ISO 8601");
        QTest::newRow("tags not strings")
            << QByteArray("{\"feed\":\"f\",\"kind\":\"k\",\"key\":\"x\",\"tags\":[1]}") << QStringLiteral("\"tags\"");
        QTest::newRow("urgency text") << QByteArray("{\"feed\":\"f\",\"kind\":\"k\",\"key\":\"x\",\"urgency\":\"1\"}")
                                      << QStringLiteral("\"urgency\"");
        QTest::newRow("attrs array") << QByteArray("{\"feed\":\"f\",\"kind\":\"k\",\"key\":\"x\",\"attrs\":[]}")
                                     << QStringLiteral("\"attrs\"");
    }
    void refusesMalformedLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, says);
        EventJsonReader reader;
        Event out;
        QString error;
        QVERIFY(!reader.read(line, out, error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void refusesALineOverItsBound()
    {
        EventJsonReader reader(64);
        Event out;
        QString error;
        const QByteArray line = "{\"feed\":\"f\",\"kind\":\"k\",\"key\":\"" + QByteArray(100, 'x') + "\"}";
        QVERIFY(!reader.read(line, out, error));
        QVERIFY2(error.contains(QLatin1String("over the limit")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEventJsonReader)
#include "tst_event_json_reader.moc"
