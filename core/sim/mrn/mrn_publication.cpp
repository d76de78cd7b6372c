#include "mrn_publication.h"

#include "mrn_update_encoder.h"

namespace sb::sim {

MrnPublication MrnPublication::fromStory(const MrnStory &story, const QString &ric, const QString &mrnSrc)
{
    MrnPublication p;
    p.ric = ric;
    p.guid = story.guid;
    p.mrnType = story.mrnType;
    p.mrnSrc = mrnSrc;
    p.compressed = MrnUpdateEncoder::gzip(story.json);
    p.story = story;
    return p;
}

QString MrnPublication::sourceFor(const QString &ric, const QString &storySource)
{
    if (ric == u"MRN_TRNA" || ric == u"MRN_TRNA_DOC")
        return QStringLiteral("trna-prod-5-9-18-euw1"); // as observed (reference §12)
    if (ric == u"MRN_TRSI")
        return QStringLiteral("trsi-prod-2-3-7-euw1");
    return storySource;
}

} // namespace sb::sim
