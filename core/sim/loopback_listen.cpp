#include "loopback_listen.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>

namespace sb::sim {

QTcpServer *makeEmulatorServer(const QSslConfiguration &tls, QObject *parent)
{
    if (tls.isNull() || tls.localCertificate().isNull())
        return new QTcpServer(parent);
    auto *ssl = new QSslServer(parent);
    ssl->setSslConfiguration(tls);
    QObject::connect(ssl, &QSslServer::errorOccurred, ssl, [](QSslSocket *, QAbstractSocket::SocketError) {});
    return ssl;
}

bool hasIpv6Loopback()
{
    static const bool available = [] {
        QTcpServer probe;
        return probe.listen(QHostAddress(QHostAddress::LocalHostIPv6), 0);
    }();
    return available;
}

} // namespace sb::sim
