#pragma once

#include "event.h"

#include <QByteArray>

namespace sb {

// The one writer of an Event's JSON Lines form (DESIGN.md): the CLI, the exporters and Event::toJsonLine() all
// produce their bytes here. It appends straight into the caller's buffer, so a batch costs one growing allocation
// rather than one per line, and it formats times without a QDateTime.
class EventJsonWriter
{
public:
    // Appends the event's line without its line break.
    static void append(QByteArray &out, const Event &event);
    // Appends each event's line, each followed by '\n'.
    static void appendLines(QByteArray &out, const Event *events, qsizetype count);
};

} // namespace sb
