#include "query/column_tags.h"

#include "event/event.h"
#include "query/query_input.h"

namespace sb::query {

void addColumnTags(const Event &event, QueryInput &input)
{
    if (!event.language.isEmpty())
        input.addTag(QString(QStringLiteral("lang:") + event.language));
    if (event.source.isEmpty())
        return;
    const QStringView kind = event.kind;
    if (kind.startsWith(u"news") || kind.startsWith(u"alert")) {
        input.addTag(QString(QStringLiteral("provider:") + event.source));
        const qsizetype colon = event.source.lastIndexOf(u':');
        if (colon >= 0)
            input.addTag(QString(QStringLiteral("provider:") + QStringView(event.source).mid(colon + 1)));
    } else if (kind.startsWith(u"door")) {
        input.addTag(QString(QStringLiteral("site:") + event.source));
    } else if (kind.startsWith(u"hotel")) {
        input.addTag(QString(QStringLiteral("hotel:") + event.source));
    } else if (kind.startsWith(u"topic")) {
        input.addTag(QString(QStringLiteral("topic:") + event.source));
    }
}

} // namespace sb::query
