#pragma once

#include <QString>

namespace sb {

// One entry of a rules file (#16): which events it picks (`query`, in the one query language) and what the desk does
// with them. The CLI and the pipeline read only `name`, `query` and `enabled`; the rest travels for the desk.
struct Rule
{
    QString name;
    QString query;
    bool enabled = true;
    QString colour; // "#rrggbb", or empty
    QString sound; // a built-in sound's name or a WAV file, or empty
    bool notify = false;
    bool watch = false;
    bool requireAck = false; // a match becomes an alarm
    int repeatSec = 0; // 0: the alarm's sound plays once
    int escalateAfterSec = 0; // 0: never escalates
};

} // namespace sb
