#pragma once

#include "event/event.h"

#include <QSet>
#include <QString>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QTableView;

namespace sb {
class RuleSet;
}

namespace sb::ui {

class OpenAlarmFilter;
class WatchListModel;

// The desk's watch list (#16): what the `watch` rules caught on every feed, with the rule's name and colour. Opening
// an item (double click, Enter) shows it in Details and marks it read; Pin keeps it on top; "Mark all read" clears
// the bold; "Open alarms" narrows the list to the alarms nobody has closed. The unread count is for the status bar
// and the tray.
class WatchListPane : public QWidget
{
    Q_OBJECT
public:
    explicit WatchListPane(int capacity = 5000, QWidget *parent = nullptr);

    void setRules(std::shared_ptr<const RuleSet> rules);
    void appendEvents(const EventBatch &batch);
    int unreadCount() const;
    WatchListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *openAlarmsAction() const { return m_onlyOpenAlarms; }
    // The alarms still open: all of them when they are loaded, then one at a time as they are raised or change.
    void setOpenAlarms(QSet<EventId> open);
    void setAlarmOpen(const EventId &alarm, bool open);
    // The item at `row` of the view (what the filter shows) goes to Details and reads as read.
    void openRow(int row);

Q_SIGNALS:
    void storyOpened(const sb::Event &event);
    void unreadChanged(int count);

private:
    void togglePinned();
    void markSelectedRead();
    void updateCount(int unread);
    // The model's rows of the selected items.
    QList<int> selectedRows() const;

    WatchListModel *m_model;
    OpenAlarmFilter *m_filter;
    QTableView *m_view;
    QLabel *m_count;
    QAction *m_pin;
    QAction *m_markRead;
    QAction *m_markAllRead;
    QAction *m_onlyOpenAlarms;
};

} // namespace sb::ui
