#include "pubsub_client_message.h"

#include "feeds/pubsub/pubsub_topic_name.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace sb {

namespace {

QByteArray frame(const char *type, const QJsonObject &data)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("data"), data}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray PubSubClientMessage::subscribe(const QString &topic)
{
    return frame("subscribe", {{QStringLiteral("topic"), topic}});
}

QByteArray PubSubClientMessage::unsubscribe(const QString &topic)
{
    return frame("unsubscribe", {{QStringLiteral("topic"), topic}});
}

QByteArray PubSubClientMessage::publish(
    const QString &topic, const QString &messageType, const QJsonValue &payload, bool compress, const QString &id)
{
    QJsonObject data {{QStringLiteral("topic"), topic}, {QStringLiteral("compress"), compress},
        {QStringLiteral("payload"), payload}, {QStringLiteral("id"), id}};
    if (!messageType.isEmpty())
        data.insert(QStringLiteral("messageType"), messageType);
    return frame("publish", data);
}

QByteArray PubSubClientMessage::message(
    const QString &messageType, const QJsonValue &payload, bool compress, const QString &id)
{
    QJsonObject data {
        {QStringLiteral("compress"), compress}, {QStringLiteral("payload"), payload}, {QStringLiteral("id"), id}};
    if (!messageType.isEmpty())
        data.insert(QStringLiteral("messageType"), messageType);
    return frame("message", data);
}

QString PubSubClientMessage::newId()
{
    quint32 words[2];
    QRandomGenerator::system()->fillRange(words);
    return QStringLiteral("%1%2").arg(words[0], 8, 16, QLatin1Char('0')).arg(words[1], 8, 16, QLatin1Char('0'));
}

QString PubSubClientMessage::checkSubscribeTopic(const QString &topic)
{
    return PubSubTopicName::subscribeProblem(topic);
}

QString PubSubClientMessage::checkPublishTopic(const QString &topic)
{
    return PubSubTopicName::publishProblem(topic);
}

qsizetype PubSubClientMessage::payloadBytes(const QJsonValue &payload)
{
    if (payload.isString())
        return payload.toString().toUtf8().size();
    if (payload.isObject())
        return QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact).size();
    if (payload.isArray())
        return QJsonDocument(payload.toArray()).toJson(QJsonDocument::Compact).size();
    return QJsonDocument(QJsonArray {payload}).toJson(QJsonDocument::Compact).size() - 2;
}

QString PubSubClientMessage::checkPayloadSize(const QJsonValue &payload, int maxPayloadBytes)
{
    const qsizetype bytes = payloadBytes(payload);
    if (bytes > maxPayloadBytes)
        return QStringLiteral("payload of %1 bytes exceeds the limit of %2 bytes").arg(bytes).arg(maxPayloadBytes);
    return QString();
}

} // namespace sb
