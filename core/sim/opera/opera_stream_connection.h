#pragma once

#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWebSocket>

namespace sb::sim {

// The OHIP emulator's view of one stream socket: where the graphql-transport-ws handshake stands and what the
// client subscribed to.
struct OperaStreamConnection
{
    QPointer<QWebSocket> socket;
    bool initialised = false; // connection_init received
    bool acknowledged = false;
    QString subscriptionId; // empty: no active subscription
    QString chainCode;
    QStringList hotelCodes;
    bool delta = false;
    qint64 nextOffset = 1; // the next offset to send
    int pendingPongs = 0; // held back while pongs stall
    qint64 openedMs = 0;
};

} // namespace sb::sim
