#include "pubsub_envelope.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace sb {

std::optional<PubSubEnvelope> PubSubEnvelope::parse(
    const QByteArray &utf8, bool binary, QString *error, qsizetype maxBytes)
{
    auto fail = [error](const QString &text) -> std::optional<PubSubEnvelope> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (utf8.size() > maxBytes)
        return fail(QStringLiteral("message of %1 bytes exceeds the limit of %2").arg(utf8.size()).arg(maxBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            QStringLiteral("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(QStringLiteral("message is not a JSON object"));
    const QJsonObject object = doc.object();
    const QJsonValue topic = object.value(QStringLiteral("topic"));
    const QJsonValue type = object.value(QStringLiteral("messageType"));
    if (!topic.isString() || topic.toString().isEmpty())
        return fail(QStringLiteral("message without a topic"));
    if (!type.isString())
        return fail(QStringLiteral("message without a messageType"));
    PubSubEnvelope envelope;
    envelope.topic = topic.toString();
    envelope.messageType = type.toString();
    envelope.data = object.value(QStringLiteral("data"));
    envelope.compressed = binary;
    envelope.size = utf8.size();
    return envelope;
}

PubSubEnvelope::Kind PubSubEnvelope::kind() const
{
    if (messageType == QLatin1String("welcome"))
        return topic == QLatin1String("main") ? Kind::Welcome : Kind::Subscribed;
    if (topic == QLatin1String("priv/acks") && messageType == QLatin1String("ack"))
        return Kind::Ack;
    if (messageType == QLatin1String("response") && topic.startsWith(QLatin1String("priv/")))
        return Kind::Reply;
    if (messageType == QLatin1String("presence"))
        return Kind::Presence;
    return Kind::Message;
}

namespace {

QString idText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return QString();
}

} // namespace

QString PubSubEnvelope::messageId() const
{
    const QJsonObject object = data.toObject();
    switch (kind()) {
    case Kind::Ack:
        return data.isObject() ? idText(object.value(QStringLiteral("data"))) : idText(data);
    case Kind::Reply: {
        const QString id = idText(object.value(QStringLiteral("payload")).toObject().value(QStringLiteral("id")));
        return id.isEmpty() ? idText(object.value(QStringLiteral("id"))) : id;
    }
    default:
        return idText(object.value(QStringLiteral("id")));
    }
}

QString PubSubEnvelope::publishedId() const
{
    return idText(data.toObject().value(QStringLiteral("id")));
}

QString PubSubEnvelope::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Welcome:
        return QStringLiteral("welcome");
    case Kind::Subscribed:
        return QStringLiteral("subscribed");
    case Kind::Ack:
        return QStringLiteral("ack");
    case Kind::Reply:
        return QStringLiteral("reply");
    case Kind::Presence:
        return QStringLiteral("presence");
    case Kind::Message:
        return QStringLiteral("message");
    }
    return QString();
}

} // namespace sb
