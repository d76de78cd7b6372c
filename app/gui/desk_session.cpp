#include "desk_session.h"

#include "alarms/alarm_board.h"
#include "capture/capture_file.h"
#include "desk/alarm_desk.h"
#include "desk/host_feed_source.h"
#include "desk/main_window.h"
#include "desk_rules.h"
#include "pipeline/feed.h"
#include "pipeline/feed_registry.h"
#include "relay/relay_feed_config.h"
#include "relay/shared_alarm_bucket.h"
#include "rules/rule_set.h"

namespace sb::gui {
namespace {

// The team's alarm bucket of the first enabled relay feed that shares alarms (#18); null when none does.
std::unique_ptr<SharedAlarmBucket> teamAlarms(const QVector<QJsonObject> &feedConfigs)
{
    for (const QJsonObject &config : feedConfigs) {
        RelayFeedConfig relay;
        if (config.value(QLatin1String("type")).toString() != QLatin1String("relay")
            || !config.value(QLatin1String("enabled")).toBool(true)
            || !RelayFeedConfig::fromJson(config, relay, nullptr) || relay.alarmsBucket.isEmpty())
            continue;
        return std::make_unique<SharedAlarmBucket>(relay.relay, relay.alarmsBucket, relay.reconnectMs);
    }
    return nullptr;
}

} // namespace

DeskSession::DeskSession() = default;

DeskSession::~DeskSession()
{
    m_host.stop();
    m_window.reset();
    m_alarmBucket.reset();
    m_source.reset();
}

bool DeskSession::start(const QVector<QJsonObject> &feedConfigs, const StoreOptions &store,
    const ui::MainWindowOptions &options, QStringList *problems)
{
    m_store.open(store);
    m_host.setStore(&m_store);
    m_host.setSink(&m_sink);
    m_host.setShowStreamsAtOnce(true);
    // About three seconds of what the store keeps up with on two cores (7-8k stories/s), ~100 MB of 3 KB stories:
    // past it a burst is shown, not queued for the history without end.
    m_host.setSinkBacklogLimit(25000);
    std::shared_ptr<const RuleSet> rules = DeskRules::load(options.settingsPath, &m_ruleProblems);
    m_host.setRules(rules);
    QVector<ui::FeedInfo> feeds;
    QVector<Feed *> carriers;
    for (const QJsonObject &config : feedConfigs) {
        if (config.value(QLatin1String("enabled")).toBool(true) == false)
            continue;
        QString error;
        std::unique_ptr<Feed> feed = FeedRegistry::instance().createFeed(config, &error);
        if (!feed) {
            problems->append(QStringLiteral("%1: %2").arg(config.value(QLatin1String("name")).toString(), error));
            continue;
        }
        feeds.append({feed->name(), feed->type()});
        // A relay feed carries other feeds under their own names: each gets its pane and indicator, and its state.
        const QVariantList carried = feed->property("carriedFeeds").toList();
        for (const QVariant &c : carried)
            feeds.append({c.toMap().value(QStringLiteral("name")).toString(),
                c.toMap().value(QStringLiteral("type")).toString()});
        if (!carried.isEmpty())
            carriers.append(feed.get());
        m_host.addFeed(std::move(feed));
    }
    m_source = std::make_unique<ui::HostFeedSource>(&m_host, feeds);
    for (Feed *carrier : carriers)
        QObject::connect(carrier, SIGNAL(carriedFeedStateChanged(QString, sb::FeedState, QString)), m_source.get(),
            SIGNAL(feedStateChanged(QString, sb::FeedState, QString)));
    ui::MainWindowOptions windowOptions = options;
    windowOptions.rules = rules;
    windowOptions.rulesPath = DeskRules::pathFor(options.settingsPath);
    windowOptions.historyPath = store.path.isEmpty() ? EventStore::defaultPath() : store.path;
    m_window = std::make_unique<ui::MainWindow>(m_source.get(), &m_store, windowOptions);
    if ((m_alarmBucket = teamAlarms(feedConfigs))) {
        m_window->alarms()->board()->setShare(m_alarmBucket.get());
        m_alarmBucket->start();
    }
    m_host.start();
    return !feeds.isEmpty();
}

} // namespace sb::gui
