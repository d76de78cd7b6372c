#include "opera_event_decoder.h"

#include "codec/checked_integer.h"
#include "codec/iso_time.h"
#include "feeds/opera/opera_progress.h"
#include "net/graphqlws/graphql_ws_message.h"
#include "net/graphqlws/graphql_ws_protocol_error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

namespace {

const QString kHotelEvent = QStringLiteral("hotel.event");
const QString kForgetTag = QStringLiteral("sb:forget-after");

// Milliseconds since the epoch, or 0 (the caller then uses the receive time) when the value names no instant that a
// qint64 can hold: a peer's 1e300 is not a time.
qint64 parseTimestamp(const QJsonValue &value)
{
    if (value.isDouble())
        return checkedInteger<qint64>(value.toDouble()).value_or(0);
    const QString text = value.toString();
    bool numeric = false;
    const qint64 ms = text.toLongLong(&numeric);
    if (numeric)
        return ms;
    const QByteArray utf8 = text.toUtf8();
    return parseIsoUtcMs(std::string_view(utf8.constData(), size_t(utf8.size())));
}

// An element's value now, or before it was deleted: a room vacated by a check-out is still the room.
QString currentValue(const QJsonObject &element)
{
    const QString now = element.value(QStringLiteral("newValue")).toString();
    return now.isEmpty() ? element.value(QStringLiteral("oldValue")).toString() : now;
}

// The room and guest an event is about, for the pane's columns. OHIP names no such header fields: they are detail
// elements (RoomNumber, GuestName, a profile's LastName and FirstName), and a housekeeping event's primary key is
// the room itself.
struct Subject
{
    QString room;
    QString guest;
};

Subject subjectOf(const QString &module, const QString &primaryKey, const QJsonArray &detail)
{
    Subject s;
    QString first;
    QString last;
    for (const QJsonValue &v : detail) {
        const QJsonObject d = v.toObject();
        const QString name = d.value(QStringLiteral("elementName")).toString();
        if (name.compare(QLatin1String("RoomNumber"), Qt::CaseInsensitive) == 0
            || name.compare(QLatin1String("RoomId"), Qt::CaseInsensitive) == 0)
            s.room = currentValue(d);
        else if (name.compare(QLatin1String("GuestName"), Qt::CaseInsensitive) == 0)
            s.guest = currentValue(d);
        else if (name.compare(QLatin1String("FirstName"), Qt::CaseInsensitive) == 0)
            first = currentValue(d);
        else if (name.compare(QLatin1String("LastName"), Qt::CaseInsensitive) == 0)
            last = currentValue(d);
    }
    if (s.room.isEmpty() && module.compare(QLatin1String("Housekeeping"), Qt::CaseInsensitive) == 0)
        s.room = primaryKey;
    if (s.guest.isEmpty() && !last.isEmpty())
        s.guest = first.isEmpty() ? last : last + QStringLiteral(", ") + first;
    return s;
}

} // namespace

RawFrame OperaForgetFrame::after(qint64 offset, qint64 nowMs)
{
    RawFrame frame = RawFrame::fromBinary(QByteArray::number(offset), nowMs);
    frame.text = kForgetTag;
    return frame;
}

qint64 OperaForgetFrame::read(const RawFrame &frame)
{
    if (frame.kind != RawFrame::Kind::Binary || frame.text != kForgetTag)
        return -1;
    bool ok = false;
    const qint64 offset = frame.binary.toLongLong(&ok);
    return ok ? offset : -1;
}

OperaEventDecoder::OperaEventDecoder(QString feedName)
    : OperaEventDecoder(std::move(feedName), Options())
{ }

OperaEventDecoder::OperaEventDecoder(QString feedName, const Options &options)
    : m_feed(std::move(feedName))
    , m_options(options)
{ }

QByteArray OperaEventDecoder::title(const QString &module, const QString &event, const QString &primaryKey)
{
    QString t = module;
    if (!event.isEmpty())
        t += (t.isEmpty() ? QString() : QStringLiteral(" · ")) + event;
    if (!primaryKey.isEmpty())
        t += (t.isEmpty() ? QString() : QStringLiteral(" · ")) + primaryKey;
    return t.toUtf8();
}

void OperaEventDecoder::error(DecodeOutput &out, const QString &code, const QString &message)
{
    out.error(FeedError {m_feed, FeedError::Stage::Decode, code, message, true, 0});
}

void OperaEventDecoder::decode(const RawFrame &frame, DecodeOutput &out)
{
    if (frame.isMarker())
        return;
    if (frame.kind == RawFrame::Kind::Binary && frame.text == kForgetTag) {
        forgetAfter(OperaForgetFrame::read(frame));
        return;
    }
    const QByteArray utf8 = frame.kind == RawFrame::Kind::Binary ? frame.binary : frame.text.toUtf8();
    QString problem;
    std::optional<GraphqlWsMessage> message = GraphqlWsMessage::parse(utf8, &problem, m_options.maxMessageBytes);
    if (!message) {
        error(out, QStringLiteral("bad_message"), problem);
        out.control(QVariant::fromValue(GraphqlWsProtocolError {problem}));
        return;
    }
    if (message->type != GraphqlWsMessage::Type::Next) {
        out.control(QVariant::fromValue(*message));
        return;
    }
    decodeNext(message->payload.toObject(), frame.receivedMs, out);
}

void OperaEventDecoder::decodeNext(const QJsonObject &payload, qint64 receivedMs, DecodeOutput &out)
{
    const QJsonArray errors = payload.value(QStringLiteral("errors")).toArray();
    const QJsonObject ev
        = payload.value(QStringLiteral("data")).toObject().value(QStringLiteral("newEvent")).toObject();
    if (ev.isEmpty()) {
        const QString text = errors.isEmpty()
            ? QStringLiteral("next without data.newEvent")
            : errors.first().toObject().value(QStringLiteral("message")).toString().left(300);
        error(out, errors.isEmpty() ? QStringLiteral("bad_event") : QStringLiteral("graphql_error"), text);
        return;
    }
    const QJsonObject metadata = ev.value(QStringLiteral("metadata")).toObject();
    bool offsetOk = false;
    const qint64 offset = metadata.value(QStringLiteral("offset")).toString().toLongLong(&offsetOk);
    const QString uniqueId = metadata.value(QStringLiteral("uniqueEventId")).toString();
    const OperaProgress progress {offsetOk ? offset : -1, uniqueId, m_connection};
    if (!offsetOk || uniqueId.isEmpty()) {
        error(out, QStringLiteral("bad_event"), QStringLiteral("event without metadata.offset or uniqueEventId"));
        if (offsetOk)
            progressed(progress, out);
        return;
    }
    if (!remember(uniqueId, offset)) {
        out.duplicate();
        progressed(progress, out);
        return;
    }
    const QString module = ev.value(QStringLiteral("moduleName")).toString();
    const QString eventName = ev.value(QStringLiteral("eventName")).toString();
    const QString primaryKey = ev.value(QStringLiteral("primaryKey")).toString();
    const QString hotel = ev.value(QStringLiteral("hotelId")).toString();

    Event e;
    e.feed = m_feed;
    e.kind = kHotelEvent;
    e.key = uniqueId;
    e.receivedMs = receivedMs;
    e.timeMs = parseTimestamp(ev.value(QStringLiteral("timestamp")));
    if (e.timeMs <= 0)
        e.timeMs = receivedMs;
    e.title = title(module, eventName, primaryKey);
    QByteArray body;
    const QJsonArray detail = ev.value(QStringLiteral("detail")).toArray();
    int rows = 0;
    for (const QJsonValue &v : detail) {
        if (++rows > m_options.maxDetailRows)
            break;
        const QJsonObject d = v.toObject();
        body += d.value(QStringLiteral("elementName")).toString().toUtf8() + ": "
            + d.value(QStringLiteral("oldValue")).toString().toUtf8() + " → "
            + d.value(QStringLiteral("newValue")).toString().toUtf8() + '\n';
    }
    if (body.endsWith('\n'))
        body.chop(1);
    e.body = std::move(body);
    // The offset, room and guest ride in the tags so the pane can show them without parsing attrs on the GUI thread.
    // The chain is the subscription's: OHIP's events do not repeat it.
    e.tags.reserve(7);
    if (!module.isEmpty())
        e.tags << QStringLiteral("module:") + module;
    if (!eventName.isEmpty())
        e.tags << QStringLiteral("action:") + eventName;
    if (!m_options.chainCode.isEmpty())
        e.tags << QStringLiteral("chain:") + m_options.chainCode;
    if (!hotel.isEmpty())
        e.tags << QStringLiteral("hotel:") + hotel;
    e.tags << QStringLiteral("offset:") + QString::number(offset);
    const Subject subject = subjectOf(module, primaryKey, detail);
    if (!subject.room.isEmpty())
        e.tags << QStringLiteral("room:") + subject.room;
    if (!subject.guest.isEmpty())
        e.tags << QStringLiteral("guest:") + subject.guest;
    e.source = hotel;
    e.attrs = QJsonDocument(ev).toJson(QJsonDocument::Compact);
    out.event(std::move(e));
    progressed(progress, out);
}

void OperaEventDecoder::progressed(const OperaProgress &progress, DecodeOutput &out)
{
    // Only a higher offset is kept as state: a duplicate from before a resubscribe must not move it back.
    const bool advances = progress.offset > m_highestOffset && !m_options.offsetStateKey.isEmpty();
    if (advances)
        m_highestOffset = progress.offset;
    out.acknowledge(QVariant::fromValue(progress), advances ? m_options.offsetStateKey : QString(),
        advances ? QString::number(progress.offset) : QString());
}

void OperaEventDecoder::forgetAfter(qint64 offset)
{
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (it.value() > offset)
            it = m_seen.erase(it);
        else
            ++it;
    }
    m_highestOffset = qMin(m_highestOffset, offset);
}

bool OperaEventDecoder::remember(const QString &uniqueEventId, qint64 offset)
{
    if (m_seen.contains(uniqueEventId))
        return false;
    m_seen.insert(uniqueEventId, offset);
    m_seenOrder.enqueue(uniqueEventId);
    while (m_seenOrder.size() > m_options.dedupeWindow)
        m_seen.remove(m_seenOrder.dequeue());
    return true;
}

} // namespace sb
