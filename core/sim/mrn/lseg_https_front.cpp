#include "lseg_https_front.h"

#include "lseg_auth_service.h"
#include "sim/emulator_tls_identity.h"
#include "sim/loopback_http_server.h"

namespace sb::sim {

bool LsegHttpsFront::start(EmulatorTlsIdentity &identity, bool tls, const QString &caFileName,
    const LsegEmulatorOptions &options, LsegTokenStore *tokens, LsegFaultSwitches *faults, QObject *parent)
{
    if (tls && !identity.create(caFileName))
        return false;
    auto *server = new LoopbackHttpServer(parent);
    if (!server->listen(0, identity.serverConfiguration())) {
        delete server;
        return false;
    }
    http = server;
    auth = new LsegAuthService(options, tokens, faults, parent);
    auth->attach(http);
    return true;
}

} // namespace sb::sim
