#pragma once

namespace sb::sim {

// Fault switches of the OHIP emulator. Switches stay on until turned off; actions happen on trigger().
enum class OperaFault {
    StallPongs, // switch: hold pongs back (OHIP under backpressure) and send them when switched off
    RejectUpgrades, // switch: answer every upgrade with HTTP 429
    RejectInit, // switch: close every connection_init with 4401 (credentials revoked)
    DropConnections, // action: abort every stream socket (the client sees 1006)
    MaintenanceClose, // action: close every stream socket with 1001
};

} // namespace sb::sim
