#pragma once

#include <functional>

namespace sb {

// Exponential backoff with jitter: attempt n waits a random time in [c/2, c] with c = min(base·2ⁿ, cap). The random
// source is injectable so tests are deterministic.
class ReconnectBackoff
{
public:
    explicit ReconnectBackoff(int baseMs = 1000, int capMs = 60000);

    int nextDelayMs() { return nextDelayMs(0); }
    // The same, never below `floorMs` (a protocol's least wait): the fixed half c/2 is raised to the floor and the
    // random half goes on top of it, so the floor neither eats the jitter nor lines clients up on one instant.
    // Attempt n waits in [max(floor, c/2), max(floor, c/2) + c/2].
    int nextDelayMs(int floorMs);
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
