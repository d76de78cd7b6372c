#pragma once

#include <QString>

namespace sb::sim {

// Everything an AlertsEmulator can be configured with; defaults mimic the real service where it is known.
struct AlertsEmulatorOptions
{
    bool tls = true;
    QString clientId = QStringLiteral("switchboard-demo");
    QString clientSecret = QStringLiteral("demo-secret");
    QString username = QStringLiteral("demo-machine-id");
    QString password = QStringLiteral("demo-password");
    int tokenLifetimeSec = 600;
    int credentialLifetimeSec = 3600; // cloud credentials; about an hour, as STS issues them
    double alertsPerSecond = 2; // per subscription; 0: only publish() and triggers
    int claimThresholdBytes = 48 * 1024; // alerts bigger than this go behind an href
    double largeProbability = 0.02; // a filing big enough for a claim check
    int visibilityTimeoutSeconds = 30;
    int presignedLifetimeSec = 300;
    quint32 seed = 7;
};

} // namespace sb::sim
