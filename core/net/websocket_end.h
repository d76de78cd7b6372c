#pragma once

#include <QWebSocket>

namespace sb {

// Aborts a QWebSocket that may already be gone: Qt 6.4's QWebSocket::abort() dereferences its TCP socket without a
// check, and that socket no longer exists once the WebSocket has disconnected.
inline void abortWebSocket(QWebSocket *socket)
{
    if (socket->state() != QAbstractSocket::UnconnectedState)
        socket->abort();
}

// The close code a finished QWebSocket ended with. Qt 6.4 reports 1000 both for a real Normal Closure and for a
// connection that vanished without a close frame, and a socket error can follow a proper close (our reply to the
// server's close frame meets a socket the server has already shut). What tells them apart is whether a closing
// handshake started, on either side: QWebSocket emits aboutToClose() then, and never for a bare TCP drop. Without
// one, the code is 1006 (RFC 6455 §7.1.5).
inline int websocketCloseCode(const QWebSocket &socket, bool closingHandshakeSeen)
{
    return closingHandshakeSeen ? int(socket.closeCode()) : 1006;
}

} // namespace sb
