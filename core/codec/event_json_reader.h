#pragma once

#include "event/event.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace sb {

// The inverse of EventJsonWriter: one JSON Lines line back into an Event, as a relay consumer receives it. Bounded
// (a line over maxLineBytes is refused before it is parsed) and strict about the shape, so a broken or hostile line
// is an error to report, never a crash or a half-filled Event. `attrs` keeps the line's bytes as they are. `language`
// and `source`, which the line does not carry, are taken back from the `lang:` tag and the first provider:, site:,
// hotel: or topic: tag, the tags the decoders copy them into.
class EventJsonReader
{
public:
    explicit EventJsonReader(qsizetype maxLineBytes = 16 * 1024 * 1024);
    ~EventJsonReader();
    EventJsonReader(const EventJsonReader &) = delete;
    EventJsonReader &operator=(const EventJsonReader &) = delete;

    // False with `error` saying what is wrong; `out` is then unspecified. `line` may be padded by the reader.
    bool read(QByteArray line, Event &out, QString &error);

private:
    struct Parser;
    std::unique_ptr<Parser> m_parser;
    qsizetype m_maxLineBytes;
};

} // namespace sb
