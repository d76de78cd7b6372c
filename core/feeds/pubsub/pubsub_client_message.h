#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace sb {

// The client frames of Realtime Pub/Sub, all text JSON {"type":…,"data":{…}}, and the checks made before one is
// sent: the server closes the connection over a forbidden subscription or an oversized message, so the client
// refuses them itself with a clear error instead.
class PubSubClientMessage
{
public:
    static constexpr int DefaultMaxPayloadBytes = 5 * 1024; // the service's documented message size limit

    static QByteArray subscribe(const QString &topic);
    static QByteArray unsubscribe(const QString &topic);
    // {"type":"publish","data":{"topic","messageType","compress","payload","id"}}; an empty messageType is left out
    // (the server then uses "broadcast").
    static QByteArray publish(
        const QString &topic, const QString &messageType, const QJsonValue &payload, bool compress, const QString &id);
    // {"type":"message","data":{"messageType","compress","payload","id"}}: to the backend (secure/inbound).
    static QByteArray message(const QString &messageType, const QJsonValue &payload, bool compress, const QString &id);

    // A random id, 16 lowercase hex characters.
    static QString newId();

    // Empty when fine, else why not (PubSubTopicName).
    static QString checkSubscribeTopic(const QString &topic);
    static QString checkPublishTopic(const QString &topic);
    // The payload as it will be serialized (a string counts as its UTF-8 bytes).
    static QString checkPayloadSize(const QJsonValue &payload, int maxPayloadBytes = DefaultMaxPayloadBytes);
    static qsizetype payloadBytes(const QJsonValue &payload);
};

} // namespace sb
