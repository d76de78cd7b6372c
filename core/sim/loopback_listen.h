#pragma once

#include <QHostAddress>

class QObject;
class QSslConfiguration;
class QTcpServer;

namespace sb::sim {

// An emulator's TCP listener: a QSslServer presenting `tls` (which announces a connection once the handshake is
// done), or plain TCP when `tls` has no certificate. A client that refuses our certificate is its business; the
// emulator keeps serving.
QTcpServer *makeEmulatorServer(const QSslConfiguration &tls, QObject *parent);

// True when this machine has an IPv6 loopback to listen on (some containers have none).
bool hasIpv6Loopback();

// The emulators hand out URLs that say "localhost". What that name resolves to depends on the machine's hosts file
// and on the client: Debian maps it to both 127.0.0.1 and ::1, and Node 18 connects to the first answer (::1) without
// trying the other family. So every emulator listener binds one port on both loopback addresses: `v4` on 127.0.0.1,
// then `v6` on ::1 at the same port (port 0 picks one free on both). Without an IPv6 loopback, 127.0.0.1 alone.
// Works for QTcpServer, QSslServer and QWebSocketServer alike.
template<typename Server>
bool listenOnLoopback(Server &v4, Server &v6, quint16 port = 0)
{
    const bool dual = hasIpv6Loopback();
    // An ephemeral port free on 127.0.0.1 may be taken on ::1; a few tries find one free on both.
    for (int attempt = 0; attempt < 32; ++attempt) {
        if (!v4.listen(QHostAddress(QHostAddress::LocalHost), port))
            return false;
        if (!dual || v6.listen(QHostAddress(QHostAddress::LocalHostIPv6), v4.serverPort()))
            return true;
        v4.close();
        if (port != 0)
            return false;
    }
    return false;
}

} // namespace sb::sim
