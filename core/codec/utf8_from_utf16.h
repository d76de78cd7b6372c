#pragma once

#include <QStringView>

namespace sb {

// UTF-16 to UTF-8 into a caller's buffer, for protocol frames that arrive as QString but are almost all ASCII (OMM
// JSON is mostly base64). The ASCII run is narrowed sixteen characters per SSE2 step; QStringEncoder's stateful
// path spends about one instruction per character there. The rest goes through QStringEncoder unchanged.
class Utf8FromUtf16
{
public:
    // At most this many bytes are written for `text`.
    static qsizetype maxBytes(QStringView text) { return text.size() * 3; }
    // Writes `text` as UTF-8 at `out` and returns the end of what was written; unpaired surrogates become U+FFFD, as
    // with QStringEncoder.
    static char *write(char *out, QStringView text);
};

} // namespace sb
