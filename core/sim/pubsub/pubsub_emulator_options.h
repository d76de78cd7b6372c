#pragma once

#include <QString>

namespace sb::sim {

// How the Realtime Pub/Sub emulator behaves; tests shorten the timers and switch demo traffic off.
struct PubSubEmulatorOptions
{
    bool tls = true;
    QString appId = QStringLiteral("sb-demo-app");
    // "WebSocket Clients/Verification Key" (HS*) and "Admin Clients/Verification Key"; EC keys are added with
    // PubSubEmulator::addClientKey().
    QString clientKey = QStringLiteral("sb-demo-websocket-clients-key");
    QString adminKey = QStringLiteral("sb-demo-admin-clients-key");
    bool inboundTopic = true; // enableWebSocketInboundTopic: messages and presence go to secure/inbound
    bool inboundAcks = true; // clientInboundAckEnabled: acks on priv/acks
    // Stand in for a backend: answer every client "message" with a response on priv/<connectionId>.
    bool replyToMessages = true;
    int maxMessageBytes = 5 * 1024;
    int idleTimeoutMs = 30000; // no client frame and no pong to the server's pings: closed (0: never)
    int pingIntervalMs = 10000; // server pings (0: none)
    int maxConnectionsPerSubject = 1;
    double demoMessagesPerSecond = 0; // on prices, chat, telemetry; 0: none
    unsigned seed = 20261202;
};

} // namespace sb::sim
