#pragma once

#include "desk/feed_pane.h"
#include "pipeline/feed_state.h"

class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;

namespace sb {
struct FeedError;
}

namespace sb::ui {

class HotelEventFilterModel;
class HotelEventModel;

// OPERA Cloud business events: a table (time, hotel, module, event, primary key), a filter, the selected event's
// detail rows (element: old → new), and a status line with the connection state and the last offset. A 4409
// lockout or a local consumer conflict is shown plainly in a banner, since the user must act on it.
class HotelEventsPane : public FeedPane
{
    Q_OBJECT
public:
    explicit HotelEventsPane(const PaneContext &context, QWidget *parent = nullptr);

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
    QTableWidget *detailView() const { return m_detail; }
    QLineEdit *filterEdit() const { return m_filter; }
    QString statusText() const;
    QString bannerText() const;
    void showFeedState(sb::FeedState state, const QString &text);
    void showFeedError(const sb::FeedError &error);

private:
    void showDetail();
    int currentSourceRow() const;

    HotelEventModel *m_model;
    HotelEventFilterModel *m_proxy;
    QTableView *m_view;
    QTableWidget *m_detail;
    QLineEdit *m_filter;
    QLabel *m_state;
    QLabel *m_offset;
    QLabel *m_banner;
    EventBatch m_held; // while paused
    bool m_paused = false;
};

} // namespace sb::ui
