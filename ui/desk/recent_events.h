#pragma once

#include "event/event.h"

namespace sb::ui {

// The last events the desk received, whatever their feed: what the Rules dialog's preview counts against. A fixed
// ring, so keeping it costs a few copies of implicitly shared strings per event and no allocation once full.
class RecentEvents
{
public:
    explicit RecentEvents(int capacity = 1000);

    void append(const EventBatch &batch);
    // Oldest first.
    EventBatch snapshot() const;
    int size() const { return int(m_events.size()); }

private:
    int m_capacity;
    EventBatch m_events;
    int m_next = 0; // where the next event goes once the ring is full
};

} // namespace sb::ui
