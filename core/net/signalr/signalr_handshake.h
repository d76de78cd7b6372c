#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace sb {

// The SignalR handshake (HubProtocol.md "Overview"; HandshakeProtocol.cs): always JSON ending with 0x1E, whatever
// hub protocol follows. The client's first message names the protocol; the server answers {} or {"error":…}.
// Bytes after the response's separator already belong to the message stream and are handed back as `remainder`.
class SignalRHandshake
{
public:
    struct Response
    {
        QString error; // empty: accepted
        QByteArray remainder; // bytes after the response record: ordinary messages
        bool accepted() const { return error.isEmpty(); }
    };

    // {"protocol":"json","version":1} + 0x1E. Version 1 because stateful reconnect (version 2) needs negotiation.
    static QByteArray request(const QString &protocol = QStringLiteral("json"), int version = 1);
    // {} + 0x1E, or {"error":"…"} + 0x1E.
    static QByteArray response(const QString &error = QString());

    // Reads a response from the start of `bytes`. std::nullopt with an empty `problem`: no separator yet, wait for
    // more. std::nullopt with `problem` set: the response is malformed (not an object, carries "type" — a hub message
    // where the handshake answer belongs — or is larger than `maxBytes`).
    static std::optional<Response> parseResponse(
        const QByteArray &bytes, QString *problem, qsizetype maxBytes = 64 * 1024);

    // The server side: reads the client's request. Returns the protocol and version or sets `problem`.
    struct Request
    {
        QString protocol;
        int version = 0;
        QByteArray remainder;
    };
    static std::optional<Request> parseRequest(
        const QByteArray &bytes, QString *problem, qsizetype maxBytes = 64 * 1024);
};

} // namespace sb
