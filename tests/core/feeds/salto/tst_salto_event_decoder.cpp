// The Salto decoder: ReceiveMessage string and object arguments → door.entry / door.incident Events with the raw
// JSON in attrs, key = the message id, pane tags, severity as urgency; several arguments; duplicates dropped;
// non-JSON strings kept; bad records, other targets and other message types as FeedErrors.
#include "feeds/salto/salto_event_decoder.h"
#include "net/signalr/signalr_hub_message.h"
#include "query/query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sb;

namespace {

struct Collect : DecodeOutput
{
    void event(Event &&e) override { events << e; }
    void error(FeedError &&e) override { errors << e; }
    void control(QVariant &&m) override { controls << m; }
    void duplicate() override { ++duplicates; }
    QList<Event> events;
    QList<FeedError> errors;
    QList<QVariant> controls;
    int duplicates = 0;
};

QJsonObject incident(const QString &id)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("site_id"), QStringLiteral("s1"));
    o.insert(QStringLiteral("site_name"), QStringLiteral("Amsterdam HQ"));
    o.insert(QStringLiteral("date"), QStringLiteral("2026-11-22T12:00:00.000Z"));
    o.insert(QStringLiteral("lock_name"), QStringLiteral("Server room"));
    o.insert(QStringLiteral("user_name"), QStringLiteral("Anna de Vries"));
    o.insert(QStringLiteral("incident_type"), QStringLiteral("forced_door"));
    o.insert(QStringLiteral("severity"), QStringLiteral("critical"));
    o.insert(QStringLiteral("description"), QStringLiteral("Door opened without a valid credential"));
    return o;
}

QJsonObject entry(const QString &id)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("site_name"), QStringLiteral("Barcelona Office"));
    o.insert(QStringLiteral("lock_name"), QStringLiteral("Reception"));
    o.insert(QStringLiteral("user_name"), QStringLiteral("Marta Puig"));
    o.insert(QStringLiteral("action"), QStringLiteral("opened"));
    return o;
}

RawFrame frame(
    const QString &stream, const QJsonArray &arguments, const QString &target = QStringLiteral("ReceiveMessage"))
{
    return SaltoEventDecoder::frame(stream, SignalRHubMessage::invocation(target, arguments).toJson(), 1795000000000);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

class TstSaltoEventDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void incidentFromAStringArgument()
    {
        SaltoEventDecoder decoder(QStringLiteral("salto"));
        Collect out;
        decoder.decode(frame(QStringLiteral("incidents"), {compact(incident(QStringLiteral("i-1")))}), out);
        QCOMPARE(out.errors.size(), 0);
        QCOMPARE(out.events.size(), 1);
        const Event &e = out.events.first();
        QCOMPARE(e.feed, QStringLiteral("salto"));
        QCOMPARE(e.kind, QStringLiteral("door.incident"));
        QCOMPARE(e.key, QStringLiteral("i-1"));
        QCOMPARE(e.source, QStringLiteral("Amsterdam HQ"));
        QCOMPARE(e.urgency, 1);
        QCOMPARE(e.timeMs, 1795348800000);
        QCOMPARE(e.receivedMs, 1795000000000);
        QCOMPARE(e.titleText(), QStringLiteral("forced_door · Server room · Anna de Vries"));
        // One tag convention: names keep their spaces and case; the site's id follows so the pane can name the site
        // its status shows.
        QCOMPARE(e.tags,
            (QStringList {QStringLiteral("site:Amsterdam HQ"), QStringLiteral("door:Server room"),
                QStringLiteral("user:Anna de Vries"), QStringLiteral("event:forced_door"),
                QStringLiteral("severity:critical"), QStringLiteral("site_id:s1")}));
        QCOMPARE(QJsonDocument::fromJson(e.attrs).object(), incident(QStringLiteral("i-1")));
    }

    void entriesFromObjectArgumentsAndSeveralArguments()
    {
        SaltoEventDecoder decoder(QStringLiteral("salto"));
        Collect out;
        decoder.decode(
            frame(QStringLiteral("entries"), {entry(QStringLiteral("e-1")), entry(QStringLiteral("e-2"))}), out);
        QCOMPARE(out.events.size(), 2);
        QCOMPARE(out.events.at(0).kind, QStringLiteral("door.entry"));
        QCOMPARE(out.events.at(1).key, QStringLiteral("e-2"));
        QCOMPARE(out.events.at(0).urgency, -1);
        QCOMPARE(out.events.at(0).timeMs, 1795000000000); // no date: the receive time
        QCOMPARE(out.events.at(0).tags,
            (QStringList {QStringLiteral("site:Barcelona Office"), QStringLiteral("door:Reception"),
                QStringLiteral("user:Marta Puig"), QStringLiteral("event:opened")}));
    }

    void duplicatesAreDropped()
    {
        SaltoEventDecoder decoder(QStringLiteral("salto"));
        Collect out;
        decoder.decode(frame(QStringLiteral("entries"), {entry(QStringLiteral("e-1"))}), out);
        decoder.reset();
        decoder.decode(frame(QStringLiteral("entries"), {entry(QStringLiteral("e-1"))}), out);
        QCOMPARE(out.events.size(), 1);
        QCOMPARE(out.duplicates, 1);
    }

    void plainTextIsKept()
    {
        SaltoEventDecoder decoder(QStringLiteral("salto"));
        Collect out;
        decoder.decode(frame(QStringLiteral("entries"), {QStringLiteral("door 4 opened")}), out);
        QCOMPARE(out.events.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(out.events.first().attrs).object().value(QStringLiteral("message")).toString(),
            QStringLiteral("door 4 opened"));
        QCOMPARE(out.events.first().key.size(), 40); // a hash of the text
    }

    void kindFromContentWithoutStreamTag()
    {
        SaltoEventDecoder decoder(QStringLiteral("salto"));
        Collect out;
        decoder.decode(RawFrame::fromText(QString::fromUtf8(SignalRHubMessage::invocation(
                                              QStringLiteral("ReceiveMessage"), {incident(QStringLiteral("i-9"))})
                                                                .toJson()),
                           0),
            out);
        QCOMPARE(out.events.size(), 1);
        QCOMPARE(out.events.first().kind, QStringLiteral("door.incident"));
    }

    void badInputBecomesErrors()
    {
        SaltoEventDecoder decoder(QStringLiteral("salto"));
        Collect out;
        decoder.decode(SaltoEventDecoder::frame(QStringLiteral("entries"), "{nope", 0), out);
        decoder.decode(frame(QStringLiteral("entries"), {1}, QStringLiteral("Other")), out);
        decoder.decode(frame(QStringLiteral("entries"), {}), out);
        decoder.decode(frame(QStringLiteral("entries"), {42}), out);
        decoder.decode(SaltoEventDecoder::frame(QStringLiteral("entries"), R"({"type":3,"invocationId":"1"})", 0), out);
        QCOMPARE(out.events.size(), 0);
        QCOMPARE(out.errors.size(), 4);
        QCOMPARE(out.errors.at(0).code, QStringLiteral("bad_record"));
        QVERIFY(out.errors.at(0).message.startsWith(QLatin1String("entries: ")));
        QCOMPARE(out.errors.at(1).code, QStringLiteral("unknown_target"));
        QCOMPARE(out.errors.at(2).code, QStringLiteral("bad_event"));
        QCOMPARE(out.errors.at(3).code, QStringLiteral("bad_event"));
        QCOMPARE(out.errors.at(0).feed, QStringLiteral("salto"));
    }

    void pingAndCloseGoBackToTheirHub()
    {
        SaltoEventDecoder decoder(QStringLiteral("salto"));
        Collect out;
        decoder.decode(SaltoEventDecoder::frame(QStringLiteral("entries"), R"({ "type": 6 })", 0, 0), out);
        decoder.decode(SaltoEventDecoder::frame(
                           QStringLiteral("entries"), R"({"type":7,"error":"Bye","allowReconnect":true})", 0, 3),
            out);
        QCOMPARE(out.events.size(), 0);
        QCOMPARE(out.errors.size(), 0);
        QCOMPARE(out.controls.size(), 2);
        const auto ping = out.controls.at(0).value<SaltoHubControl>();
        QCOMPARE(ping.hub, 0);
        QCOMPARE(ping.message.type, SignalRHubMessage::Type::Ping);
        const auto close = out.controls.at(1).value<SaltoHubControl>();
        QCOMPARE(close.hub, 3);
        QCOMPARE(close.message.type, SignalRHubMessage::Type::Close);
        QCOMPARE(close.message.error, QStringLiteral("Bye"));
        QVERIFY(close.message.allowReconnect);
    }

    void sizeBound()
    {
        SaltoEventDecoder::Options o;
        o.maxMessageBytes = 64;
        SaltoEventDecoder decoder(QStringLiteral("salto"), o);
        Collect out;
        decoder.decode(frame(QStringLiteral("incidents"), {compact(incident(QStringLiteral("i-1")))}), out);
        QCOMPARE(out.events.size(), 0);
        QVERIFY(out.errors.first().message.contains(QLatin1String("exceeds the limit")));
    }

    void urgency()
    {
        QCOMPARE(SaltoEventDecoder::urgencyOf(QStringLiteral("HIGH")), 2);
        QCOMPARE(SaltoEventDecoder::urgencyOf(QStringLiteral("medium")), 3);
        QCOMPARE(SaltoEventDecoder::urgencyOf(QStringLiteral("low")), 4);
        QCOMPARE(SaltoEventDecoder::urgencyOf(QStringLiteral("?")), -1);
    }

    // An incident's urgency ranks its severity, so one query picks "high and above"; its tags answer the same
    // queries as any feed's, quoted values with spaces included.
    void severityRanksAndQueries()
    {
        SaltoEventDecoder decoder(QStringLiteral("salto"));
        Collect out;
        const QStringList severities {
            QStringLiteral("critical"), QStringLiteral("High"), QStringLiteral("medium"), QStringLiteral("low")};
        QJsonArray arguments;
        for (const QString &severity : severities) {
            QJsonObject o = incident(severity);
            o.insert(QStringLiteral("severity"), severity);
            arguments.append(o);
        }
        decoder.decode(frame(QStringLiteral("incidents"), arguments), out);
        QCOMPARE(out.events.size(), 4);
        const auto highAndAbove = query::Query::parse(u"urgency:1-2");
        const auto serverRoom = query::Query::parse(u"door:\"server room\" site:\"Amsterdam HQ\" severity:high");
        QVERIFY(highAndAbove && serverRoom);
        for (int i = 0; i < 4; ++i) {
            const Event &e = out.events.at(i);
            QCOMPARE(e.urgency, i + 1);
            QVERIFY(e.tags.contains(QStringLiteral("severity:") + severities.at(i).toLower()));
            QCOMPARE(highAndAbove->matches(e), i < 2);
            QCOMPARE(serverRoom->matches(e), i == 1);
        }
    }
};

QTEST_GUILESS_MAIN(TstSaltoEventDecoder)
#include "tst_salto_event_decoder.moc"
