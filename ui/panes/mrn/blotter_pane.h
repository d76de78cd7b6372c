#pragma once

#include "desk/feed_pane.h"

#include <QElapsedTimer>
#include <QTimer>

class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QTableView;
class QToolButton;

namespace sb::ui {

class BlotterFilterModel;
class FilterBox;
class BlotterModel;
class NewRowsCue;
class ScrollAnchor;

// The news blotter of one feed: a live filter box, a history search field, the table (newest first) and, after a
// search, its results. Pausing holds arriving events back (up to the row cap) and inserts them on resume.
class BlotterPane : public FeedPane
{
    Q_OBJECT
public:
    BlotterPane(const PaneContext &context, QWidget *parent = nullptr);

    void appendEvents(const EventBatch &events) override;
    void startBackfill(int count) override;
    int eventCount() const override;
    qsizetype heldDropped() const { return m_heldDropped; }
    int visibleCount() const override;
    void setPaused(bool paused) override;
    bool isPaused() const override { return m_paused; }
    void clear() override;
    bool canUndoClear() const override;
    void undoClear() override;
    void focusFilter() override;
    void focusRows() override;
    void setFilterText(const QString &text) override;
    void focusSearch() override;
    void moveSelection(int delta) override;
    void openCurrent() override;
    EventBatch selectedEvents() const override;
    QString selectedText() const override;
    QByteArray saveState() const override;
    bool restoreState(const QByteArray &state) override;
    void resetLayout() override;

    // Runs an FTS query over the feed's history; results fill the list under the table.
    void search(const QString &text);
    bool isBackfilling() const { return m_backfilling; }
    int searchResultCount() const;
    void activateSearchResult(int index);

    BlotterModel *model() const { return m_model; }
    BlotterFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    NewRowsCue *cue() const { return m_cue; }

Q_SIGNALS:
    void backfilled(int count);
    void searchFinished(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void hold(const EventBatch &events);
    void insert(const EventBatch &events);
    void finishBackfill(const EventBatch &newestFirst);
    void drainHeld();
    void flushLive();
    void applyFilter();
    void updateCounts();
    void applyColors();
    void applyDefaultColumns();
    void stretchHeadline();
    void selectionChanged();
    Event eventAtProxyRow(int row) const;

    BlotterModel *m_model;
    BlotterFilterModel *m_filter;
    FilterBox *m_filterBox;
    QLineEdit *m_filterEdit;
    QLineEdit *m_searchEdit;
    QLabel *m_counts;
    QTableView *m_view;
    ScrollAnchor *m_anchor;
    NewRowsCue *m_cue;
    QSplitter *m_splitter;
    QWidget *m_results;
    QLabel *m_resultsTitle;
    QListWidget *m_resultsList;
    QTimer m_filterDebounce;
    QTimer m_countsTimer;
    // Under a burst, live events are inserted at most every kBurstInsertMs: each insertion at the top moves every
    // visible row, so the view repaints whole; ten large insertions a second cost the GUI thread far less than sixty
    // small ones. At ordinary rates every batch goes in at once.
    QTimer m_liveTimer;
    QElapsedTimer m_rateClock;
    qint64 m_rateWindowStart = 0;
    qint64 m_rateWindowCount = 0;
    qint64 m_lastWindowCount = 0;
    qint64 m_lastInsertMs = -1000000;
    EventBatch m_pendingLive;
    EventBatch m_held; // while paused or backfilling
    qsizetype m_heldDropped = 0; // oldest held events dropped past the cap since the pause began
    EventBatch m_searchResults;
    bool m_paused = false;
    bool m_backfilling = false;
    bool m_draining = false; // held events are going in slice by slice
    int m_searchSerial = 0;
};

} // namespace sb::ui
