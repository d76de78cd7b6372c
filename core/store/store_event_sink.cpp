#include "store_event_sink.h"

#include "event_store.h"

namespace sb {

StoreEventSink::StoreEventSink(EventStore *store)
    : m_store(store)
{ }

StoreEventSink::~StoreEventSink() = default;

void StoreEventSink::write(const EventBatch &events, const AcknowledgementList &acks, Done done)
{
    QList<StateUpdate> state;
    for (const Acknowledgement &ack : acks)
        if (!ack.stateKey.isEmpty())
            state.append(StateUpdate {ack.feed, ack.stateKey, ack.stateValue});
    const qsizetype count = events.size();
    m_store->commit(events, state, &m_context,
        [done = std::move(done), count](bool ok, const QString &error) { done(ok ? count : 0, error); });
}

} // namespace sb
