#include "utf8_string_cache.h"

#include <QByteArrayView>
#include <QHashFunctions>

namespace sb {

namespace {

std::size_t roundUpToPowerOfTwo(int n)
{
    std::size_t size = 1;
    while (size < std::size_t(n > 1 ? n : 1))
        size <<= 1;
    return size;
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
    const std::size_t index = qHash(QByteArrayView(utf8.data(), qsizetype(utf8.size())), 0) & m_mask;
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
