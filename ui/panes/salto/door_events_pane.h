#pragma once

#include "desk/feed_pane.h"
#include "pipeline/feed_state.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace sb {
struct FeedError;
}

namespace sb::ui {

class DoorEventFilterModel;
class DoorEventModel;

// Salto KS door entries and incidents in one table (time, site, door, user, event, severity), incidents tinted by
// severity, a kind selector and a filter (site:, door:, user:, event:, severity:), the selected event's raw JSON,
// and the connection state with the reconnect countdown. A fatal error (401 after renewal, 403, a final server
// Close) is shown in a banner, since the user must act on it.
class DoorEventsPane : public FeedPane
{
    Q_OBJECT
public:
    explicit DoorEventsPane(const PaneContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void appendEvents(const EventBatch &events) override;
    void startBackfill(int count) override;
    int eventCount() const override;
    int visibleCount() const override;
    void setPaused(bool paused) override;
    bool isPaused() const override { return m_paused; }
    void clear() override;
    void focusFilter() override;
    void setFilterText(const QString &text) override;
    void focusSearch() override { focusFilter(); }
    void moveSelection(int delta) override;
    void openCurrent() override;
    EventBatch selectedEvents() const override;
    QString selectedText() const override;
    QByteArray saveState() const override;
    bool restoreState(const QByteArray &state) override;
    void resetLayout() override;

    // For tests and the window.
    QTableView *view() const { return m_view; }
    QPlainTextEdit *detailView() const { return m_detail; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *kindBox() const { return m_kind; }
    QString statusText() const;
    QString bannerText() const;
    QString incidentCountText() const;
    void showFeedState(sb::FeedState state, const QString &text);
    void showFeedError(const sb::FeedError &error);

private:
    void showDetail();
    void countIncidents(const EventBatch &events);
    void updateCounts();
    int currentSourceRow() const;

    DoorEventModel *m_model;
    DoorEventFilterModel *m_proxy;
    QTableView *m_view;
    QPlainTextEdit *m_detail;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QLabel *m_state;
    QLabel *m_counts;
    QLabel *m_banner;
    EventBatch m_held; // while paused
    int m_incidents = 0;
    int m_critical = 0;
    bool m_paused = false;
};

} // namespace sb::ui
