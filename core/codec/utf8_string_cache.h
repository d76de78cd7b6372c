#pragma once

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace sb {

// Turns short UTF-8 strings that repeat across messages (subject codes, RICs, language and provider codes) into
// shared QStrings. A story carries dozens of such codes; converting and allocating each one anew dominated the
// decode after gunzip and JSON, and every stored row kept its own copy. Direct-mapped, so it is bounded and a
// miss costs one conversion, as without the cache. One instance per decode thread: not thread-safe.
class Utf8StringCache
{
public:
    explicit Utf8StringCache(int slots = 4096, int maxKeyBytes = 48);

    QString get(std::string_view utf8);

    quint64 hits() const { return m_hits; }
    quint64 misses() const { return m_misses; }

private:
    struct Slot
    {
        std::string key;
        QString value;
        bool used = false;
    };
    std::vector<Slot> m_slots;
    std::size_t m_mask;
    std::size_t m_maxKeyBytes;
    quint64 m_hits = 0;
    quint64 m_misses = 0;
};

} // namespace sb
