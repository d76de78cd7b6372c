#pragma once

#include "event.h"

#include <QLatin1String>
#include <QString>

#include <array>

namespace sb {

// One tag convention for every feed (README, "Event"): a tag is `prefix:value`, the prefix naming what the value is
// (`R:VOD.L`, `lang:en`, `door:Main entrance`, `module:RESERVATION`, `topic:orders`), so one query (core/query) reads
// every feed. Values stay as the service gives them, spaces and case included: the query language quotes values with
// spaces and compares case-insensitively.
namespace tags {

inline constexpr QLatin1String language("lang:");
inline constexpr QLatin1String provider("provider:");

// The news feeds append `lang:` and `provider:` after their own codes, repeating the Event's language and source;
// views that show those fields already (Details, CSV, MRN's subjects put back in the Raw JSON) take only the codes
// before them.
qsizetype codeCount(const Event &event);

// The value of the first tag starting with `prefix`, or an empty string.
QString valueOf(const QStringList &tags, QLatin1String prefix);

} // namespace tags

// Builds `prefix:value` tags for values that repeat from event to event (a feed's languages, providers, hotels,
// sites), so the decode path appends a shared string instead of formatting one per event. A few slots, compared by
// the value's shared data first: the values come from a Utf8StringCache or a decoder's own strings. One instance per
// decode thread: not thread-safe.
class PrefixedTagCache
{
public:
    explicit PrefixedTagCache(QLatin1String prefix)
        : m_prefix(prefix)
    { }

    // An empty value gives an empty tag, which callers leave out.
    QString tag(const QString &value);

private:
    struct Slot
    {
        QString value;
        QString tag;
    };
    QLatin1String m_prefix;
    std::array<Slot, 8> m_slots;
    std::size_t m_next = 0;
};

} // namespace sb
