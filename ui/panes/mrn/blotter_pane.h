#pragma once

#include "panes/event_table_pane.h"

#include <QTimer>

class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QVBoxLayout;

namespace sb::ui {

class BlotterFilterModel;
class BlotterModel;

// The news blotter of one feed: a live filter box, a history search field, the table (newest first, in the
// compact ring model) and, after a search, its results. Pause, backfill and selection are the event table's.
class BlotterPane : public EventTablePane
{
    Q_OBJECT
public:
    BlotterPane(const PaneContext &context, QWidget *parent = nullptr);

    void focusSearch() override;
    void openCurrent() override;
    QString selectedText() const override; // the visible columns, tab-separated, a line per row
    QByteArray saveState() const override;
    bool restoreState(const QByteArray &state) override;
    void resetLayout() override;

    // Runs an FTS query over the feed's history; results fill the list under the table.
    void search(const QString &text);
    int searchResultCount() const;
    void activateSearchResult(int index);
    qsizetype heldDropped() const { return heldDroppedCount(); }

    BlotterModel *model() const { return m_model; }
    BlotterFilterModel *filterModel() const { return m_filter; }

Q_SIGNALS:
    void searchFinished(int count);

protected:
    void changeEvent(QEvent *event) override;
    void eventsAdded(const EventBatch &events, bool live) override;
    void tableCleared() override;
    void heldChanged() override;
    // The pane's column of bars over the table, for a pane that adds its own (AlertsPane).
    QVBoxLayout *barsLayout() const { return m_bars; }

private:
    BlotterPane(const PaneContext &context, BlotterModel *model, QWidget *parent);
    void updateCounts();
    void applyColors();
    void applyDefaultColumns();
    void stretchHeadline();

    BlotterModel *m_model;
    BlotterFilterModel *m_filter;
    QLineEdit *m_searchEdit;
    QLabel *m_counts;
    QVBoxLayout *m_bars;
    QSplitter *m_splitter;
    QWidget *m_results;
    QLabel *m_resultsTitle;
    QListWidget *m_resultsList;
    QTimer m_countsTimer;
    EventBatch m_searchResults;
    int m_searchSerial = 0;
};

} // namespace sb::ui
