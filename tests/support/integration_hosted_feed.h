#pragma once

#include "feed_host_observer.h"
#include "registered_feed.h"

#include "pipeline/feed_host.h"

#include <QJsonObject>

namespace sb::test {

// A FeedHost already running the one feed `config` describes, and an observer of what it reports: for a test that
// brings its own server (or a second feed beside an EmulatedFeed). The observer goes down before the host, whose
// stop() still reports.
template<typename Observer = FeedHostObserver>
struct HostedFeed
{
    explicit HostedFeed(const QJsonObject &config)
        : seen(host)
    {
        host.addFeed(makeFeed(config));
        host.start();
    }

    FeedHost host;
    Observer seen;
};

} // namespace sb::test
