#pragma once

#include <QString>

class QObject;

namespace sb::sim {

class EmulatorTlsIdentity;
class LoopbackHttpServer;
class LsegAuthService;
class LsegFaultSwitches;
class LsegTokenStore;
struct LsegEmulatorOptions;

// What both LSEG emulators (MRN streaming and alerts) start with: their TLS identity when they speak TLS, one
// loopback HTTP server with it, and LSEG's token endpoint on that server. The emulator adds its own routes.
struct LsegHttpsFront
{
    LoopbackHttpServer *http = nullptr;
    LsegAuthService *auth = nullptr;

    // False, leaving nothing behind, when the identity cannot be made or the server cannot listen.
    bool start(EmulatorTlsIdentity &identity, bool tls, const QString &caFileName, const LsegEmulatorOptions &options,
        LsegTokenStore *tokens, LsegFaultSwitches *faults, QObject *parent);
};

} // namespace sb::sim
