#include "watch_list_pane.h"

#include "open_alarm_filter.h"
#include "watch_list_model.h"
#include "widgets/event_rows_view.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sb::ui {

WatchListPane::WatchListPane(int capacity, QWidget *parent)
    : QWidget(parent)
    , m_model(new WatchListModel(capacity, this))
    , m_filter(new OpenAlarmFilter(m_model, this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_pin(new QAction(tr("Pin"), this))
    , m_markRead(new QAction(tr("Mark read"), this))
    , m_markAllRead(new QAction(tr("Mark all read"), this))
    , m_onlyOpenAlarms(new QAction(tr("Open alarms"), this))
{
    setObjectName(QStringLiteral("watchList"));
    m_view->setObjectName(QStringLiteral("watchListView"));
    m_view->setModel(m_filter);
    showAsEventRows(m_view);
    m_view->setColumnWidth(
        WatchListModel::Time, fontMetrics().horizontalAdvance(QStringLiteral("\u2605 00 MMM 00:00")) + 12);
    m_view->setColumnWidth(WatchListModel::Feed, fontMetrics().horizontalAdvance(QStringLiteral("alerts-london")));
    m_view->setColumnWidth(
        WatchListModel::Rule, fontMetrics().horizontalAdvance(QStringLiteral("Saudi oil urgent")) + 24);

    m_pin->setToolTip(tr("Pin the selected items to the top, or unpin them"));
    m_pin->setShortcut(QKeySequence(Qt::Key_P));
    m_pin->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_markRead->setToolTip(tr("Mark the selected items read"));
    m_markAllRead->setToolTip(tr("Mark every item read"));
    connect(m_pin, &QAction::triggered, this, &WatchListPane::togglePinned);
    connect(m_markRead, &QAction::triggered, this, &WatchListPane::markSelectedRead);
    connect(m_markAllRead, &QAction::triggered, m_model, &WatchListModel::markAllRead);
    m_onlyOpenAlarms->setObjectName(QStringLiteral("watchOpenAlarms"));
    m_onlyOpenAlarms->setCheckable(true);
    m_onlyOpenAlarms->setToolTip(tr("Show only the items whose alarm is still open"));
    connect(m_onlyOpenAlarms, &QAction::toggled, m_filter, &OpenAlarmFilter::setOnlyOpenAlarms);
    addAction(m_pin);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {m_pin, m_markRead, m_markAllRead, m_onlyOpenAlarms}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        bar->addWidget(button);
    }
    bar->addStretch(1);
    m_count->setObjectName(QStringLiteral("watchUnread"));
    m_count->setTextFormat(Qt::PlainText);
    bar->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_model, &WatchListModel::unreadChanged, this, &WatchListPane::updateCount);
    connect(m_model, &WatchListModel::unreadChanged, this, &WatchListPane::unreadChanged);
    updateCount(0);
}

void WatchListPane::setRules(std::shared_ptr<const RuleSet> rules)
{
    m_model->setRules(std::move(rules));
}

void WatchListPane::appendEvents(const EventBatch &batch)
{
    m_model->append(batch);
}

int WatchListPane::unreadCount() const
{
    return m_model->unreadCount();
}

void WatchListPane::setOpenAlarms(QSet<EventId> open)
{
    m_filter->setOpenAlarms(std::move(open));
}

void WatchListPane::setAlarmOpen(const EventId &alarm, bool open)
{
    m_filter->setAlarmOpen(alarm, open);
}

void WatchListPane::openRow(int row)
{
    if (row < 0 || row >= m_filter->rowCount())
        return;
    const int source = m_filter->mapToSource(m_filter->index(row, 0)).row();
    m_model->setRead(source, true);
    Q_EMIT storyOpened(m_model->eventAt(source));
}

QList<int> WatchListPane::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_filter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void WatchListPane::togglePinned()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    // One answer for the whole selection: pin them all unless all of them are pinned already.
    bool allPinned = true;
    for (int row : rows)
        allPinned = allPinned && m_model->isPinned(row);
    QList<Event> events;
    for (int row : rows)
        events.append(m_model->eventAt(row));
    // Rows move as they are pinned; find each by its event again.
    for (const Event &e : std::as_const(events))
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const Event at = m_model->eventAt(row);
            if (at.feed == e.feed && at.key == e.key) {
                m_model->setPinned(row, !allPinned);
                break;
            }
        }
}

void WatchListPane::markSelectedRead()
{
    for (int row : selectedRows())
        m_model->setRead(row, true);
}

void WatchListPane::updateCount(int unread)
{
    m_count->setText(unread > 0 ? tr("%n unread", nullptr, unread) : QString());
    m_markAllRead->setEnabled(unread > 0);
}

} // namespace sb::ui
