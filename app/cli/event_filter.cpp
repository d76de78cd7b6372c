#include "event_filter.h"

#include "query/column_tags.h"

namespace sb::cli {

bool EventFilter::parse(const QString &text, std::optional<EventFilter> *out, QString *error)
{
    out->reset();
    if (text.trimmed().isEmpty())
        return true;
    query::QueryError why;
    std::optional<query::Query> q = query::Query::parse(text, &why, query::Query::Option::BareWordsMatchTagValues);
    if (!q) {
        *error = QStringLiteral("--filter: %1").arg(why.text());
        return false;
    }
    out->emplace(EventFilter(std::move(*q)));
    return true;
}

bool EventFilter::matches(const Event &event)
{
    m_input.reset(event);
    query::addColumnTags(event, m_input);
    return m_query.matches(m_input);
}

} // namespace sb::cli
