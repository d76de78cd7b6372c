#pragma once

#include "feed_host_observer.h"
#include "registered_feed.h"

#include "pipeline/feed_host.h"

#include <QJsonObject>

#include <memory>

namespace sb::test {

// A FeedHost already running the one feed `config` describes, and an observer of what it reports: for a test that
// brings its own server (or a second feed beside an EmulatedFeed). `feed` is the feed as a FeedType, for a test that
// asks it something directly (null when the config made another kind). The observer goes down before the host, whose
// stop() still reports.
template<typename Observer = FeedHostObserver, typename FeedType = Feed>
struct HostedFeed
{
    explicit HostedFeed(const QJsonObject &config)
        : seen(host)
    {
        std::unique_ptr<Feed> made = makeFeed(config);
        feed = qobject_cast<FeedType *>(made.get());
        host.addFeed(std::move(made));
        host.start();
    }

    FeedHost host;
    Observer seen;
    FeedType *feed = nullptr;
};

} // namespace sb::test
