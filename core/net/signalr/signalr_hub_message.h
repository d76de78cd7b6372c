#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

// One message of the ASP.NET Core SignalR JSON hub protocol (dotnet/aspnetcore src/SignalR/docs/specs/
// HubProtocol.md): a JSON object with a numeric "type" and the fields that type defines. Unknown fields are ignored
// (receivers must accept "headers" and may ignore them; later protocol versions add fields); Ack (8) and Sequence (9)
// of stateful reconnect are parsed so that a peer sending them is tolerated. Parsing is bounded in size.
struct SignalRHubMessage
{
    enum class Type {
        Invocation = 1,
        StreamItem = 2,
        Completion = 3,
        StreamInvocation = 4,
        CancelInvocation = 5,
        Ping = 6,
        Close = 7,
        Ack = 8,
        Sequence = 9,
    };

    Type type = Type::Ping;
    QString invocationId; // Invocation (optional), StreamItem, Completion, StreamInvocation, CancelInvocation
    QString target; // Invocation, StreamInvocation
    QJsonArray arguments; // Invocation, StreamInvocation
    QStringList streamIds; // Invocation, StreamInvocation (optional)
    QJsonValue item = QJsonValue::Undefined; // StreamItem
    QJsonValue result = QJsonValue::Undefined; // Completion; Undefined: absent (a void result)
    QString error; // Completion, Close (optional)
    bool hasError = false;
    bool allowReconnect = false; // Close
    qint64 sequenceId = 0; // Ack, Sequence
    QHash<QString, QString> headers;

    static constexpr qsizetype DefaultMaxBytes = 1024 * 1024;

    static QString typeName(Type type);
    // Compact UTF-8 JSON of this message, without the record separator.
    QByteArray toJson() const;
    // toJson() plus the record separator.
    QByteArray toRecord() const;
    // Parses one record (without its separator). On failure returns std::nullopt and describes the problem in
    // `error`, never echoing more than a short prefix of the input.
    static std::optional<SignalRHubMessage> parse(
        const QByteArray &utf8, QString *error = nullptr, qsizetype maxBytes = DefaultMaxBytes);

    static SignalRHubMessage ping() { return SignalRHubMessage(); }
    static SignalRHubMessage close(const QString &error = QString(), bool allowReconnect = false);
    static SignalRHubMessage invocation(
        const QString &target, const QJsonArray &arguments, const QString &invocationId = QString());
};

} // namespace sb

Q_DECLARE_METATYPE(sb::SignalRHubMessage)
