#pragma once

#include "desk/feed_pane.h"
#include "pipeline/feed_state.h"
#include "widgets/filter_box.h" // subclasses lay out filterBox()

#include <QElapsedTimer>
#include <QTimer>

#include <functional>
#include <initializer_list>

class QDataStream;
class QAction;
class QLayout;
class QLineEdit;
class QTableView;

namespace sb {
struct FeedError;
}

namespace sb::ui {

class EventTableModel;
class FeedBanner;
class NewRowsCue;
class PausedNote;
class ScrollAnchor;
class TextFilterModel;

// Every feed pane is built around one event table: the model (newest first; the blotter's ring or a table pane's
// deque) behind a text filter, the view, the filter line, pause and backfill with the events they hold back, keyboard
// selection, and the selected events. It follows its feed's state and errors from the source. The subclass lays the
// widgets out and fills in the hooks: a detail view for the current event, counters, a banner.
//
// Held events: while paused, while the backfill is read, and while held events go back in, live events wait, oldest
// first, up to heldCap() (the oldest drop first and are counted: the store still has them). A backfill puts the
// history under the events that waited for it, so the table stays newest first.
class EventTablePane : public FeedPane
{
    Q_OBJECT
public:
    void appendEvents(const EventBatch &events) override;
    // Asks the store for the newest `count` events (at most a table's worth); live events wait until it answers, or
    // for kBackfillTimeoutMs when it does not.
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
    QString filterText() const override;
    void focusSearch() override { focusFilter(); }
    void moveSelection(int delta) override;
    void openCurrent() override;
    EventBatch selectedEvents() const override; // in table order
    QString selectedText() const override;

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    // In the filter box's context menu: keeps the filter as a rule (FeedPane::saveFilterAsRuleRequested).
    QAction *saveFilterAsRuleAction() const { return m_saveFilterAsRule; }
    NewRowsCue *cue() const { return m_cue; }
    // The filter field with its problem line under it: what a subclass puts in its layout.
    FilterBox *filterBox() const { return m_filterBox; }
    bool isBackfilling() const { return m_backfilling; }
    int heldCount() const { return int(m_held.size()); }
    // Held events dropped since the pause began, because more arrived than the cap; the store still has them.
    int heldDroppedCount() const { return m_heldDropped; }
    // Default: the pane's row capacity; more would only push rows out on release.
    int heldCap() const { return m_heldCap; }
    void setHeldCap(int cap);
    // "Paused · 1,234 held · 56 dropped" (without the dropped part when none were); empty while not paused.
    QString pausedText() const;
    // What the banner and the paused note show: empty while hidden, or when the pane has none.
    QString bannerText() const;
    QString pausedNoteText() const;

    // This pane's feed, as the source reports it.
    virtual void showFeedState(sb::FeedState state, const QString &text);
    virtual void showFeedError(const sb::FeedError &error);

    static constexpr int kBackfillTimeoutMs = 5000;

Q_SIGNALS:
    // The backfill landed (`count` events from history) or gave up waiting (0).
    void backfilled(int count);

protected:
    // Takes ownership of `model` and `proxy`; the proxy is bound to the model here unless it already is.
    EventTablePane(const PaneContext &context, EventTableModel *model, TextFilterModel *proxy, QWidget *parent);

    EventTableModel *tableModel() const { return m_model; }
    TextFilterModel *rowFilter() const { return m_proxy; }
    ScrollAnchor *scrollAnchor() const { return m_anchor; }
    int currentSourceRow() const; // -1: none

    // Typing applies the filter after `ms` of quiet (Enter at once); 0, the default, applies every keystroke.
    void setFilterDelay(int ms);
    void applyFilterNow();
    // The column that J/K make current (the blotter's headline); 0 by default.
    void setSelectionColumn(int column) { m_selectionColumn = column; }
    // Under a burst (more than kBurstEventsPerSecond), live events go in at most every kBurstInsertMs: each insertion
    // at the top moves every visible row, so the view repaints whole, and ten large insertions a second cost the GUI
    // thread far less than sixty small ones. Off by default: at ordinary rates every batch goes in at once.
    void setCoalesceBursts(bool on) { m_coalesceBursts = on; }

    // The red line of what the user must act on, and the note of what a pause holds: made on first use, for a
    // subclass that lays them out. The note follows heldChanged() unless a subclass overrides it.
    FeedBanner *banner();
    PausedNote *pausedNote();

    // Default column widths: the time column as wide as `timeSample` (its widest text) with an em of air and room for
    // a matched rule's mark before it, each other column {column, ems} in ems (an 'M') of the pane's font.
    struct ColumnEms
    {
        int column;
        int ems;
    };
    void sizeColumns(int timeColumn, const QString &timeSample, std::initializer_list<ColumnEms> others);
    int em() const;
    // The pane's layout: `top` (the filter row), then `underTop` when given, the banner, and the table over `detail`
    // (3 : 1, the user moves the split).
    void layOutTableOver(QLayout *top, QWidget *detail, QWidget *underTop = nullptr);

    // Events now in the table: `live` from the feed (or released after a pause or a backfill), else from the store
    // (backfill) or brought back by Undo.
    virtual void eventsAdded(const EventBatch &events, bool live);
    virtual void currentEventChanged(int sourceRow); // -1: none
    virtual void tableCleared();
    // Paused, resumed, backfill started or landed, the filter applied, or the held or dropped count changed.
    virtual void heldChanged();
    virtual QString selectedEventText(const Event &event) const; // time, source, title, then the body

    // For the subclass's saveState/restoreState: `magic`, the column layout and filter text, then what `writeMore`
    // adds. The state is applied only when it reads whole and is this pane's, so the subclass applies its own part
    // (read by `readMore`) only after a true.
    QByteArray saveTableState(quint32 magic, const std::function<void(QDataStream &)> &writeMore = {}) const;
    bool restoreTableState(
        const QByteArray &state, quint32 magic, const std::function<void(QDataStream &)> &readMore = {});

private:
    bool holding() const { return m_paused || m_backfilling || m_draining; }
    void hold(const EventBatch &events);
    void insert(const EventBatch &events, bool live);
    void flushLive();
    void drainHeld();
    void finishBackfill(EventBatch newestFirst);

    EventTableModel *m_model;
    TextFilterModel *m_proxy;
    QTableView *m_view;
    FilterBox *m_filterBox;
    QLineEdit *m_filter;
    QAction *m_saveFilterAsRule;
    ScrollAnchor *m_anchor;
    NewRowsCue *m_cue;
    FeedBanner *m_banner = nullptr;
    PausedNote *m_pausedNote = nullptr;
    QTimer m_filterDelay;
    int m_selectionColumn = 0;

    EventBatch m_held; // oldest first
    int m_heldCap;
    int m_heldDropped = 0;
    bool m_paused = false;
    bool m_backfilling = false;
    bool m_draining = false; // held events are going in slice by slice
    int m_backfillSerial = 0;

    bool m_coalesceBursts = false;
    QTimer m_liveTimer;
    QElapsedTimer m_rateClock;
    qint64 m_rateWindowStart = 0;
    qint64 m_rateWindowCount = 0;
    qint64 m_lastWindowCount = 0;
    qint64 m_lastInsertMs = -1000000;
    EventBatch m_pendingLive;
};

} // namespace sb::ui
