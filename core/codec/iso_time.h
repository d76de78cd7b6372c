#pragma once

#include <QtGlobal>

#include <string_view>

namespace sb {

// Parses the UTC timestamps services send ("2024-07-02T10:13:37.000Z", fraction optional, "Z" or "+00:00")
// into milliseconds since the epoch without building a QDateTime, which costs more than the rest of a story.
// Returns -1 when the text is not such a timestamp.
qint64 parseIsoUtcMs(std::string_view text);

} // namespace sb
