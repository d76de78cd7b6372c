#pragma once

#include <QMetaType>
#include <QString>

namespace sb {

// How a SignalR hub connection ended, for the owner to decide whether to reconnect: a refused upgrade (HTTP
// status), a refused handshake, the server's Close message (its error and allowReconnect), our own timeouts, or the
// WebSocket's close code when the socket simply went away.
struct SignalRCloseInfo
{
    int httpStatus = 0; // > 0: the upgrade was refused with this status
    int closeCode = 0; // WebSocket close code; 1006 when the socket vanished without one
    QString reason; // close reason, socket error or our own reason; never holds a secret
    bool handshakeRefused = false; // the server answered the handshake with {"error":…}
    bool serverSentClose = false; // a Close message (type 7) arrived
    QString serverError; // its "error", if any
    bool allowReconnect = false; // its "allowReconnect"
    bool timedOut = false; // handshake or server timeout
    bool weClosed = false; // close() was called

    // One line for a status bar or an error message.
    QString describe() const;
};

} // namespace sb

Q_DECLARE_METATYPE(sb::SignalRCloseInfo)
