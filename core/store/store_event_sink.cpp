#include "store_event_sink.h"

#include "event_store.h"

namespace sb {

StoreEventSink::StoreEventSink(EventStore *store)
    : m_store(store)
{ }

StoreEventSink::~StoreEventSink() = default;

void StoreEventSink::write(const EventBatch &events, Done done)
{
    const qsizetype count = events.size();
    m_store->commit(events, &m_context,
        [done = std::move(done), count](bool ok, const QString &error) { done(ok ? count : 0, error); });
}

} // namespace sb
