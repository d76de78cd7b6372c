#pragma once

#include "feed_host_observer.h"
#include "registered_feed.h"

#include "pipeline/feed_host.h"

#include <QJsonObject>

#include <utility>

namespace sb::test {

// How an integration suite opens a test: an emulator, a FeedHost running one feed whose config points at the
// emulator, and an observer of what the host reports. Members go down in reverse: the observer first, then the host
// (its stop() may still talk to the emulator), the emulator last.
template<typename Emulator, typename Observer = FeedHostObserver>
struct EmulatedFeed
{
    template<typename... EmulatorArgs>
    explicit EmulatedFeed(EmulatorArgs &&...args)
        : emulator(std::forward<EmulatorArgs>(args)...)
        , seen(host)
    { }

    // Starts the emulator, then the host with the feed `config()` describes (asked once the emulator has its ports).
    // False when the emulator does not start.
    template<typename ConfigFn>
    bool start(ConfigFn config)
    {
        if (!emulator.start())
            return false;
        host.addFeed(makeFeed(config()));
        host.start();
        return true;
    }

    Emulator emulator;
    FeedHost host;
    Observer seen;
};

} // namespace sb::test
