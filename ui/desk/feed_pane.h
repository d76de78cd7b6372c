#pragma once

#include "event/event.h"
#include "pane_context.h"

#include <QWidget>

namespace sb::ui {

// A feed's pane in the desk. The window routes each feed's events to its pane and drives the common commands
// (filter, next/previous, open, pause, clear, copy, export) through this interface, whatever the feed shows.
class FeedPane : public QWidget
{
    Q_OBJECT
public:
    FeedPane(const PaneContext &context, QWidget *parent = nullptr);

    QString feedName() const { return m_context.feedName; }
    QString feedType() const { return m_context.feedType; }
    const PaneContext &context() const { return m_context; }
    // The service's name ("Hotel events (OPERA)"), with the feed's own name when it says more.
    virtual QString title() const;

    virtual void appendEvents(const EventBatch &events) = 0;
    // Fills the pane from history (newest `count` events); live events that arrive meanwhile wait for it.
    virtual void startBackfill(int count) = 0;
    virtual int eventCount() const = 0;
    virtual int visibleCount() const = 0;

    virtual void setPaused(bool paused) = 0;
    virtual bool isPaused() const = 0;
    // Clear hides the rows until undoClear() or the next backfill.
    virtual void clear() = 0;
    virtual bool canUndoClear() const { return false; }
    virtual void undoClear() { }
    virtual void focusFilter() = 0;
    // Puts the keyboard in the pane's rows, where J/K and Enter act: on a fresh start, and after Escape in a box.
    virtual void focusRows() { setFocus(); }
    virtual void setFilterText(const QString &text) = 0;
    // What the filter box holds, for "Save filter as rule…"; empty when the pane has none.
    virtual QString filterText() const { return QString(); }
    virtual void focusSearch() = 0;
    virtual void moveSelection(int delta) = 0;
    virtual void openCurrent() = 0;
    virtual EventBatch selectedEvents() const = 0;
    virtual QString selectedText() const = 0;

    // Column widths, sort order and filter, for layouts and workspaces.
    virtual QByteArray saveState() const = 0;
    virtual bool restoreState(const QByteArray &state) = 0;
    virtual void resetLayout() = 0;

Q_SIGNALS:
    void storySelected(const sb::Event &event);
    void storyOpened(const sb::Event &event);
    void pausedChanged(bool paused);
    // The reader asked, from the pane, to keep its filter as a rule.
    void saveFilterAsRuleRequested();

private:
    PaneContext m_context;
};

} // namespace sb::ui
