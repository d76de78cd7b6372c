#include "builtin_panes.h"

#include "alerts/alerts_pane.h"
#include "desk/pane_registry.h"
#include "mrn/blotter_pane.h"
#include "opera/hotel_events_pane.h"
#include "pubsub/topic_inspector_pane.h"
#include "salto/door_events_pane.h"

namespace sb::ui {

void registerBuiltinPanes(PaneRegistry &registry)
{
    auto blotter
        = [](const PaneContext &context, QWidget *parent) -> FeedPane * { return new BlotterPane(context, parent); };
    registry.add(QStringLiteral("mrn"), blotter);
    registry.add(QStringLiteral("alerts"),
        [](const PaneContext &context, QWidget *parent) -> FeedPane * { return new AlertsPane(context, parent); });
    registry.add(QStringLiteral("opera"),
        [](const PaneContext &context, QWidget *parent) -> FeedPane * { return new HotelEventsPane(context, parent); });
    registry.add(QStringLiteral("pubsub"), [](const PaneContext &context, QWidget *parent) -> FeedPane * {
        return new TopicInspectorPane(context, parent);
    });
    registry.add(QStringLiteral("salto"),
        [](const PaneContext &context, QWidget *parent) -> FeedPane * { return new DoorEventsPane(context, parent); });
    // A team relay's events show in the panes of the feeds it carries (their own names and types); the relay feed
    // itself has only its status-bar indicator.
    registry.add(QStringLiteral("relay"), [](const PaneContext &, QWidget *) -> FeedPane * { return nullptr; });
    // Until a feed type brings its own pane, its events are readable in a blotter.
    registry.setFallback(blotter);
}

} // namespace sb::ui
