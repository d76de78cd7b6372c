#include "feeds/alerts/alert_decoder.h"
#include "feeds/alerts/alerts_feed.h"
#include "feeds/mrn/mrn_feed.h"
#include "feeds/mrn/mrn_frame_decoder.h"
#include "feeds/opera/opera_event_decoder.h"
#include "feeds/opera/opera_feed.h"
#include "feeds/pubsub/pubsub_event_decoder.h"
#include "feeds/pubsub/pubsub_feed.h"
#include "feeds/salto/salto_event_decoder.h"
#include "feeds/salto/salto_feed.h"
#include "pipeline/feed_registry.h"

namespace sb {

void registerBuiltinFeeds()
{
    static const bool once = [] {
        FeedRegistry &registry = FeedRegistry::instance();
        registry.add<MrnFeed, MrnFeedConfig, MrnFrameDecoder>(QStringLiteral("mrn"));
        registry.add<AlertsFeed, AlertsFeedConfig, AlertDecoder>(QStringLiteral("alerts"));
        registry.add<OperaFeed, OperaFeedConfig, OperaEventDecoder>(QStringLiteral("opera"));
        registry.add<PubSubFeed, PubSubFeedConfig, PubSubEventDecoder>(QStringLiteral("pubsub"));
        registry.add<SaltoFeed, SaltoFeedConfig, SaltoEventDecoder>(QStringLiteral("salto"));
        return true;
    }();
    Q_UNUSED(once)
}

} // namespace sb
