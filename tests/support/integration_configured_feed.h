#pragma once

#include "emulated_feed.h"

#include <QJsonObject>

namespace sb::test {

// An EmulatedFeed that a suite starts with its own test config, `testConfig(emulator)`, against an emulator with the
// suite's quick options unless the test gives others.
template<typename Emulator, typename Observer, auto quickOptions, auto testConfig>
struct ConfiguredFeed : EmulatedFeed<Emulator, Observer>
{
    using Options = decltype(quickOptions());

    explicit ConfiguredFeed(const Options &options = quickOptions())
        : EmulatedFeed<Emulator, Observer>(options)
    { }

    // False when the emulator does not start.
    bool start()
    {
        return EmulatedFeed<Emulator, Observer>::start([this] { return testConfig(this->emulator); });
    }
};

} // namespace sb::test
