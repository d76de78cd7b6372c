#include "bare_code_tag.h"

#include "event/event_tags.h"

namespace sb::ui {

QString codeTag(const QStringList &tags, QLatin1String prefix, int barePosition)
{
    const QString value = tags::valueOf(tags, prefix);
    if (!value.isEmpty())
        return value;
    const QString old = tags.value(barePosition);
    return old.contains(QLatin1Char(':')) ? QString() : old;
}

} // namespace sb::ui
