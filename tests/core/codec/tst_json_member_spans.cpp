#include "codec/json_member_spans.h"
#include "event/source_json.h"

#include <QTest>

#include <simdjson.h>

using namespace sb;

namespace {

// The span of `key` as JsonMemberSpans finds it after a parse, as "begin,end", or "-".
QString spanOf(simdjson::dom::parser &parser, const QByteArray &json, std::string_view key)
{
    simdjson::padded_string padded(json.constData(), std::size_t(json.size()));
    simdjson::dom::element root;
    if (parser.parse(padded).get(root))
        qFatal("test JSON does not parse: %s", json.constData());
    JsonMemberSpans::Span span;
    JsonMemberSpans::locate(parser, std::string_view(json.constData(), std::size_t(json.size())), &key, &span, 1);
    return span.found ? QStringLiteral("%1,%2").arg(span.begin).arg(span.end) : QStringLiteral("-");
}

// The same from the text alone, by the scanner that SourceJson uses.
QString scannedSpanOf(const QByteArray &json, std::string_view key)
{
    const SourceJson::Span s
        = SourceJson::locate(json, QByteArray(QByteArray("/") + QByteArray(key.data(), qsizetype(key.size()))));
    return s.found() ? QStringLiteral("%1,%2").arg(s.begin).arg(s.end) : QStringLiteral("-");
}

} // namespace

class TestJsonMemberSpans : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agreesWithTheTextScanner_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("compact") << QByteArray("{\"a\":1,\"body\":\"text\",\"subjects\":[\"A\",\"B\"],\"z\":null}");
        QTest::newRow("spaces") << QByteArray("{ \"body\" : \"x\" ,\t\"subjects\" : [ \"A\" , \"B\" ] , \"n\" : 12 }");
        QTest::newRow("nested first") << QByteArray(
            "{\"meta\":{\"body\":\"inner\",\"subjects\":[\"Z\"]},\"body\":\"outer\"}");
        QTest::newRow("escaped quotes") << QByteArray(
            "{\"t\":\"a \\\"body\\\": \\\\\",\"body\":\"q \\\" \\\\\\\" ] } , :\",\"subjects\":[[\"x\"],{\"y\":[1]}]}");
        QTest::newRow("duplicate keys") << QByteArray("{\"body\":\"first\",\"body\":\"second\"}");
        QTest::newRow("escaped key") << QByteArray("{\"b\\u006fdy\":\"escaped\",\"body\":\"plain\"}");
        QTest::newRow("object value") << QByteArray("{\"body\":{\"x\":[1,2,{\"y\":\"}\"}]},\"subjects\":\"A\"}");
        QTest::newRow("scalars") << QByteArray("{\"body\":true,\"subjects\":-1.5e3}");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("absent") << QByteArray("{\"headline\":\"h\"}");
        QTest::newRow("array root") << QByteArray("[{\"body\":\"x\"}]");
        QTest::newRow("prefix key") << QByteArray("{\"bodyText\":\"x\",\"bod\":\"y\",\"body\":\"z\"}");
    }
    void agreesWithTheTextScanner()
    {
        QFETCH(QByteArray, json);
        simdjson::dom::parser parser;
        for (std::string_view key : {std::string_view("body"), std::string_view("subjects")})
            QCOMPARE(spanOf(parser, json, key), json.startsWith('{') ? scannedSpanOf(json, key) : QStringLiteral("-"));
    }

    void severalKeysInOneWalk()
    {
        const QByteArray json = "{\"subjects\":[\"A\"],\"x\":{\"body\":\"no\"},\"body\":\"yes\"}";
        simdjson::dom::parser parser;
        simdjson::padded_string padded(json.constData(), std::size_t(json.size()));
        QVERIFY(!parser.parse(padded).error());
        const std::string_view keys[2] = {"body", "subjects"};
        JsonMemberSpans::Span spans[2];
        JsonMemberSpans::locate(parser, std::string_view(json.constData(), std::size_t(json.size())), keys, spans, 2);
        QVERIFY(spans[0].found && spans[1].found);
        QCOMPARE(json.mid(qsizetype(spans[0].begin), qsizetype(spans[0].end - spans[0].begin)), QByteArray("\"yes\""));
        QCOMPARE(json.mid(qsizetype(spans[1].begin), qsizetype(spans[1].end - spans[1].begin)), QByteArray("[\"A\"]"));
    }
};

QTEST_APPLESS_MAIN(TestJsonMemberSpans)
#include "tst_json_member_spans.moc"
