#pragma once

namespace sb::sim {

// Fault switches of the pub/sub emulator. Switches stay on until turned off; actions happen on trigger().
enum class PubSubFault {
    RejectUpgrades, // switch: answer every upgrade with HTTP 503
    DropAcks, // switch: send no acks
    NoWelcome, // switch: accept connections but never welcome them
    CloseAfterAck, // switch: close the connection (1001) right after each ack
    // switch: refuse every secure/… subscription as forbidden, whatever the token grants (the server's own word,
    // e.g. a permission revoked in the application or matched differently than the client reads it)
    RefuseSecureSubscriptions,
    DropConnections, // action: abort every connection (the client sees 1006)
    GoingAway, // action: close every connection with 1001
};

} // namespace sb::sim
