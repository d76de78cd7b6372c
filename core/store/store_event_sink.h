#pragma once

#include "pipeline/event_sink.h"

#include <QObject>

namespace sb {

class EventStore;

// The history store as a host's sink: each batch is one commit, synced to disk before the answer (EventStore::commit
// runs acknowledged transactions with synchronous=FULL), answered on the thread that made the sink.
class StoreEventSink : public EventSink
{
public:
    explicit StoreEventSink(EventStore *store);
    ~StoreEventSink() override;

    // The acknowledgements' feed state is written in the events' transaction.
    void write(const EventBatch &events, const AcknowledgementList &acks, Done done) override;

private:
    EventStore *m_store;
    QObject m_context; // answers come back to the thread that made the sink; none after it is gone
};

} // namespace sb
