// The OPERA decoder: next → hotel.event Event with title, body, hotel, attrs; offsets acknowledged after their events;
// duplicates by uniqueEventId dropped across reconnects; protocol messages handed back; bad input as FeedErrors.
#include "feeds/opera/opera_event_decoder.h"
#include "feeds/opera/opera_progress.h"
#include "net/graphqlws/graphql_ws_message.h"
#include "net/graphqlws/graphql_ws_protocol_error.h"

#include "collecting_output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sb;

namespace {

using Collect = test::CollectingOutput;

QString next(
    int offset, const QString &unique, const QJsonValue &timestamp = QStringLiteral("2026-11-22T12:00:00.000Z"))
{
    QJsonObject d;
    d.insert(QStringLiteral("elementName"), QStringLiteral("RoomNumber"));
    d.insert(QStringLiteral("oldValue"), QString());
    d.insert(QStringLiteral("newValue"), QStringLiteral("412"));
    QJsonObject metadata;
    metadata.insert(QStringLiteral("offset"), QString::number(offset));
    metadata.insert(QStringLiteral("uniqueEventId"), unique);
    QJsonObject ev;
    ev.insert(QStringLiteral("metadata"), metadata);
    ev.insert(QStringLiteral("moduleName"), QStringLiteral("FrontDesk"));
    ev.insert(QStringLiteral("eventName"), QStringLiteral("CHECK IN"));
    ev.insert(QStringLiteral("primaryKey"), QStringLiteral("81234567"));
    ev.insert(QStringLiteral("hotelId"), QStringLiteral("SBHCLON"));
    ev.insert(QStringLiteral("timestamp"), timestamp);
    ev.insert(QStringLiteral("detail"), QJsonArray {d});
    QJsonObject data;
    data.insert(QStringLiteral("newEvent"), ev);
    QJsonObject payload;
    payload.insert(QStringLiteral("data"), data);
    return QString::fromUtf8(GraphqlWsMessage {GraphqlWsMessage::Type::Next, QStringLiteral("s1"), payload}.toJson());
}

RawFrame frame(const QString &text)
{
    return RawFrame::fromText(text, 1795000000000);
}

} // namespace

class TstOperaEventDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nextBecomesHotelEvent()
    {
        OperaEventDecoder::Options options;
        options.chainCode = QStringLiteral("SBHC");
        OperaEventDecoder decoder(QStringLiteral("opera"), options);
        Collect out;
        decoder.decode(frame(next(193, QStringLiteral("u-193"))), out);
        QCOMPARE(out.events.size(), 1);
        const Event &e = out.events.first();
        QCOMPARE(e.feed, QStringLiteral("opera"));
        QCOMPARE(e.kind, QStringLiteral("hotel.event"));
        QCOMPARE(e.key, QStringLiteral("u-193"));
        QCOMPARE(e.titleText(), QStringLiteral("FrontDesk · CHECK IN · 81234567"));
        QCOMPARE(e.bodyText(), QStringLiteral("RoomNumber:  → 412"));
        QCOMPARE(e.source, QStringLiteral("SBHCLON"));
        // One tag convention: OHIP's names as they come (the event name keeps its space), the chain subscribed to.
        QCOMPARE(e.tags,
            (QStringList {QStringLiteral("module:FrontDesk"), QStringLiteral("action:CHECK IN"),
                QStringLiteral("chain:SBHC"), QStringLiteral("hotel:SBHCLON"), QStringLiteral("offset:193"),
                QStringLiteral("room:412")}));
        QCOMPARE(e.timeMs, qint64(1795348800000)); // 2026-11-22T12:00:00Z
        const QJsonObject attrs = QJsonDocument::fromJson(e.attrs).object();
        QCOMPARE(attrs.value(QStringLiteral("primaryKey")).toString(), QStringLiteral("81234567"));
        // The offset is an acknowledgement after its event, never a control message that could run ahead of it.
        QCOMPARE(out.controls.size(), 0);
        QCOMPARE(out.acks.size(), 1);
        QCOMPARE(out.acks.first().afterEvents, 1);
        QCOMPARE(out.acks.first().token.value<OperaProgress>().offset, qint64(193));
        QVERIFY(out.errors.isEmpty());
    }

    // The pane's Room and Guest columns come from detail elements (or a housekeeping event's primary key), decoded
    // here so the GUI thread parses no JSON for them.
    void roomAndGuestRideInTheTags()
    {
        auto element = [](const QString &name, const QString &oldValue, const QString &newValue) {
            QJsonObject d;
            d.insert(QStringLiteral("elementName"), name);
            d.insert(QStringLiteral("oldValue"), oldValue);
            d.insert(QStringLiteral("newValue"), newValue);
            return d;
        };
        auto event = [](int offset, const QString &module, const QString &key, const QJsonArray &detail) {
            QJsonObject metadata;
            metadata.insert(QStringLiteral("offset"), QString::number(offset));
            metadata.insert(QStringLiteral("uniqueEventId"), QStringLiteral("u-%1").arg(offset));
            QJsonObject ev;
            ev.insert(QStringLiteral("metadata"), metadata);
            ev.insert(QStringLiteral("moduleName"), module);
            ev.insert(QStringLiteral("eventName"), QStringLiteral("X"));
            ev.insert(QStringLiteral("primaryKey"), key);
            ev.insert(QStringLiteral("detail"), detail);
            QJsonObject data;
            data.insert(QStringLiteral("newEvent"), ev);
            QJsonObject payload;
            payload.insert(QStringLiteral("data"), data);
            return frame(QString::fromUtf8(
                GraphqlWsMessage {GraphqlWsMessage::Type::Next, QStringLiteral("s1"), payload}.toJson()));
        };
        OperaEventDecoder decoder(QStringLiteral("opera"));
        Collect out;
        decoder.decode(event(1, QStringLiteral("Reservation"), QStringLiteral("5001"),
                           {element(QStringLiteral("GuestName"), QString(), QStringLiteral("Okafor, Ada"))}),
            out);
        decoder.decode(event(2, QStringLiteral("Housekeeping"), QStringLiteral("305"),
                           {element(QStringLiteral("RoomStatus"), QStringLiteral("DIRTY"), QStringLiteral("CLEAN"))}),
            out);
        decoder.decode(event(3, QStringLiteral("Profile"), QStringLiteral("77"),
                           {element(QStringLiteral("LastName"), QString(), QStringLiteral("Novak")),
                               element(QStringLiteral("FirstName"), QString(), QStringLiteral("Iva"))}),
            out);
        decoder.decode(event(4, QStringLiteral("FrontDesk"), QStringLiteral("5001"),
                           {element(QStringLiteral("RoomNumber"), QStringLiteral("212"), QString())}),
            out);
        QCOMPARE(out.events.size(), 4);
        QCOMPARE(out.events.at(0).tags.mid(3), QStringList {QStringLiteral("guest:Okafor, Ada")});
        QCOMPARE(out.events.at(1).tags.mid(3), QStringList {QStringLiteral("room:305")});
        QCOMPARE(out.events.at(2).tags.mid(3), QStringList {QStringLiteral("guest:Novak, Iva")});
        QCOMPARE(out.events.at(3).tags.mid(3), QStringList {QStringLiteral("room:212")}); // the room vacated
    }

    // A numeric timestamp is milliseconds since the epoch. One that no qint64 holds is no time: the event keeps its
    // receive time. (A plain cast of these was undefined behaviour; the UBSan build stops on it.)
    void hostileNumericTimestamps_data()
    {
        QTest::addColumn<double>("timestamp");
        QTest::addColumn<qint64>("timeMs");
        QTest::newRow("1e300") << 1e300 << qint64(1795000000000);
        QTest::newRow("-1e300") << -1e300 << qint64(1795000000000);
        QTest::newRow("9.3e18") << 9.3e18 << qint64(1795000000000);
        QTest::newRow("-9.3e18") << -9.3e18 << qint64(1795000000000);
        QTest::newRow("1.5") << 1.5 << qint64(1);
        QTest::newRow("ms") << 1795348800000.0 << qint64(1795348800000);
    }
    void hostileNumericTimestamps()
    {
        QFETCH(double, timestamp);
        QFETCH(qint64, timeMs);
        OperaEventDecoder decoder(QStringLiteral("opera"));
        Collect out;
        const QString text = next(7, QStringLiteral("u-7"), timestamp);
        QVERIFY(QJsonDocument::fromJson(text.toUtf8()).isObject());
        decoder.decode(frame(text), out);
        QCOMPARE(out.events.size(), 1);
        QCOMPARE(out.events.first().timeMs, timeMs);
        QVERIFY(!out.events.first().toJsonLine().isEmpty());
        QVERIFY(out.errors.isEmpty());
    }

    void theOffsetRidesWithItsEventsAsStateAndNeverGoesBack()
    {
        OperaEventDecoder::Options o;
        o.offsetStateKey = QStringLiteral("offset:SBHC");
        OperaEventDecoder decoder(QStringLiteral("opera"), o);
        Collect out;
        decoder.decode(frame(next(5, QStringLiteral("e"))), out);
        decoder.decode(frame(next(6, QStringLiteral("f"))), out);
        decoder.decode(frame(next(5, QStringLiteral("e"))), out); // a duplicate from before a resubscribe
        QCOMPARE(out.acks.size(), 3);
        QCOMPARE(out.acks.at(0).stateKey, QStringLiteral("offset:SBHC"));
        QCOMPARE(out.acks.at(0).stateValue, QStringLiteral("5"));
        QCOMPARE(out.acks.at(1).stateValue, QStringLiteral("6"));
        QVERIFY(out.acks.at(2).stateKey.isEmpty());
    }

    void forgetFrameMakesUnstoredEventsNewAgain()
    {
        OperaEventDecoder decoder(QStringLiteral("opera"));
        Collect out;
        decoder.decode(frame(next(1, QStringLiteral("a"))), out);
        decoder.decode(frame(next(2, QStringLiteral("b"))), out);
        decoder.decode(frame(next(3, QStringLiteral("c"))), out);
        QCOMPARE(OperaForgetFrame::read(OperaForgetFrame::after(1, 0)), qint64(1));
        QCOMPARE(OperaForgetFrame::read(RawFrame::fromBinary("1", 0)), qint64(-1)); // a socket's binary frame
        decoder.decode(OperaForgetFrame::after(1, 0), out);
        QCOMPARE(out.events.size(), 3);
        QVERIFY(out.errors.isEmpty());
        // Fetched again after the sink failed: 1 was stored and stays a duplicate, 2 and 3 are new again.
        decoder.decode(frame(next(1, QStringLiteral("a"))), out);
        decoder.decode(frame(next(2, QStringLiteral("b"))), out);
        decoder.decode(frame(next(3, QStringLiteral("c"))), out);
        QCOMPARE(out.duplicates, 1);
        QCOMPARE(out.events.size(), 5);
    }

    void progressNamesItsConnection()
    {
        OperaEventDecoder decoder(QStringLiteral("opera"));
        Collect out;
        decoder.reset();
        decoder.decode(frame(next(1, QStringLiteral("a"))), out);
        decoder.reset();
        decoder.decode(frame(next(2, QStringLiteral("b"))), out);
        QCOMPARE(out.acks.at(0).token.value<OperaProgress>().connection, quint64(1));
        QCOMPARE(out.acks.at(1).token.value<OperaProgress>().connection, quint64(2));
    }

    void dropsDuplicatesButReportsTheirOffset()
    {
        OperaEventDecoder decoder(QStringLiteral("opera"));
        Collect out;
        decoder.decode(frame(next(1, QStringLiteral("a"))), out);
        decoder.reset(); // a reconnect does not forget what was seen
        decoder.decode(frame(next(1, QStringLiteral("a"))), out);
        decoder.decode(frame(next(2, QStringLiteral("b"))), out);
        QCOMPARE(out.events.size(), 2);
        QCOMPARE(out.duplicates, 1);
        QCOMPARE(out.acks.size(), 3);
    }

    void dedupeWindowIsBounded()
    {
        OperaEventDecoder::Options o;
        o.dedupeWindow = 2;
        OperaEventDecoder decoder(QStringLiteral("opera"), o);
        Collect out;
        for (const char *id : {"a", "b", "c", "a"})
            decoder.decode(frame(next(1, QLatin1String(id))), out);
        QCOMPARE(out.events.size(), 4); // "a" fell out of the window
    }

    void protocolMessagesGoBackToTheSession()
    {
        OperaEventDecoder decoder(QStringLiteral("opera"));
        Collect out;
        decoder.decode(frame(QStringLiteral("{\"type\":\"ping\"}")), out);
        decoder.decode(frame(QStringLiteral("{\"type\":\"connection_ack\"}")), out);
        decoder.decode(frame(QStringLiteral("{\"id\":\"s1\",\"type\":\"complete\"}")), out);
        QCOMPARE(out.controls.size(), 3);
        QCOMPARE(int(out.controls.at(0).value<GraphqlWsMessage>().type), int(GraphqlWsMessage::Type::Ping));
        QCOMPARE(int(out.controls.at(2).value<GraphqlWsMessage>().type), int(GraphqlWsMessage::Type::Complete));
        QVERIFY(out.events.isEmpty());
    }

    void badInputBecomesErrors()
    {
        OperaEventDecoder decoder(QStringLiteral("opera"));
        Collect out;
        decoder.decode(frame(QStringLiteral("not json")), out);
        QCOMPARE(out.errors.size(), 1);
        QCOMPARE(out.errors.first().code, QStringLiteral("bad_message"));
        QVERIFY(out.controls.first().canConvert<GraphqlWsProtocolError>());
        decoder.decode(
            frame(QStringLiteral("{\"id\":\"s\",\"type\":\"next\",\"payload\":{\"errors\":[{\"message\":\"x\"}]}}")),
            out);
        QCOMPARE(out.errors.last().code, QStringLiteral("graphql_error"));
        decoder.decode(frame(QStringLiteral("{\"id\":\"s\",\"type\":\"next\",\"payload\":{\"data\":{\"newEvent\":{"
                                            "\"metadata\":{\"offset\":\"9\"}}}}}")),
            out);
        QCOMPARE(out.errors.last().code, QStringLiteral("bad_event"));
        QCOMPARE(out.acks.last().token.value<OperaProgress>().offset, qint64(9)); // a poison event is not replayed
        OperaEventDecoder::Options small;
        small.maxMessageBytes = 50;
        OperaEventDecoder bounded(QStringLiteral("opera"), small);
        bounded.decode(frame(next(1, QStringLiteral("a"))), out);
        QCOMPARE(out.errors.last().code, QStringLiteral("bad_message"));
        QVERIFY(out.events.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstOperaEventDecoder)
#include "tst_opera_event_decoder.moc"
