#pragma once

#include "feeds/alerts/alert_message_parser.h"
#include "feeds/mrn/mrn_story_decoder.h"
#include "feeds/opera/opera_event_decoder.h"
#include "net/graphqlws/graphql_ws_message.h"
#include "sim/alerts/alert_payload_generator.h"
#include "sim/opera/opera_event_generator.h"

#include "collecting_output.h"
#include "mrn_vectors.h"

#include <QJsonDocument>

// Events decoded from a feed's own JSON, beside that JSON: the real MRN vectors, the emulator's alerts (with bodies)
// and OPERA events. For the size checks of #14.
namespace sb::test {

struct SourceSample
{
    QString name;
    QByteArray source; // the feed's JSON as it arrived (MRN: trailing newline trimmed)
    Event event;
};

inline QVector<SourceSample> mrnSamples()
{
    QVector<SourceSample> out;
    for (const MrnVector &v : realMrnVectors()) {
        const MrnCompressedItem item = storyItem(v);
        SourceSample s;
        s.name = QStringLiteral("mrn ") + v.name;
        s.source = gunzipBytes(item.compressed);
        while (s.source.endsWith('\n') || s.source.endsWith('\r') || s.source.endsWith(' '))
            s.source.chop(1);
        MrnStoryDecoder decoder(QStringLiteral("reuters")); // a user's name: the kind, not the name, decides
        QString code, message;
        if (decoder.decode(item, 0, s.event, code, message) == MrnStoryDecoder::Result::Event)
            out.append(s);
    }
    return out;
}

inline QVector<SourceSample> alertSamples(int count)
{
    QVector<SourceSample> out;
    sim::AlertPayloadGenerator generator(11, [] { return qint64(1795000000000); });
    AlertMessageParser parser(QStringLiteral("desk-alerts"), true);
    for (int i = 0; i < count; ++i) {
        SourceSample s;
        s.name = QStringLiteral("alerts %1").arg(i);
        s.source = QJsonDocument(generator.next(QStringLiteral("sub-1"), true).json).toJson(QJsonDocument::Compact);
        QByteArray json = s.source;
        QString href, error;
        if (parser.parse(json, QStringLiteral("sqs-%1").arg(i), 0, s.event, href, error)
            == AlertMessageParser::Result::Event)
            out.append(s);
    }
    return out;
}

inline QVector<SourceSample> operaSamples(int count)
{
    QVector<SourceSample> out;
    sim::OperaEventGenerator generator(5);
    OperaEventDecoder decoder(QStringLiteral("team"));
    for (int i = 0; i < count; ++i) {
        QJsonObject ev = generator.next({QStringLiteral("SBHCLON")}, 1795000000000 + i, i % 2 == 1);
        QJsonObject metadata = ev.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("offset"), QString::number(100 + i)); // as the emulator's event log does
        ev.insert(QStringLiteral("metadata"), metadata);
        const QJsonObject payload {{QStringLiteral("data"), QJsonObject {{QStringLiteral("newEvent"), ev}}}};
        const QByteArray frame
            = GraphqlWsMessage {GraphqlWsMessage::Type::Next, QStringLiteral("s1"), payload}.toJson();
        CollectingOutput collected;
        decoder.decode(RawFrame::fromText(QString::fromUtf8(frame), 1795000000000), collected);
        if (collected.events.size() != 1)
            continue;
        out.append({QStringLiteral("opera %1").arg(i), QJsonDocument(ev).toJson(QJsonDocument::Compact),
            collected.events.front()});
    }
    return out;
}

} // namespace sb::test
