#include "utf8_string_cache.h"

#include <cstdint>
#include <cstring>

namespace sb {

namespace {

std::size_t roundUpToPowerOfTwo(int n)
{
    std::size_t size = 1;
    while (size < std::size_t(n > 1 ? n : 1))
        size <<= 1;
    return size;
}

// Codes are short and read once per story, so the slot comes from the first and last eight bytes and the length,
// a few multiplies instead of a general hash over every byte; a poor spread only costs misses, never a wrong
// string, since the slot keeps its key.
std::size_t slotHash(std::string_view s)
{
    const std::size_t n = s.size();
    std::uint64_t head = 0, tail = 0;
    if (n >= 8) {
        std::memcpy(&head, s.data(), 8);
        std::memcpy(&tail, s.data() + n - 8, 8);
    } else {
        std::memcpy(&head, s.data(), n);
    }
    std::uint64_t h = (head * 0x9e3779b97f4a7c15ULL) ^ (tail + n) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return std::size_t(h ^ (h >> 29));
}

} // namespace

Utf8StringCache::Utf8StringCache(int slots, int maxKeyBytes)
    : m_slots(roundUpToPowerOfTwo(slots))
    , m_mask(m_slots.size() - 1)
    , m_maxKeyBytes(std::size_t(maxKeyBytes))
{ }

QString Utf8StringCache::get(std::string_view utf8)
{
    if (utf8.empty())
        return QString();
    if (utf8.size() > m_maxKeyBytes)
        return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    const std::size_t index = slotHash(utf8) & m_mask;
    Slot &slot = m_slots[index];
    if (slot.used && slot.key == utf8) {
        ++m_hits;
        return slot.value;
    }
    ++m_misses;
    slot.key.assign(utf8.data(), utf8.size());
    slot.value = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    slot.used = true;
    return slot.value;
}

} // namespace sb
