#pragma once

#include <QtGlobal>

namespace sb::json {

// The most bytes writeEscaped() can produce from `size` input bytes ("\u00XX" for each).
constexpr qsizetype escapedSizeBound(qsizetype size)
{
    return size * 6;
}

// Writes `src` as the inside of a JSON string (no quotes) at `dst` and returns the end. Only '"', '\\' and the
// bytes below 0x20 are escaped; everything else, 0x7F and any non-ASCII byte included, is copied as it is, so the
// output is byte for byte what JsonWriter has always written. Clean runs are copied whole: in news text escapes are
// rare and the scan, not the copy, is what costs.
char *writeEscaped(char *dst, const char *src, qsizetype size);

} // namespace sb::json
