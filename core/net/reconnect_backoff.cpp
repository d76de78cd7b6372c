#include "reconnect_backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace sb {

ReconnectBackoff::ReconnectBackoff(int baseMs, int capMs)
    : m_baseMs(baseMs)
    , m_capMs(capMs)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{ }

int ReconnectBackoff::nextDelayMs(int floorMs)
{
    const int shift = std::min(m_attempt, 20);
    const double ceiling = std::min<double>(m_capMs, double(m_baseMs) * double(1 << shift));
    ++m_attempt;
    // Half fixed, half random: never hammers the server, never synchronizes many clients.
    const double fixed = std::max(ceiling / 2, double(floorMs));
    return int(fixed + m_random() * ceiling / 2);
}

} // namespace sb
