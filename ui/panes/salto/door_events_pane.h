#pragma once

#include "panes/event_table_pane.h"
#include "panes/salto/site_names.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace sb::ui {

class DoorEventModel;

// Salto KS door entries and incidents in one table (time, site, door, user, event, severity), incidents tinted by
// severity and sortable by its rank, a kind selector and a filter (site:, door:, user:, event:, severity:high+,
// urgency:1-2), the incident counts of what the filter shows, the selected event's raw JSON, and the connection state
// with the reconnect countdown, the site named as the events name it. A fatal error (401 after renewal, 403, a final
// server Close) is shown in a banner, since the user must act on it.
class DoorEventsPane : public EventTablePane
{
    Q_OBJECT
public:
    explicit DoorEventsPane(const PaneContext &context, QWidget *parent = nullptr);

    QByteArray saveState() const override;
    bool restoreState(const QByteArray &state) override;
    void resetLayout() override;
    void showFeedState(sb::FeedState state, const QString &text) override;
    void showFeedError(const sb::FeedError &error) override;

    // For tests and the window.
    QPlainTextEdit *detailView() const { return m_detail; }
    QComboBox *kindBox() const { return m_kind; }
    QString statusText() const;
    QString incidentCountText() const;

protected:
    void eventsAdded(const EventBatch &events, bool live) override;
    void currentEventChanged(int sourceRow) override;
    void tableCleared() override;
    QString selectedEventText(const Event &event) const override; // with the raw JSON

private:
    void updateCounts();
    void showState();

    QPlainTextEdit *m_detail;
    QComboBox *m_kind;
    QLabel *m_state;
    QLabel *m_counts;
    int m_incidents = 0;
    int m_critical = 0;
    SiteNames m_siteNames;
    QString m_stateText; // as the feed said it, before site ids became names
};

} // namespace sb::ui
