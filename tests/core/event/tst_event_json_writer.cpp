// The Event's JSON Lines bytes must not change when the writer gets faster: every case here compares the writer's
// output with the serialiser it replaced (kept below, verbatim in behaviour, as the oracle).
#include "collecting_output.h"
#include "event/event_json_writer.h"
#include "event/json_writer.h"
#include "feeds/mrn/mrn_frame_decoder.h"
#include "mrn_vectors.h"

#include <QDateTime>
#include <QTest>

using namespace sb;

namespace {

// --- The oracle: Event::toJsonLine() and JsonWriter::appendEscaped() as they were before EventJsonWriter. ---

void oracleEscaped(QByteArray &out, const char *utf8, qsizetype size)
{
    static const char hex[] = "0123456789abcdef";
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8 + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            out.append("\\u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
        }
    }
    out.append(utf8 + runStart, size - runStart);
}

void oracleString(QByteArray &out, const QByteArray &utf8)
{
    out.append('"');
    oracleEscaped(out, utf8.constData(), utf8.size());
    out.append('"');
}

QByteArray oracleTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
}

QByteArray oracleLine(const Event &e)
{
    QByteArray out;
    out += "{\"feed\":";
    oracleString(out, e.feed.toUtf8());
    out += ",\"kind\":";
    oracleString(out, e.kind.toUtf8());
    out += ",\"key\":";
    oracleString(out, e.key.toUtf8());
    out += ",\"time\":";
    if (e.timeMs > 0)
        oracleString(out, oracleTime(e.timeMs));
    else
        out += "null";
    out += ",\"received\":";
    oracleString(out, oracleTime(e.receivedMs));
    out += ",\"title\":";
    oracleString(out, e.title);
    out += ",\"body\":";
    oracleString(out, e.body);
    out += ",\"urgency\":";
    out += e.urgency >= 0 ? QByteArray::number(qint64(e.urgency)) : QByteArrayLiteral("null");
    out += ",\"tags\":[";
    for (qsizetype i = 0; i < e.tags.size(); ++i) {
        if (i)
            out += ',';
        oracleString(out, e.tags.at(i).toUtf8());
    }
    out += "],\"attrs\":";
    out += e.attrs.isEmpty() ? QByteArrayLiteral("{}") : e.attrs;
    if (!e.rules.isEmpty()) {
        out += ",\"rules\":[";
        for (qsizetype i = 0; i < e.rules.size(); ++i) {
            if (i)
                out += ',';
            oracleString(out, e.rules.at(i).toUtf8());
        }
        out += ']';
    }
    out += '}';
    return out;
}

// --- Inputs ---

QVector<Event> realMrnEvents()
{
    test::CollectingOutput out;
    MrnFrameDecoder decoder(QStringLiteral("mrn"));
    qint64 received = 1'719'915'218'167;
    for (const test::MrnVector &v : test::realMrnVectors()) {
        for (int i = 0; i < v.fragments.size(); ++i) {
            const QString f = test::frame({test::mrnUpdate(v.guid, v.fragments[i], i + 1, v.totSize, v.mrnSrc)});
            decoder.decode(RawFrame::fromText(f, received++), out);
        }
    }
    return out.events;
}

QByteArray allControlBytes()
{
    QByteArray b;
    for (int c = 0; c < 0x20; ++c)
        b += char(c);
    b += '\x7f';
    b += "\"\\/";
    return b;
}

QString hostileString()
{
    QString s = QString::fromLatin1(allControlBytes());
    s += QChar(0xD800); // lone high surrogate
    s += QLatin1String("x");
    s += QChar(0xDC00); // lone low surrogate
    s += QChar(0x2028);
    s += QChar(0x2029);
    s += QString::fromUcs4(U"\U0001F600\U00010348"); // non-BMP
    s += QStringLiteral("é€");
    s += QChar(0xDBFF); // high surrogate at the very end
    return s;
}

QByteArray hostileBytes()
{
    QByteArray b = allControlBytes();
    b += "\xff\xfe\xc0\xaf\xed\xa0\x80"; // invalid UTF-8: stray bytes, overlong, an encoded surrogate
    b += "\xe2\x80\xa8\xe2\x80\xa9"; // U+2028, U+2029
    b += "\xf0\x9f\x98\x80"; // non-BMP
    b += QStringLiteral("caf\u00e9").toUtf8();
    b += "\xe2\x82"; // truncated sequence at the end
    return b;
}

} // namespace

class TestEventJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realMrnVectorsMatchTheOldSerialiser()
    {
        const QVector<Event> events = realMrnEvents();
        QVERIFY(events.size() >= 3);
        QByteArray batch, expected;
        for (const Event &e : events) {
            QCOMPARE(e.toJsonLine(), oracleLine(e));
            expected += oracleLine(e) + '\n';
        }
        EventJsonWriter::appendLines(batch, events.constData(), events.size());
        QCOMPARE(batch, expected);
    }

    void hostileStrings()
    {
        // What the decoders hand over: QString fields converted by toUtf8() (lone surrogates replaced), byte
        // fields kept as they arrived, invalid UTF-8 included.
        Event e;
        e.feed = hostileString();
        e.kind = QStringLiteral("k\"ind\\");
        e.key = QString::fromUtf8(hostileBytes()); // invalid UTF-8 replaced by U+FFFD, as fromUtf8 does
        e.timeMs = 1;
        e.receivedMs = 0;
        e.title = hostileBytes();
        e.body = hostileString().toUtf8() + hostileBytes();
        e.urgency = 0;
        e.tags = {hostileString(), QString(), QStringLiteral("ascii"), QString::fromUtf8(hostileBytes())};
        e.attrs = R"({"a":"\u2028"})";
        QCOMPARE(e.toJsonLine(), oracleLine(e));
        e.rules = {hostileString(), QStringLiteral("Saudi oil"), QString::fromUtf8(hostileBytes())};
        QCOMPARE(e.toJsonLine(), oracleLine(e));

        // Every byte value alone, in a byte field and as a QString code unit.
        for (int c = 0; c < 0x100; ++c) {
            Event one;
            one.title = QByteArray(1, char(c));
            one.feed = QString(QChar(c));
            one.tags = {QString(QChar(0xD800 + c))};
            QCOMPARE(one.toJsonLine(), oracleLine(one));
        }
    }

    void emptyAndNullFields()
    {
        Event e;
        QCOMPARE(e.toJsonLine(), oracleLine(e));
        e.urgency = 3;
        e.timeMs = -1;
        e.tags = QStringList {QString()};
        QCOMPARE(e.toJsonLine(), oracleLine(e));
    }

    void numbersAndTimes_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<int>("urgency");
        QTest::newRow("epoch") << qint64(0) << 0;
        QTest::newRow("one ms") << qint64(1) << 1;
        QTest::newRow("leap day 2024") << qint64(1'709'164'800'123) << 9;
        QTest::newRow("1900-03-01 is far past") << qint64(-2'203'891'200'000) << 10;
        QTest::newRow("before the epoch") << qint64(-1) << 99;
        QTest::newRow("2000-02-29 end") << qint64(951'868'799'999) << 123456;
        QTest::newRow("9999-12-31 last ms") << qint64(253'402'300'799'999) << 2'147'483'647;
        QTest::newRow("year 10000") << qint64(253'402'300'800'000) << 5;
        QTest::newRow("far future") << qint64(9'000'000'000'000'000) << 5;
    }

    void numbersAndTimes()
    {
        QFETCH(qint64, ms);
        QFETCH(int, urgency);
        Event e;
        e.timeMs = ms;
        e.receivedMs = ms;
        e.urgency = urgency;
        QCOMPARE(e.toJsonLine(), oracleLine(e));
    }

    void everyDayOfFourCenturies()
    {
        // One time per day, at a different time of day each, from 1970 to 2370: the calendar arithmetic against Qt's.
        QByteArray line;
        for (qint64 day = 0; day < 146'097; ++day) {
            Event e;
            e.receivedMs = day * 86'400'000 + (day * 7'777'777) % 86'400'000;
            line.clear();
            EventJsonWriter::append(line, e);
            if (line != oracleLine(e))
                QFAIL(qPrintable(QStringLiteral("day %1: %2").arg(day).arg(QString::fromUtf8(line))));
        }
    }

    void appendsAfterWhatTheBufferHolds()
    {
        Event e;
        e.title = "t\n";
        QByteArray out = "prefix|";
        EventJsonWriter::append(out, e);
        QCOMPARE(out, "prefix|" + oracleLine(e));
        EventJsonWriter::appendLines(out, &e, 1);
        QCOMPARE(out, "prefix|" + oracleLine(e) + oracleLine(e) + '\n');
    }

    void everyByteAtEveryOffsetOfALongRun()
    {
        // The escaper scans clean runs a word at a time: each byte value, at each position around word boundaries.
        for (int c = 0; c < 0x100; ++c) {
            for (int at = 0; at < 40; ++at) {
                Event e;
                e.body = QByteArray(40, 'a');
                e.body[at] = char(c);
                e.title = e.body + e.body.left(at);
                if (e.toJsonLine() != oracleLine(e))
                    QFAIL(qPrintable(QStringLiteral("byte %1 at %2").arg(c).arg(at)));
            }
        }
    }

    void jsonWriterEscapesAsBefore()
    {
        // JsonWriter (FeedError lines, the store) shares the escaper; a long value crosses its slice boundary.
        QByteArray input = hostileBytes();
        while (input.size() < 20'000)
            input += hostileBytes() + QByteArray(1000, 'a');
        QByteArray expected = "x", actual = "x";
        oracleEscaped(expected, input.constData(), input.size());
        JsonWriter::appendEscaped(actual, input.constData(), input.size());
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestEventJsonWriter)
#include "tst_event_json_writer.moc"
