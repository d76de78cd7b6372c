#pragma once

#include "pipeline/feed_registry.h"

#include <QJsonObject>

#include <memory>

namespace sb::test {

// A feed built from its config through the registry, as the apps build them; a config the test got wrong ends the
// test run with the registry's reason.
inline std::unique_ptr<Feed> makeFeed(const QJsonObject &config)
{
    QString error;
    auto feed = FeedRegistry::instance().createFeed(config, &error);
    if (!feed)
        qFatal("feed: %s", qPrintable(error));
    return feed;
}

} // namespace sb::test
