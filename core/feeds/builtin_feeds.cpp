#include "feeds/mrn/mrn_feed.h"
#include "feeds/opera/opera_feed.h"
#include "feeds/salto/salto_feed.h"
#include "pipeline/feed_registry.h"

namespace sb {

void registerBuiltinFeeds()
{
    static const bool once = [] {
        MrnFeed::registerType();
        OperaFeed::registerType();
        SaltoFeed::registerType();
        return true;
    }();
    Q_UNUSED(once)
}

} // namespace sb
