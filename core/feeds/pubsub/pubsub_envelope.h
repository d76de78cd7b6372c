#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace sb {

// One server frame of Realtime Pub/Sub: {"topic":…,"messageType":…,"data":…}. Text and binary frames both carry
// UTF-8 JSON; a binary frame means the sender asked for compression. Parsing is bounded and strict about the
// shape: topic and messageType must be strings (an empty messageType is kept: the SDKs merely do not emit it).
struct PubSubEnvelope
{
    enum class Kind {
        Welcome, // main / welcome: the connection's id and app
        Subscribed, // <topic> / welcome: a subscription confirmation
        Ack, // priv/acks / ack
        Reply, // priv/<connectionId> / response
        Presence, // secure/inbound / presence
        Message, // anything else: broadcast, custom types, secure/inbound messages
    };

    QString topic;
    QString messageType;
    QJsonValue data;
    bool compressed = false; // arrived as a binary frame
    qsizetype size = 0; // bytes of the frame

    Kind kind() const;
    // The id a message carries: data.id for published messages, the acknowledged id for acks (data.data, or data
    // itself as in the service's documentation), payload.id for replies. Empty when there is none.
    QString messageId() const;
    // data.id whatever the kind: for a reply its own id rather than the id it answers. Empty when there is none.
    QString publishedId() const;

    static constexpr qsizetype DefaultMaxBytes = 64 * 1024;
    static std::optional<PubSubEnvelope> parse(
        const QByteArray &utf8, bool binary, QString *error = nullptr, qsizetype maxBytes = DefaultMaxBytes);
    static QString kindName(Kind kind);
};

} // namespace sb
