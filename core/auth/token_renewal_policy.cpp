#include "token_renewal_policy.h"

namespace sb {

namespace {
constexpr int kShortLifetimeSec = 600;
constexpr qint64 kLongLifetimeDeltaMs = 300 * 1000;
} // namespace

double TokenRenewalPolicy::deltaSec(int expiresInSec)
{
    return double(deltaMs(expiresInSec)) / 1000.0;
}

qint64 TokenRenewalPolicy::deltaMs(int expiresInSec)
{
    if (expiresInSec <= 0)
        return 0;
    // 5 % of E seconds is E × 50 ms, exact in integers.
    return expiresInSec < kShortLifetimeSec ? qint64(expiresInSec) * 50 : kLongLifetimeDeltaMs;
}

qint64 TokenRenewalPolicy::v2RenewAtMs(const TokenInfo &token)
{
    return token.expiresAtMs() - deltaMs(token.expiresInSec);
}

qint64 TokenRenewalPolicy::v1RenewAtMs(const TokenInfo &token)
{
    // 0.8 × E seconds is E × 800 ms.
    return token.obtainedMs + qint64(token.expiresInSec) * 800;
}

TokenRenewalPolicy::Action TokenRenewalPolicy::beforeConnect(
    const TokenInfo &token, bool firstAttemptAfterDisconnect, qint64 nowMs) const
{
    if (!token.isValid() || token.expiresInSec <= 0)
        return Action::FetchNew;
    if (m_version == Version::V1)
        // A V1 token is bound to its lifetime, not to the connection: reuse it until its renewal point.
        return nowMs >= v1RenewAtMs(token) ? Action::FetchNew : Action::UseCurrent;
    if (firstAttemptAfterDisconnect)
        return Action::FetchNew;
    return nowMs >= v2RenewAtMs(token) ? Action::FetchNew : Action::UseCurrent;
}

std::optional<qint64> TokenRenewalPolicy::renewWhileConnectedAtMs(const TokenInfo &token) const
{
    if (m_version == Version::V2)
        return std::nullopt;
    return v1RenewAtMs(token);
}

} // namespace sb
