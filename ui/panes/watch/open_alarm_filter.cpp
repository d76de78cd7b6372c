#include "open_alarm_filter.h"

#include "watch_list_model.h"

namespace sb::ui {

OpenAlarmFilter::OpenAlarmFilter(WatchListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
}

void OpenAlarmFilter::setOnlyOpenAlarms(bool only)
{
    if (only == m_only)
        return;
    m_only = only;
    invalidateFilter();
}

void OpenAlarmFilter::setOpenAlarms(QSet<EventId> open)
{
    if (open == m_open)
        return;
    m_open = std::move(open);
    if (m_only)
        invalidateFilter();
}

void OpenAlarmFilter::setAlarmOpen(const EventId &alarm, bool open)
{
    const bool changed = open ? !m_open.contains(alarm) : m_open.contains(alarm);
    if (!changed)
        return;
    if (open)
        m_open.insert(alarm);
    else
        m_open.remove(alarm);
    if (m_only)
        invalidateFilter();
}

bool OpenAlarmFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_only || sourceParent.isValid())
        return !sourceParent.isValid();
    const Event &e = m_source->eventRef(sourceRow);
    return m_open.contains(EventId::of(e));
}

} // namespace sb::ui
