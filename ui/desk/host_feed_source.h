#pragma once

#include "feed_source.h"

namespace sb {
class FeedHost;
}

namespace sb::ui {

// Presents a FeedHost to the desk. The host lives on the GUI thread and already batches, so this only forwards.
class HostFeedSource : public FeedSource
{
    Q_OBJECT
public:
    HostFeedSource(FeedHost *host, QVector<FeedInfo> feeds, QObject *parent = nullptr);

    QVector<FeedInfo> feeds() const override { return m_feeds; }
    bool metrics(const QString &feed, FeedMetrics::Snapshot *out) const override;
    bool sendCommand(const QString &feed, const QJsonObject &command) override;
    void setRules(std::shared_ptr<const RuleSet> rules) override;

private:
    FeedHost *m_host;
    QVector<FeedInfo> m_feeds;
};

} // namespace sb::ui
