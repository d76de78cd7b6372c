#pragma once

#include <QString>

namespace sb {

// What a client does after its graphql-transport-ws socket closed, from the close code (PROTOCOL.md, graphql-ws
// CloseCode) or the HTTP status of a refused upgrade, with the OHIP meanings on top (opera-graphql-ws.md §3, §12-14).
// Pure and table-driven, so every code is unit-tested.
class GraphqlWsClosePolicy
{
public:
    enum class Action {
        Done, // a normal end we asked for (1000 after our complete): nothing to do
        Reconnect, // transient: reconnect after at least minDelayMs (with backoff on top)
        RenewAuth, // credentials refused: fetch a new token once, then give up if refused again
        Lockout, // another consumer holds the stream (4409): wait out the lockout, then try again
        Fatal, // retrying cannot help (bad request, wrong key or URL, subprotocol): stop and say why
    };

    struct Decision
    {
        Action action = Action::Fatal;
        int minDelayMs = 0; // the least wait before the next attempt
        // The connection was lost rather than closed: no close frame (1005, 1006: a dropped socket, a TCP or TLS
        // error, an upgrade that never completed) or a peer gone silent (4499, no pong). OHIP wants at least
        // LostConnectionFloorMs before the next upgrade then, whichever way the owner was going to reconnect.
        bool connectionLost = false;
        QString code; // short machine-readable code for FeedError, e.g. "ws_4409", "http_400"
        QString meaning; // plain-language reason for the status line
    };

    // OHIP c_errors.htm: after 1006 (abnormal closure) "wait 4 s, then reconnect".
    static constexpr int LostConnectionFloorMs = 4000;

    // Client-side codes of the reference client (graphql-ws dist/client.js).
    static constexpr int BadResponse = 4004;
    static constexpr int InternalClientError = 4005;
    static constexpr int AcknowledgementTimeout = 4504;
    static constexpr int Terminated = 4499;

    // `closeCode` from the socket; `httpStatus` > 0 when the upgrade itself was refused (the socket never opened);
    // `weAskedToEnd` when we sent complete and were waiting for the server to close.
    static Decision classify(int closeCode, int httpStatus = 0, bool weAskedToEnd = false);
    static QString actionName(Action action);
};

} // namespace sb
