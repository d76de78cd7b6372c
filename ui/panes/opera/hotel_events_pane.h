#pragma once

#include "panes/event_table_pane.h"

class QLabel;
class QTableWidget;

namespace sb::ui {

class HotelEventModel;

// OPERA Cloud business events: a table (time, hotel, module, event, room, guest, what changed; the primary key is in
// a hidden column, the tooltip and the Details viewer), a filter, the count of events shown, the selected event's
// detail rows (element: old → new), and a status line with the connection state and the last offset. A 4409
// lockout or a local consumer conflict is shown plainly in a banner, since the user must act on it.
class HotelEventsPane : public EventTablePane
{
    Q_OBJECT
public:
    explicit HotelEventsPane(const PaneContext &context, QWidget *parent = nullptr);

    void clear() override;
    QByteArray saveState() const override;
    bool restoreState(const QByteArray &state) override;
    void resetLayout() override;
    void showFeedState(sb::FeedState state, const QString &text) override;
    void showFeedError(const sb::FeedError &error) override;

    // For tests and the window.
    QTableWidget *detailView() const { return m_detail; }
    QString statusText() const;
    QString countText() const;

protected:
    void eventsAdded(const EventBatch &events, bool live) override;
    void currentEventChanged(int sourceRow) override;

private:
    HotelEventModel *model() const;
    void updateCount();

    QTableWidget *m_detail;
    QLabel *m_state;
    QLabel *m_count;
    QLabel *m_offset;
};

} // namespace sb::ui
