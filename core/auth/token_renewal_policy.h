#pragma once

#include "token_info.h"

#include <optional>

namespace sb {

// When a streaming session needs a new access token. Pure: every decision takes the current time, so tests drive
// it with a fake clock.
//
// V2 (client credentials; reference §13): an open WebSocket needs no renewal, even past expiry. The first connect
// attempt after a disconnect fetches a new token; later attempts while still reconnecting reuse it until
// now ≥ obtained + expires_in − Δ, with Δ = 5 % of expires_in below 600 s, else 300 s.
//
// V1 (password/refresh grant; reference §2.2): the token is renewed at obtained + 0.8 × expires_in even while
// connected, as EMA does; the session then reissues its Login with "Refresh": false.
class TokenRenewalPolicy
{
public:
    enum class Version { V1, V2 };
    enum class Action { UseCurrent, FetchNew };

    explicit TokenRenewalPolicy(Version version = Version::V2)
        : m_version(version)
    { }

    Version version() const { return m_version; }

    // Asked before every connect attempt. `firstAttemptAfterDisconnect` is true for the first attempt after an
    // established connection dropped (the transition to reconnecting), false for the initial connect and for
    // retries while still reconnecting. An invalid token always needs fetching.
    Action beforeConnect(const TokenInfo &token, bool firstAttemptAfterDisconnect, qint64 nowMs) const;

    // V1 only: when to renew while connected; std::nullopt for V2, which never renews an open connection.
    std::optional<qint64> renewWhileConnectedAtMs(const TokenInfo &token) const;

    // V2's safety margin before expiry, in seconds (fractional below 600 s: 5 % of 599 s is 29.95 s) and exact ms.
    static double deltaSec(int expiresInSec);
    static qint64 deltaMs(int expiresInSec);
    // V2: the instant from which a reconnect attempt stops reusing the token: obtained + expires_in − Δ.
    static qint64 v2RenewAtMs(const TokenInfo &token);
    // V1: obtained + 0.8 × expires_in.
    static qint64 v1RenewAtMs(const TokenInfo &token);

private:
    Version m_version;
};

} // namespace sb
