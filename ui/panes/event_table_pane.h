#pragma once

#include "desk/feed_pane.h"
#include "pipeline/feed_state.h"
#include "widgets/filter_box.h" // subclasses lay out filterBox()

class QDataStream;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace sb {
struct FeedError;
}

namespace sb::ui {

class EventTableModel;
class NewRowsCue;
class ScrollAnchor;

// A feed pane built around one event table: the model (newest first) behind a filter proxy, the view, the filter
// line, pause with the events held meanwhile (up to a cap, as the blotter holds; the oldest held drop first and are
// counted), backfill from the store, keyboard selection, and the selected events as text. It follows its feed's state
// and errors from the source. The subclass lays the widgets out and fills in the hooks: a detail view for the current
// event, counters, a banner.
class EventTablePane : public FeedPane
{
    Q_OBJECT
public:
    void appendEvents(const EventBatch &events) override;
    void startBackfill(int count) override;
    int eventCount() const override;
    int visibleCount() const override;
    void setPaused(bool paused) override;
    bool isPaused() const override { return m_paused; }
    void clear() override;
    bool canUndoClear() const override;
    void undoClear() override;
    void focusFilter() override;
    void focusRows() override;
    void setFilterText(const QString &text) override;
    void focusSearch() override { focusFilter(); }
    void moveSelection(int delta) override;
    void openCurrent() override;
    EventBatch selectedEvents() const override;
    QString selectedText() const override;

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    NewRowsCue *cue() const { return m_cue; }
    // The filter field with its problem line under it: what a subclass puts in its layout.
    FilterBox *filterBox() const { return m_filterBox; }
    int heldCount() const { return int(m_held.size()); }
    // Held events dropped since the pause began, because more arrived than the cap; the store still has them.
    int heldDroppedCount() const { return m_heldDropped; }
    // Default: the pane's row capacity, the blotter's cap too; more would only push rows out on resume.
    int heldCap() const { return m_heldCap; }
    void setHeldCap(int cap);
    // "Paused · 1,234 held · 56 dropped" (without the dropped part when none were); empty while not paused.
    QString pausedText() const;

    // This pane's feed, as the source reports it.
    virtual void showFeedState(sb::FeedState state, const QString &text);
    virtual void showFeedError(const sb::FeedError &error);

protected:
    // Takes ownership of `model` and `proxy`.
    EventTablePane(const PaneContext &context, EventTableModel *model, QSortFilterProxyModel *proxy, QWidget *parent);

    EventTableModel *tableModel() const { return m_model; }
    int currentSourceRow() const; // -1: none

    // Events now in the table: `live` from the feed (or released after a pause), else backfilled from the store.
    virtual void eventsAdded(const EventBatch &events, bool live);
    virtual void currentEventChanged(int sourceRow); // -1: none
    virtual void tableCleared();
    virtual void heldChanged(); // paused, resumed, or the held or dropped count changed
    virtual QString selectedEventText(const Event &event) const; // time, source, title, then the body

    // The column layout and filter text, for the subclass's saveState/restoreState.
    struct TableState
    {
        QByteArray header;
        QString filter;
    };
    void writeTableState(QDataStream &out) const;
    static TableState readTableState(QDataStream &in);
    void applyTableState(const TableState &state);

private:
    EventTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    FilterBox *m_filterBox;
    QLineEdit *m_filter;
    ScrollAnchor *m_anchor;
    NewRowsCue *m_cue;
    // Keeps at most m_heldCap events, dropping the oldest.
    void capHeld();

    EventBatch m_held; // while paused, oldest first
    int m_heldCap;
    int m_heldDropped = 0;
    bool m_paused = false;
    int m_liveDuringBackfill = -1; // rows shown live since the backfill was asked for; -1: none asked
};

} // namespace sb::ui
