#pragma once

#include "lseg_emulator_options.h"
#include "sim/loopback_http_server.h"

#include <QObject>

#include <functional>

namespace sb::sim {

class LsegFaultSwitches;
class LsegTokenStore;

// RDP service discovery, GET /streaming/pricing/v1/?transport=websocket (reference §3). Every endpoint is named
// "localhost" so TLS verification holds; the configured region's entries carry the ports of the emulator's real
// WebSocket listeners (two-location entries first-class), other regions a port where nothing listens.
class LsegDiscoveryService : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kPath = "/streaming/pricing/v1";

    LsegDiscoveryService(const LsegEmulatorOptions &options, LsegTokenStore *tokens, LsegFaultSwitches *faults,
        QObject *parent = nullptr);
    void attach(LoopbackHttpServer *server);
    void setListenerPorts(const QList<quint16> &ports) { m_ports = ports; }
    void setDeadPort(quint16 port) { m_deadPort = port; }

    // The discovery answer body; websocketOnly drops the RSSL (tcp/rwf) entries.
    QByteArray body(bool websocketOnly) const;
    int requests() const { return m_requests; }

Q_SIGNALS:
    void served(int status);

private:
    void handle(const HttpRequest &request, const HttpResponder &responder);
    void gatewayError(const HttpResponder &responder, int status, const QString &code, const QString &message);

    const LsegEmulatorOptions &m_options;
    LsegTokenStore *m_tokens;
    LsegFaultSwitches *m_faults;
    QList<quint16> m_ports;
    quint16 m_deadPort = 1;
    int m_requests = 0;
};

} // namespace sb::sim
