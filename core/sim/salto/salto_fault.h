#pragma once

namespace sb::sim {

// Fault switches of the Salto emulator. Switches stay on until turned off; actions happen on trigger(), to every hub
// connection or to those of one stream.
enum class SaltoFault {
    CloseAllowReconnect, // action: Close {"error":…,"allowReconnect":true}
    CloseNoReconnect, // action: Close {"error":…} without allowReconnect
    DropConnections, // action: abort the hub sockets without a close frame
    MalformedRecord, // action: send a record that is not JSON
    StopPinging, // switch: no server pings, nothing else either (the client's server timeout fires)
    SplitRecords, // switch: every burst of records is sent merged and cut across several text frames
    HandshakeError, // switch: answer the handshake with {"error":…}
    HandshakeSilence, // switch: never answer the handshake (the client's handshake timeout fires)
    IncidentsForbidden, // switch: upgrades to the incidents hub get 403, as for a token allowed entries only
    // switch: every burst of records is sent merged and cut inside each multi-byte UTF-8 character, in binary frames
    // (a text frame must hold whole characters, RFC 6455 §8.1; the transport allows either opcode)
    SplitInsideCharacters,
    BatchedArguments, // switch: a burst of messages to one connection goes as one ReceiveMessage with one argument each
};

} // namespace sb::sim
