#include "graphql_ws_message.h"

#include "event/fail_with.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace sb {

namespace {

struct TypeName
{
    GraphqlWsMessage::Type type;
    const char *name;
};

constexpr TypeName kTypeNames[] = {
    {GraphqlWsMessage::Type::ConnectionInit, "connection_init"},
    {GraphqlWsMessage::Type::ConnectionAck, "connection_ack"},
    {GraphqlWsMessage::Type::Ping, "ping"},
    {GraphqlWsMessage::Type::Pong, "pong"},
    {GraphqlWsMessage::Type::Subscribe, "subscribe"},
    {GraphqlWsMessage::Type::Next, "next"},
    {GraphqlWsMessage::Type::Error, "error"},
    {GraphqlWsMessage::Type::Complete, "complete"},
};

} // namespace

QString GraphqlWsMessage::typeName(Type type)
{
    for (const TypeName &t : kTypeNames)
        if (t.type == type)
            return QLatin1String(t.name);
    return QString();
}

std::optional<GraphqlWsMessage::Type> GraphqlWsMessage::typeFromName(QStringView name)
{
    for (const TypeName &t : kTypeNames)
        if (name == QLatin1String(t.name))
            return t.type;
    return std::nullopt;
}

QByteArray GraphqlWsMessage::toJson() const
{
    QJsonObject o;
    if (hasId())
        o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("type"), typeName(type));
    if (!payload.isUndefined())
        o.insert(QStringLiteral("payload"), payload);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<GraphqlWsMessage> GraphqlWsMessage::parse(const QByteArray &utf8, QString *error, qsizetype maxBytes)
{
    if (utf8.size() > maxBytes) {
        failWith(error, QStringLiteral("message of %1 bytes exceeds the limit of %2").arg(utf8.size()).arg(maxBytes));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        failWith(error,
            parseError.error != QJsonParseError::NoError
                ? QStringLiteral("not JSON: %1 at %2").arg(parseError.errorString()).arg(parseError.offset)
                : QStringLiteral("not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const QJsonValue typeValue = o.value(QStringLiteral("type"));
    if (!typeValue.isString()) {
        failWith(error, QStringLiteral("message has no \"type\" string"));
        return std::nullopt;
    }
    const std::optional<Type> type = typeFromName(typeValue.toString());
    if (!type) {
        failWith(error, QStringLiteral("unknown message type \"%1\"").arg(typeValue.toString().left(40)));
        return std::nullopt;
    }
    GraphqlWsMessage m;
    m.type = *type;
    m.payload = o.value(QStringLiteral("payload"));
    if (m.hasId()) {
        const QJsonValue idValue = o.value(QStringLiteral("id"));
        if (!idValue.isString() || idValue.toString().isEmpty()) {
            failWith(error, QStringLiteral("%1 needs a non-empty \"id\" string").arg(typeName(m.type)));
            return std::nullopt;
        }
        m.id = idValue.toString();
    }
    // Payload shapes the protocol fixes.
    switch (m.type) {
    case Type::ConnectionInit:
    case Type::ConnectionAck:
    case Type::Ping:
    case Type::Pong:
        if (!m.payload.isUndefined() && !m.payload.isNull() && !m.payload.isObject()) {
            failWith(error, QStringLiteral("%1 payload must be an object").arg(typeName(m.type)));
            return std::nullopt;
        }
        break;
    case Type::Subscribe:
        if (!m.payload.isObject() || !m.payload.toObject().value(QStringLiteral("query")).isString()) {
            failWith(error, QStringLiteral("subscribe payload needs a \"query\" string"));
            return std::nullopt;
        }
        break;
    case Type::Next:
        if (!m.payload.isObject()) {
            failWith(error, QStringLiteral("next payload must be an execution result object"));
            return std::nullopt;
        }
        break;
    case Type::Error:
        if (!m.payload.isArray() || m.payload.toArray().isEmpty()) {
            failWith(error, QStringLiteral("error payload must be a non-empty array of GraphQL errors"));
            return std::nullopt;
        }
        break;
    case Type::Complete:
        break;
    }
    return m;
}

GraphqlWsMessage GraphqlWsMessage::connectionInit(const QJsonValue &payload)
{
    return {Type::ConnectionInit, QString(), payload};
}

GraphqlWsMessage GraphqlWsMessage::ping(const QJsonValue &payload)
{
    return {Type::Ping, QString(), payload};
}

GraphqlWsMessage GraphqlWsMessage::pong(const QJsonValue &payload)
{
    return {Type::Pong, QString(), payload};
}

GraphqlWsMessage GraphqlWsMessage::subscribe(const QString &id, const QJsonValue &payload)
{
    return {Type::Subscribe, id, payload};
}

GraphqlWsMessage GraphqlWsMessage::complete(const QString &id)
{
    return {Type::Complete, id, QJsonValue::Undefined};
}

} // namespace sb
