#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <optional>

namespace sb {

// One message of the graphql-transport-ws protocol (enisdenjo/graphql-ws PROTOCOL.md): a JSON object with "type",
// an "id" for operation messages and an optional "payload". Parsing is strict about the shape the protocol demands
// (a wrong shape is a 4400 for a server and a 4004 for a client) and bounded in size.
struct GraphqlWsMessage
{
    enum class Type { ConnectionInit, ConnectionAck, Ping, Pong, Subscribe, Next, Error, Complete };

    Type type = Type::Ping;
    QString id; // operation messages only
    QJsonValue payload = QJsonValue::Undefined; // Undefined: absent

    static constexpr qsizetype DefaultMaxBytes = 4 * 1024 * 1024;

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(QStringView name);
    bool hasId() const
    {
        return type == Type::Subscribe || type == Type::Next || type == Type::Error || type == Type::Complete;
    }

    // Compact UTF-8 JSON of this message.
    QByteArray toJson() const;
    // Parses one text frame. On failure returns std::nullopt and describes the shape problem in `error` (never
    // echoing more than a short prefix of the input).
    static std::optional<GraphqlWsMessage> parse(
        const QByteArray &utf8, QString *error = nullptr, qsizetype maxBytes = DefaultMaxBytes);

    static GraphqlWsMessage connectionInit(const QJsonValue &payload = QJsonValue::Undefined);
    static GraphqlWsMessage ping(const QJsonValue &payload = QJsonValue::Undefined);
    static GraphqlWsMessage pong(const QJsonValue &payload = QJsonValue::Undefined);
    static GraphqlWsMessage subscribe(const QString &id, const QJsonValue &payload);
    static GraphqlWsMessage complete(const QString &id);
};

} // namespace sb

Q_DECLARE_METATYPE(sb::GraphqlWsMessage)
