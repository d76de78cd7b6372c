#pragma once

#include <QByteArray>
#include <QString>

namespace sb::sim {

// How the Salto KS event-streaming emulator behaves; tests shorten the timers and publish by hand
// (eventsPerSecond = 0).
struct SaltoEmulatorOptions
{
    bool tls = true;
    QByteArray signingKey = "sb-salto-emulator-hs256-signing-key-0123456789";
    QString clientId = QStringLiteral("sb_demo_salto_client");
    QString clientSecret = QStringLiteral("sb-demo-salto-secret");
    // Tokens from /connect/token are signed with this key when set: a misconfigured Identity Server whose tokens the
    // hub refuses (401 every time).
    QByteArray issuingKey;
    QString role = QStringLiteral("Site Admin"); // role claim of issued tokens
    int tokenLifetimeSec = 3600;
    int pingIntervalMs = 15000; // server keep-alive (0: none)
    int handshakeTimeoutMs = 15000;
    double eventsPerSecond = 0; // per site; 0: only publish() sends
    int incidentEvery = 4; // one event in this many is an incident
    int replayOnConnect = 0; // resend this many recent events of the site to a new connection (a replaying server)
    quint32 seed = 20240702;
};

} // namespace sb::sim
