#pragma once

#include "pipeline/feed_host.h"
#include "store/event_store.h"
#include "store/store_event_sink.h"

namespace sb::test {

// A desk-like run: a history store that is both the host's sink and its feeds' store, as the desk wires them.
// Members go in reverse order: the host stops (committing its last batches) before the store closes.
struct StoreSession
{
    explicit StoreSession(const QString &historyPath)
        : path(historyPath)
    {
        StoreOptions options;
        options.path = path;
        store.open(options);
        host.setStore(&store);
        host.setSink(&sink);
    }
    QString path;
    EventStore store;
    StoreEventSink sink {&store};
    FeedHost host;
};

} // namespace sb::test
