#pragma once

#include "event/event.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace sb::ui {

class WatchListModel;

// The watch list's "Open alarms" view (#16): when on, only the items whose event (feed and key) is an alarm nobody
// has closed yet. The desk hands it the open alarms when they are loaded, then each one that is raised or changes
// state.
class OpenAlarmFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OpenAlarmFilter(WatchListModel *source, QObject *parent = nullptr);

    void setOnlyOpenAlarms(bool only);
    void setOpenAlarms(QSet<EventId> open);
    void setAlarmOpen(const EventId &alarm, bool open);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    WatchListModel *m_source;
    QSet<EventId> m_open;
    bool m_only = false;
};

} // namespace sb::ui
