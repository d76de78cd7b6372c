#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace sb::sim {

// The server's side of the SignalR JSON hub protocol as the Salto emulator speaks it (salto-signalr.md §3-§7, from
// HubProtocol.md): the handshake request and answer, and the records it writes (ReceiveMessage invocations, Ping,
// Close) or needs to recognise (Ping, Close). Every record is one JSON object followed by 0x1E. Written from the
// protocol document, apart from the client's SignalR code, so the emulator does not inherit its reading.
class SaltoHubRecords
{
public:
    static constexpr char Separator = '\x1e';

    struct Handshake
    {
        QString protocol;
        int version = 0;
        QByteArray remainder; // bytes after the request: already hub messages
    };
    // The client's first record. std::nullopt without `problem`: no separator yet; with it: not a handshake request.
    static std::optional<Handshake> takeHandshake(const QByteArray &bytes, QString *problem);
    static QByteArray handshakeAnswer(const QString &error = QString()); // {} or {"error":…}

    // Cuts the complete records off the front of `buffer` (keeping an unfinished one there).
    static QList<QByteArray> takeRecords(QByteArray &buffer);
    // The "type" of a record; 0 when it is not a JSON object with a numeric type.
    static int typeOf(const QByteArray &record);
    static constexpr int Ping = 6;
    static constexpr int Close = 7;

    static QByteArray invocation(const QString &target, const QJsonArray &arguments);
    static QByteArray ping();
    static QByteArray close(const QString &error, bool allowReconnect);
};

} // namespace sb::sim
