#include "pubsub_event_decoder.h"

#include "feeds/pubsub/pubsub_control.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

namespace {

const QString kMessage = QStringLiteral("topic.message");
const QString kPresence = QStringLiteral("topic.presence");
const QString kAck = QStringLiteral("topic.ack");

QByteArray compact(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toUtf8();
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isUndefined())
        return QByteArray();
    // Numbers, booleans and null: wrap in an array to let QJsonDocument print them, then strip the brackets.
    QByteArray text = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

// One field of an event key. Escaping ':' (and the escape character) keeps the joined key unambiguous whatever a
// publisher puts in a topic or id. Bounded because the key is only there to be unique (its delivery part sees to
// that) and is indexed by the store; the full id stays in attrs.
QString keyField(const QString &text)
{
    constexpr qsizetype maxChars = 64;
    QString field = text.left(maxChars);
    if (field.size() == maxChars && field.back().isHighSurrogate())
        field.chop(1);
    field.replace(QLatin1Char('%'), QLatin1String("%25"));
    field.replace(QLatin1Char(':'), QLatin1String("%3A"));
    return field;
}

} // namespace

PubSubEventDecoder::PubSubEventDecoder(QString feedName)
    : PubSubEventDecoder(std::move(feedName), Options())
{ }

PubSubEventDecoder::PubSubEventDecoder(QString feedName, const Options &options)
    : m_feed(std::move(feedName))
    , m_options(options)
{ }

void PubSubEventDecoder::decode(const RawFrame &frame, DecodeOutput &out)
{
    if (frame.isMarker())
        return;
    const bool binary = frame.kind == RawFrame::Kind::Binary;
    // Bound before converting: a huge text frame is refused without a second copy.
    if (!binary && frame.text.size() > m_options.maxMessageBytes) {
        out.error(FeedError {m_feed, FeedError::Stage::Decode, QStringLiteral("too_large"),
            QStringLiteral("message of %1 characters exceeds the limit of %2 bytes")
                .arg(frame.text.size())
                .arg(m_options.maxMessageBytes),
            true, 0});
        return;
    }
    const QByteArray utf8 = binary ? frame.binary : frame.text.toUtf8();
    QString problem;
    const std::optional<PubSubEnvelope> envelope
        = PubSubEnvelope::parse(utf8, binary, &problem, m_options.maxMessageBytes);
    if (!envelope) {
        out.error(FeedError {m_feed, FeedError::Stage::Decode, QStringLiteral("bad_message"), problem, true, 0});
        return;
    }
    const QJsonObject data = envelope->data.toObject();
    switch (envelope->kind()) {
    case PubSubEnvelope::Kind::Welcome: {
        const QJsonObject connection = data.value(QStringLiteral("connection")).toObject();
        PubSubWelcome welcome {connection.value(QStringLiteral("id")).toString(),
            connection.value(QStringLiteral("appId")).toString(),
            connection.value(QStringLiteral("remoteAddress")).toString()};
        if (welcome.connectionId.isEmpty()) {
            out.error(FeedError {m_feed, FeedError::Stage::Decode, QStringLiteral("bad_welcome"),
                QStringLiteral("welcome without data.connection.id"), true, 0});
            return;
        }
        m_connectionId = welcome.connectionId;
        out.control(QVariant::fromValue(welcome));
        return;
    }
    case PubSubEnvelope::Kind::Subscribed:
        out.control(QVariant::fromValue(PubSubSubscribed {envelope->topic}));
        return;
    case PubSubEnvelope::Kind::Ack:
        out.control(QVariant::fromValue(PubSubAnswer {PubSubAnswer::Kind::Ack, envelope->messageId(), {}, {}}));
        emitEvent(*envelope, frame.receivedMs, out);
        return;
    case PubSubEnvelope::Kind::Reply: {
        const QJsonObject payload = data.value(QStringLiteral("payload")).toObject();
        out.control(QVariant::fromValue(PubSubAnswer {PubSubAnswer::Kind::Reply, envelope->messageId(),
            payload.value(QStringLiteral("status")).toString(QStringLiteral("ok")),
            payload.value(QStringLiteral("data"))}));
        emitEvent(*envelope, frame.receivedMs, out);
        return;
    }
    case PubSubEnvelope::Kind::Presence:
    case PubSubEnvelope::Kind::Message:
        emitEvent(*envelope, frame.receivedMs, out);
        return;
    }
}

void PubSubEventDecoder::emitEvent(const PubSubEnvelope &envelope, qint64 receivedMs, DecodeOutput &out)
{
    const PubSubEnvelope::Kind kind = envelope.kind();
    const QJsonObject data = envelope.data.toObject();
    const QJsonObject client = data.value(QStringLiteral("client")).toObject();
    const QString subject = client.value(QStringLiteral("subject")).toString();
    const QString publisher = client.value(QStringLiteral("connectionId")).toString();
    // What the session matches answers on: the acknowledged id, or for a reply the id of the request it answers.
    const QString answered = envelope.messageId();
    // The publisher's own id for the message; for a reply that is not the request's id.
    const QString id = kind == PubSubEnvelope::Kind::Ack ? answered : envelope.publishedId();

    Event e;
    e.feed = m_feed;
    e.receivedMs = receivedMs;
    e.timeMs = receivedMs;
    e.source = envelope.topic;
    e.tags.reserve(4);
    if (!envelope.topic.isEmpty())
        e.tags << QStringLiteral("topic:") + envelope.topic;
    if (!envelope.messageType.isEmpty())
        e.tags << QStringLiteral("type:") + envelope.messageType;
    if (!subject.isEmpty())
        e.tags << QStringLiteral("subject:") + subject;
    ++m_sequence;
    // The store upserts on (feed, key): a key built from what a publisher chooses (data.id, a reply's correlation
    // id) would let one publisher overwrite another's message, or two replies to one request collide. Nothing in the
    // envelope is beyond a publisher's reach: data.client is filled in by the server for WebSocket publishes, but an
    // HTTP publish delivers its raw message, which may carry a made-up client and id. So every key ends with the
    // delivery: this session's server-assigned connection id, the arrival time and the decoder's sequence number, which
    // no publisher can influence. The protocol never redelivers a message within a session, so there is no idempotence
    // to keep: each delivery is its own event. The decoder runs in frame order on one thread, so replaying the same
    // frames yields the same keys.
    const QString delivery = keyField(m_connectionId) + QLatin1Char(':') + QString::number(receivedMs)
        + QLatin1Char(':') + QString::number(m_sequence);
    QByteArray title = envelope.topic.toUtf8() + " · " + envelope.messageType.toUtf8();
    QByteArray body;
    switch (kind) {
    case PubSubEnvelope::Kind::Presence: {
        e.kind = kPresence;
        const QJsonObject payload = data.value(QStringLiteral("payload")).toObject();
        const QString status = payload.value(QStringLiteral("status")).toString();
        const QString who = subject.isEmpty() ? publisher : subject;
        title = who.toUtf8() + ' ' + status.toUtf8();
        body = compact(envelope.data);
        e.key = QStringLiteral("presence:") + keyField(publisher) + QLatin1Char(':') + keyField(status)
            + QLatin1Char(':') + delivery;
        if (!status.isEmpty())
            e.tags << QStringLiteral("status:") + status;
        break;
    }
    case PubSubEnvelope::Kind::Ack:
        e.kind = kAck;
        title = "ack " + id.toUtf8();
        e.key = QStringLiteral("ack:") + keyField(id) + QLatin1Char(':') + delivery;
        break;
    default: {
        e.kind = kMessage;
        // Published messages wrap the user's payload; HTTP publishes deliver the raw message.
        const QJsonValue payload
            = data.contains(QStringLiteral("payload")) ? data.value(QStringLiteral("payload")) : envelope.data;
        body = compact(payload);
        e.key = (kind == PubSubEnvelope::Kind::Reply ? QStringLiteral("reply:") : QStringLiteral("msg:"))
            + keyField(envelope.topic) + QLatin1Char(':') + keyField(publisher) + QLatin1Char(':') + keyField(id)
            + QLatin1Char(':') + delivery;
        if (!subject.isEmpty())
            title += " · " + subject.toUtf8();
        break;
    }
    }
    if (body.size() > m_options.maxBodyBytes) {
        body.truncate(m_options.maxBodyBytes);
        body += "…";
    }
    e.title = std::move(title);
    e.body = std::move(body);
    QJsonObject attrs;
    attrs.insert(QStringLiteral("topic"), envelope.topic);
    attrs.insert(QStringLiteral("messageType"), envelope.messageType);
    attrs.insert(QStringLiteral("data"), envelope.data);
    attrs.insert(QStringLiteral("compressed"), envelope.compressed);
    attrs.insert(QStringLiteral("size"), double(envelope.size));
    attrs.insert(QStringLiteral("direction"), QStringLiteral("in"));
    if (!id.isEmpty())
        attrs.insert(QStringLiteral("messageId"), id);
    if (kind == PubSubEnvelope::Kind::Reply && !answered.isEmpty())
        attrs.insert(QStringLiteral("correlationId"), answered);
    e.attrs = QJsonDocument(attrs).toJson(QJsonDocument::Compact);
    out.event(std::move(e));
}

} // namespace sb
