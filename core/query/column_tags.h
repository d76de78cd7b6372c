#pragma once

namespace sb {
struct Event;
}

namespace sb::query {

class QueryInput;

// Until every feed tags its events with the one convention of #16, the Event's own columns count as tags where a
// query is matched outside a pane (history search, the CLI): `lang:<language>`, and `source` by what it is for the
// event's kind: `provider:` for news and alerts (the whole code `NS:RTRS` and its value `RTRS`), `site:` for doors,
// `hotel:` for hotel events, `topic:` for Pub/Sub. A tag the event already carries is not harmed by a duplicate.
void addColumnTags(const Event &event, QueryInput &input);

} // namespace sb::query
