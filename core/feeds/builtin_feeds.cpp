#include "feeds/mrn/mrn_feed.h"
#include "pipeline/feed_registry.h"

namespace sb {

void registerBuiltinFeeds()
{
    static const bool once = [] {
        MrnFeed::registerType();
        return true;
    }();
    Q_UNUSED(once)
}

} // namespace sb
