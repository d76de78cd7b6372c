#pragma once

#include <QMetaType>

namespace sb::sim {

// Misbehaviours the LSEG emulator can be told to show. Three kinds, handled uniformly by
// LsegEmulator::setFault(fault, on) (armed until switched off) and LsegEmulator::trigger(fault, times):
//  - answer faults change how the next requests are answered; trigger() arms them for `times` requests;
//  - state faults hold while switched on; trigger() switches them on;
//  - action faults happen once per trigger() on every session that can show them (or, if none can yet, on the
//    next one that can); setFault(fault, true) is the same as trigger(fault).
enum class LsegFault {
    // answer faults
    TokenRejected, // token endpoint: 401 invalid_client
    TokenServerError, // token endpoint: LsegEmulatorOptions::tokenServerErrorStatus (500/503)
    TokenRedirect, // token endpoint: 307 to another path that serves the token (POST repeated there)
    DiscoveryForbidden, // discovery: 403 insufficient_scope, the RDP gateway body
    LoginRejected, // Login: Status Closed/Suspect UserUnknownToPermSys "Login Rejected. ..."
    TokenExpiredAtLogin, // Login: rejected as if the token had expired
    // state faults
    FirstEndpointDown, // the preferred WebSocket listener is closed and its sessions dropped
    StopPinging, // the server sends no Ping
    IgnorePongs, // the server neither expects Pongs (no ping-timeout disconnect) nor answers Pings
    // action faults, on logged-in sessions
    DropConnection, // abort the TCP connection now, no close frame
    OmmError, // {"ID":0,"Type":"Error","Text":"JSON Converter Token Type error...","Debug":{...}}
    MalformedFrame, // a text frame that is not JSON
    BinaryFrame, // a valid story Update frame sent as a binary message
    InvalidUtf8Binary, // a binary frame whose JSON string holds bytes that are not UTF-8 (see note below)
    OversizeMessage, // one text message of LsegEmulatorOptions::oversizeMessageBytes: a Login Status padded out
    // action faults, on sessions with an open MRN item stream
    ItemClosedRecover, // item Status ClosedRecover/Suspect; the stream is closed
    ItemClosed, // item Status Closed/Suspect NotEntitled; the stream is closed
    DropMidStory, // fragment 1 of a multi-fragment story, then abort the connection
    BadBase64Fragment, // FRAGMENT that is not base64
    CorruptGzip, // gzip header followed by garbage, TOT_SIZE consistent
    OrphanFragment, // FRAG_NUM 2 of a GUID never announced
    FragmentGap, // FRAG_NUM 1 then 3
    FragmentsExceedTotal, // decoded fragments sum above TOT_SIZE
    GzipBomb, // consistent fragments whose gzip inflates to 20 MiB of zeros
    MalformedStoryJson, // valid gzip of text that is not JSON
    DuplicateStory, // the last story again, byte for byte (observed on the real feed)
    NewVersionStory, // the last story's GUID again with new content and versionCreated (observed)
    PackedFragments, // a multi-fragment story with FRAG_NUM 1 and 2 in one frame (observed)
};
// A text frame that is not valid UTF-8 cannot be produced: QWebSocket::sendTextMessage takes a QString and always
// encodes valid UTF-8, and QtWebSockets has no raw-frame API. InvalidUtf8Binary is the closest reachable case.

} // namespace sb::sim

Q_DECLARE_METATYPE(sb::sim::LsegFault)
