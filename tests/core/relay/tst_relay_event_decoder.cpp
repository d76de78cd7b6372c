#include "event/event_json_writer.h"
#include "relay/relay_event_decoder.h"

#include <QTest>

using namespace sb;

namespace {

// What the decoder emitted, in order: "event:<feed>/<key>", "error:<code>", "ack:<sequence>", "status:<feed>=<state>".
class Recorder : public DecodeOutput
{
public:
    void event(Event &&e) override { log << QStringLiteral("event:%1/%2").arg(e.feed, e.key); }
    void error(FeedError &&e) override
    {
        log << QStringLiteral("error:") + e.code;
        errors << e;
    }
    void control(QVariant &&m) override
    {
        const RelayedFeedStatus s = m.value<RelayedFeedStatus>();
        log << QStringLiteral("status:%1=%2").arg(s.feed, s.state);
    }
    void acknowledge(QVariant &&token, const QString &, const QString &) override
    {
        log << QStringLiteral("ack:%1").arg(token.toULongLong());
    }
    QStringList log;
    QList<FeedError> errors;
};

RawFrame message(quint64 sequence, const QByteArray &subject, const QByteArray &data)
{
    RawFrame f = RawFrame::fromBinary(data, 1764000000000);
    f.text = RelayEventDecoder::context(sequence, subject);
    return f;
}

QByteArray line(const QString &feed, const QString &key)
{
    Event e;
    e.feed = feed;
    e.kind = QStringLiteral("hotel.event");
    e.key = key;
    e.receivedMs = 1764000000000;
    QByteArray out;
    EventJsonWriter::append(out, e);
    return out;
}

} // namespace

class TestRelayEventDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachMessageIsAcknowledgedAfterWhatItCarries()
    {
        RelayEventDecoder decoder(QStringLiteral("team"), {QStringLiteral("opera")});
        Recorder out;
        decoder.decode(message(1, "sb.opera.hotel.event", line(QStringLiteral("opera"), QStringLiteral("a"))), out);
        decoder.decode(message(2, "sb.doors.door.entry", line(QStringLiteral("doors"), QStringLiteral("b"))), out);
        decoder.decode(message(3, "sb.opera.hotel.event", "{not json"), out);
        decoder.decode(
            message(4, "sb.status.opera", R"({"type":"state","feed":"opera","state":"Live","text":""})"), out);
        decoder.decode(
            message(5, "sb.status.doors", R"({"type":"state","feed":"doors","state":"Live","text":""})"), out);
        decoder.decode(message(6, "sb.opera.hotel.event", line(QStringLiteral("opera"), QStringLiteral("c"))), out);
        QCOMPARE(out.log,
            (QStringList {QStringLiteral("event:opera/a"), QStringLiteral("ack:1"), QStringLiteral("ack:2"),
                QStringLiteral("error:relay_bad_message"), QStringLiteral("ack:3"), QStringLiteral("status:opera=Live"),
                QStringLiteral("ack:4"), QStringLiteral("ack:5"), QStringLiteral("event:opera/c"),
                QStringLiteral("ack:6")}));
        QCOMPARE(out.errors.first().feed, QStringLiteral("team"));
        QVERIFY(out.errors.first().message.contains(QLatin1String("relayed message 3 on sb.opera.hotel.event")));
    }

    void everyFeedWhenNoneIsNamed()
    {
        RelayEventDecoder decoder(QStringLiteral("team"), {});
        Recorder out;
        decoder.decode(message(7, "sb.doors.door.entry", line(QStringLiteral("doors"), QStringLiteral("b"))), out);
        decoder.decode(message(8, "sb.status.doors", R"({"type":"error","feed":"doors","message":"403"})"), out);
        decoder.decode(message(9, "sb.status.doors", "[]"), out);
        QCOMPARE(out.log,
            (QStringList {QStringLiteral("event:doors/b"), QStringLiteral("ack:7"),
                QStringLiteral("status:doors=Error"), QStringLiteral("ack:8"),
                QStringLiteral("error:relay_bad_message"), QStringLiteral("ack:9")}));
    }
};

QTEST_GUILESS_MAIN(TestRelayEventDecoder)
#include "tst_relay_event_decoder.moc"
