#include "feeds/alerts/alerts_feed.h"
#include "feeds/mrn/mrn_feed.h"
#include "feeds/opera/opera_feed.h"
#include "feeds/pubsub/pubsub_feed.h"
#include "feeds/salto/salto_feed.h"
#include "pipeline/feed_registry.h"

namespace sb {

void registerBuiltinFeeds()
{
    static const bool once = [] {
        MrnFeed::registerType();
        AlertsFeed::registerType();
        OperaFeed::registerType();
        PubSubFeed::registerType();
        SaltoFeed::registerType();
        return true;
    }();
    Q_UNUSED(once)
}

} // namespace sb
