#pragma once

#include "event/event.h"
#include "event/feed_error.h"
#include "feed_info.h"
#include "pipeline/feed_metrics.h"
#include "pipeline/feed_state.h"

#include <QJsonObject>
#include <QObject>
#include <QVector>

#include <memory>

namespace sb {
class RuleSet;
}

namespace sb::ui {

// Where the desk's events come from: a FeedHost in the app (HostFeedSource), or a test that emits batches itself.
// Signals are delivered on the GUI thread, batched at most once per frame.
class FeedSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QVector<FeedInfo> feeds() const = 0;
    // The pipeline's counters for a feed; false when the source keeps none.
    virtual bool metrics(const QString &feed, FeedMetrics::Snapshot *out) const
    {
        Q_UNUSED(feed)
        Q_UNUSED(out)
        return false;
    }
    // A pane's request to its feed (see Feed::handleCommand); the answer arrives as commandResult.
    virtual bool sendCommand(const QString &feed, const QJsonObject &command)
    {
        Q_UNUSED(feed)
        Q_UNUSED(command)
        return false;
    }
    // The rules the feeds' decode workers match from the next event on (the Rules dialog's Save).
    virtual void setRules(std::shared_ptr<const RuleSet> rules) { Q_UNUSED(rules) }

Q_SIGNALS:
    void eventsReady(const sb::EventBatch &batch);
    void feedStateChanged(const QString &feed, sb::FeedState state, const QString &text);
    void feedError(const sb::FeedError &error);
    void commandResult(const QString &feed, const QJsonObject &result);
};

} // namespace sb::ui
