#include "loopback_listen.h"

#include <QTcpServer>

namespace sb::sim {

bool hasIpv6Loopback()
{
    static const bool available = [] {
        QTcpServer probe;
        return probe.listen(QHostAddress(QHostAddress::LocalHostIPv6), 0);
    }();
    return available;
}

} // namespace sb::sim
