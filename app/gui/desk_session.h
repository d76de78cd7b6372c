#pragma once

#include "desk/main_window_options.h"
#include "pipeline/feed_host.h"
#include "store/event_store.h"
#include "store/store_event_sink.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <memory>

namespace sb {
class SharedAlarmBucket;
} // namespace sb

namespace sb::ui {
class HostFeedSource;
class MainWindow;
} // namespace sb::ui

namespace sb::gui {

// One run of the desk: the history store, the feed host with every configured feed, and the window they feed. The
// host writes every batch to the store and shows only what is committed. Shutdown: the host stops first (feeds say
// goodbye, their last batches are committed and acknowledged upstream) while the window still shows them, then the
// window goes, and the store (which flushes) last.
class DeskSession
{
public:
    DeskSession();
    ~DeskSession();

    // Builds the feeds from their configs; a feed that cannot be built is skipped and its problem listed.
    bool start(const QVector<QJsonObject> &feedConfigs, const StoreOptions &store, const ui::MainWindowOptions &options,
        QStringList *problems);
    ui::MainWindow *window() const { return m_window.get(); }
    const FeedHost &host() const { return m_host; }
    EventStore &store() { return m_store; }
    // Why the rules beside the settings did not load (the defaults run instead); empty when they did.
    QStringList ruleProblems() const { return m_ruleProblems; }

private:
    EventStore m_store;
    StoreEventSink m_sink {&m_store};
    FeedHost m_host;
    std::unique_ptr<ui::HostFeedSource> m_source;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<SharedAlarmBucket> m_alarmBucket; // the team's alarms, when a relay feed shares them
    QStringList m_ruleProblems;
};

} // namespace sb::gui
