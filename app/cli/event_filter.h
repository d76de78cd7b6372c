#pragma once

#include "event/event.h"
#include "query/query.h"
#include "query/query_input.h"

#include <optional>

namespace sb::cli {

// `--filter QUERY` of listen and replay: the desk's filter language (core/query, a bare word also matching a tag's
// value), with the Event's language and source as tags (addColumnTags) as in the desk's panes and history search.
class EventFilter
{
public:
    // Null (no filter) for an empty text; false, with `error` naming the token, for a malformed one.
    static bool parse(const QString &text, std::optional<EventFilter> *out, QString *error);

    bool matches(const Event &event);

private:
    explicit EventFilter(query::Query query)
        : m_query(std::move(query))
    { }

    query::Query m_query;
    query::QueryInput m_input;
};

} // namespace sb::cli
