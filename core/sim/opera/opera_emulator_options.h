#pragma once

#include <QString>
#include <QStringList>

namespace sb::sim {

// How the OHIP emulator behaves; tests shorten the timers and publish by hand (eventsPerSecond = 0).
struct OperaEmulatorOptions
{
    bool tls = true;
    QString appKey = QStringLiteral("sb-demo-app-key-4f1c");
    QString clientId = QStringLiteral("sb_demo_client");
    QString clientSecret = QStringLiteral("sb-demo-client-secret");
    QStringList chainCodes {QStringLiteral("SBHC")};
    // Hotels per chain are generated as <chain><city>, e.g. SBHCLON.
    QStringList hotelCities {
        QStringLiteral("LON"), QStringLiteral("PAR"), QStringLiteral("NYC"), QStringLiteral("SIN")};
    int tokenLifetimeSec = 3600;
    int pingIntervalMs = 10000; // server pings (0: none)
    int initTimeoutMs = 3000; // graphql-ws connectionInitWaitTimeout: close 4408 after it
    double eventsPerSecond = 0; // per chain; 0: only publish() sends
    quint32 seed = 20240702;
    qint64 firstOffset = 1;
};

} // namespace sb::sim
