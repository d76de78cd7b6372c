#include "sim/alerts/alerts_emulator.h"
#include "sim/emulator_registry.h"
#include "sim/mrn/lseg_emulator.h"
#include "sim/opera/opera_emulator.h"
#include "sim/pubsub/pubsub_emulator.h"
#include "sim/salto/salto_emulator.h"

namespace sb::sim {

void registerBuiltinEmulators()
{
    // The order is the order of the feeds in the config they yield.
    static const bool once = [] {
        LsegEmulator::registerType();
        OperaEmulator::registerType();
        AlertsEmulator::registerType();
        PubSubEmulator::registerType();
        SaltoEmulator::registerType();
        return true;
    }();
    Q_UNUSED(once)
}

} // namespace sb::sim
