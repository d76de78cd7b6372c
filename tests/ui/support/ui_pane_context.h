#pragma once

#include "desk/pane_context.h"

namespace sb::ui::test {

// What a feed pane is created with in a test: one feed, named as its type (as the desk names a feed it has one of),
// with the source a pane that sends commands needs, holding `capacity` rows.
inline PaneContext paneContext(const QString &feedType, FeedSource *source, int capacity = PaneContext().capacity)
{
    PaneContext c;
    c.feedName = feedType;
    c.feedType = feedType;
    c.source = source;
    c.capacity = capacity;
    return c;
}

inline PaneContext paneContext(const QString &feedType, int capacity)
{
    return paneContext(feedType, nullptr, capacity);
}

} // namespace sb::ui::test
