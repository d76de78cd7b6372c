#pragma once

namespace sb::sim {

// Fault switches of the Salto emulator. Switches stay on until turned off; actions happen on trigger().
enum class SaltoFault {
    CloseAllowReconnect, // action: Close {"error":…,"allowReconnect":true} to every hub connection
    CloseNoReconnect, // action: Close {"error":…} without allowReconnect
    DropConnections, // action: abort every hub socket without a close frame
    MalformedRecord, // action: send a record that is not JSON
    StopPinging, // switch: no server pings, nothing else either (the client's server timeout fires)
    SplitRecords, // switch: every burst of records is sent merged and cut across several frames
    HandshakeError, // switch: answer the handshake with {"error":…}
};

} // namespace sb::sim
