#include "host_feed_source.h"

#include "pipeline/feed_host.h"

namespace sb::ui {

HostFeedSource::HostFeedSource(FeedHost *host, QVector<FeedInfo> feeds, QObject *parent)
    : FeedSource(parent)
    , m_host(host)
    , m_feeds(std::move(feeds))
{
    connect(host, &FeedHost::eventsReady, this, &FeedSource::eventsReady);
    connect(host, &FeedHost::feedStateChanged, this, &FeedSource::feedStateChanged);
    // Feed::fail() reports through errorOccurred as well, so feedFailed would count the error twice.
    connect(host, &FeedHost::feedError, this, &FeedSource::feedError);
    connect(host, &FeedHost::feedCommandResult, this, &FeedSource::commandResult);
}

bool HostFeedSource::sendCommand(const QString &feed, const QJsonObject &command)
{
    return m_host->sendCommand(feed, command);
}

void HostFeedSource::setRules(std::shared_ptr<const RuleSet> rules)
{
    m_host->setRules(std::move(rules));
}

bool HostFeedSource::metrics(const QString &feed, FeedMetrics::Snapshot *out) const
{
    const FeedMetrics *m = m_host->metrics(feed);
    if (!m)
        return false;
    *out = m->snapshot();
    return true;
}

} // namespace sb::ui
