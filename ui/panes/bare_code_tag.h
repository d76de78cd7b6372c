#pragma once

#include <QLatin1String>
#include <QStringList>

namespace sb::ui {

// The value of the `prefix` tag. Events stored before the tag convention carry such codes bare, at a fixed place
// among their tags (the hotel module first, the event name or message type second): without the tag, the bare tag
// at `barePosition`, unless it is another prefixed tag.
QString codeTag(const QStringList &tags, QLatin1String prefix, int barePosition);

} // namespace sb::ui
