#pragma once

#include <functional>

namespace sb {

// Exponential backoff with full jitter: attempt n waits a random time in [base·2ⁿ/2, base·2ⁿ], capped. The random
// source is injectable so tests are deterministic.
class ReconnectBackoff
{
public:
    explicit ReconnectBackoff(int baseMs = 1000, int capMs = 60000);

    int nextDelayMs();
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }
    void setRandom(std::function<double()> uniform01) { m_random = std::move(uniform01); }

private:
    int m_baseMs;
    int m_capMs;
    int m_attempt = 0;
    std::function<double()> m_random;
};

} // namespace sb
