#include "signalr_hub_message.h"

#include "codec/checked_integer.h"
#include "signalr_record_splitter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace sb {

namespace {

std::nullopt_t setError(QString *error, QString text)
{
    if (error)
        *error = std::move(text);
    return std::nullopt;
}

// Ids are strings in the spec; a number is read as its text so that a lenient peer does not end the session.
bool readId(const QJsonObject &o, QString &out)
{
    const QJsonValue v = o.value(QStringLiteral("invocationId"));
    if (v.isString()) {
        out = v.toString();
        return true;
    }
    if (v.isDouble()) {
        out = QString::number(v.toInteger());
        return true;
    }
    return false;
}

} // namespace

QString SignalRHubMessage::typeName(Type type)
{
    switch (type) {
    case Type::Invocation:
        return QStringLiteral("Invocation");
    case Type::StreamItem:
        return QStringLiteral("StreamItem");
    case Type::Completion:
        return QStringLiteral("Completion");
    case Type::StreamInvocation:
        return QStringLiteral("StreamInvocation");
    case Type::CancelInvocation:
        return QStringLiteral("CancelInvocation");
    case Type::Ping:
        return QStringLiteral("Ping");
    case Type::Close:
        return QStringLiteral("Close");
    case Type::Ack:
        return QStringLiteral("Ack");
    case Type::Sequence:
        return QStringLiteral("Sequence");
    }
    return QString();
}

QByteArray SignalRHubMessage::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), int(type));
    if (!headers.isEmpty() && type != Type::Ping) {
        QJsonObject h;
        for (auto it = headers.cbegin(); it != headers.cend(); ++it)
            h.insert(it.key(), it.value());
        o.insert(QStringLiteral("headers"), h);
    }
    switch (type) {
    case Type::Invocation:
    case Type::StreamInvocation:
        if (!invocationId.isEmpty() || type == Type::StreamInvocation)
            o.insert(QStringLiteral("invocationId"), invocationId);
        o.insert(QStringLiteral("target"), target);
        o.insert(QStringLiteral("arguments"), arguments);
        if (!streamIds.isEmpty())
            o.insert(QStringLiteral("streamIds"), QJsonArray::fromStringList(streamIds));
        break;
    case Type::StreamItem:
        o.insert(QStringLiteral("invocationId"), invocationId);
        o.insert(QStringLiteral("item"), item.isUndefined() ? QJsonValue() : item);
        break;
    case Type::Completion:
        o.insert(QStringLiteral("invocationId"), invocationId);
        if (hasError)
            o.insert(QStringLiteral("error"), error);
        else if (!result.isUndefined())
            o.insert(QStringLiteral("result"), result);
        break;
    case Type::CancelInvocation:
        o.insert(QStringLiteral("invocationId"), invocationId);
        break;
    case Type::Ping:
        break;
    case Type::Close:
        if (hasError)
            o.insert(QStringLiteral("error"), error);
        if (allowReconnect)
            o.insert(QStringLiteral("allowReconnect"), true);
        break;
    case Type::Ack:
    case Type::Sequence:
        o.insert(QStringLiteral("sequenceId"), sequenceId);
        break;
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray SignalRHubMessage::toRecord() const
{
    return SignalRRecordSplitter::frame(toJson());
}

std::optional<SignalRHubMessage> SignalRHubMessage::parse(const QByteArray &utf8, QString *error, qsizetype maxBytes)
{
    if (utf8.size() > maxBytes)
        return setError(
            error, QStringLiteral("message of %1 bytes exceeds the limit of %2").arg(utf8.size()).arg(maxBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return setError(
            error, QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return setError(error, QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    const QJsonValue typeValue = o.value(QStringLiteral("type"));
    if (!typeValue.isDouble())
        return setError(error, QStringLiteral("message has no numeric \"type\""));
    const std::optional<int> typeNumber = checkedInteger<int>(typeValue.toDouble(), Fraction::Reject);
    if (!typeNumber || *typeNumber < 1 || *typeNumber > 9)
        return setError(error, QStringLiteral("unknown message type %1").arg(typeValue.toDouble()));

    SignalRHubMessage m;
    m.type = Type(*typeNumber);
    const QJsonValue headers = o.value(QStringLiteral("headers"));
    if (headers.isObject()) {
        const QJsonObject h = headers.toObject();
        for (auto it = h.constBegin(); it != h.constEnd(); ++it)
            if (it.value().isString())
                m.headers.insert(it.key(), it.value().toString());
    }
    const QString name = typeName(m.type);
    auto needId = [&]() -> bool { return readId(o, m.invocationId) && !m.invocationId.isEmpty(); };
    auto readCall = [&]() -> std::optional<QString> {
        const QJsonValue target = o.value(QStringLiteral("target"));
        if (!target.isString() || target.toString().isEmpty())
            return QStringLiteral("%1 needs a non-empty \"target\" string").arg(name);
        m.target = target.toString();
        const QJsonValue arguments = o.value(QStringLiteral("arguments"));
        if (!arguments.isArray())
            return QStringLiteral("%1 needs an \"arguments\" array").arg(name);
        m.arguments = arguments.toArray();
        const QJsonValue streamIds = o.value(QStringLiteral("streamIds"));
        if (streamIds.isArray()) {
            for (const QJsonValue &id : streamIds.toArray())
                if (id.isString())
                    m.streamIds << id.toString();
        } else if (!streamIds.isUndefined() && !streamIds.isNull()) {
            return QStringLiteral("%1 \"streamIds\" must be an array").arg(name);
        }
        return std::nullopt;
    };

    switch (m.type) {
    case Type::Invocation: {
        // A missing id means a non-blocking call that expects no answer: how Salto's ReceiveMessage arrives.
        const QJsonValue id = o.value(QStringLiteral("invocationId"));
        if (!id.isUndefined() && !id.isNull() && !readId(o, m.invocationId))
            return setError(error, QStringLiteral("Invocation \"invocationId\" must be a string"));
        if (const auto problem = readCall())
            return setError(error, *problem);
        break;
    }
    case Type::StreamInvocation:
        if (!needId())
            return setError(error, QStringLiteral("StreamInvocation needs an \"invocationId\""));
        if (const auto problem = readCall())
            return setError(error, *problem);
        break;
    case Type::StreamItem:
        if (!needId())
            return setError(error, QStringLiteral("StreamItem needs an \"invocationId\""));
        m.item = o.value(QStringLiteral("item"));
        if (m.item.isUndefined())
            return setError(error, QStringLiteral("StreamItem needs an \"item\""));
        break;
    case Type::Completion: {
        if (!needId())
            return setError(error, QStringLiteral("Completion needs an \"invocationId\""));
        const QJsonValue e = o.value(QStringLiteral("error"));
        // The spec: result and error together is a protocol error; result is ignored when error is present.
        if (e.isString()) {
            m.hasError = true;
            m.error = e.toString();
        } else if (!e.isUndefined() && !e.isNull()) {
            return setError(error, QStringLiteral("Completion \"error\" must be a string"));
        } else {
            m.result = o.value(QStringLiteral("result"));
        }
        break;
    }
    case Type::CancelInvocation:
        if (!needId())
            return setError(error, QStringLiteral("CancelInvocation needs an \"invocationId\""));
        break;
    case Type::Ping:
        break;
    case Type::Close: {
        const QJsonValue e = o.value(QStringLiteral("error"));
        if (e.isString()) {
            m.hasError = true;
            m.error = e.toString();
        }
        m.allowReconnect = o.value(QStringLiteral("allowReconnect")).toBool(false);
        break;
    }
    case Type::Ack:
    case Type::Sequence: {
        const QJsonValue id = o.value(QStringLiteral("sequenceId"));
        if (!id.isDouble())
            return setError(error, QStringLiteral("%1 needs a numeric \"sequenceId\"").arg(name));
        m.sequenceId = id.toInteger();
        break;
    }
    }
    return m;
}

SignalRHubMessage SignalRHubMessage::close(const QString &error, bool allowReconnect)
{
    SignalRHubMessage m;
    m.type = Type::Close;
    m.hasError = !error.isEmpty();
    m.error = error;
    m.allowReconnect = allowReconnect;
    return m;
}

SignalRHubMessage SignalRHubMessage::invocation(
    const QString &target, const QJsonArray &arguments, const QString &invocationId)
{
    SignalRHubMessage m;
    m.type = Type::Invocation;
    m.target = target;
    m.arguments = arguments;
    m.invocationId = invocationId;
    return m;
}

} // namespace sb
