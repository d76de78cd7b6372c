#pragma once

#include <QString>

namespace sb {
class EventStore;
}

namespace sb::ui {

class FeedSource;
class RuleBook;

// What a feed pane is built with.
struct PaneContext
{
    QString feedName;
    QString feedType;
    EventStore *store = nullptr; // history for backfill and search; may be null
    FeedSource *source = nullptr; // for panes that send commands to their feed (sendCommand/commandResult); may be null
    int capacity = 100000; // rows kept in memory
    const RuleBook *rules = nullptr; // what each matched rule asks for (colour, …); may be null
};

} // namespace sb::ui
