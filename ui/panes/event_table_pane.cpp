#include "event_table_pane.h"

#include "desk/feed_source.h"
#include "event/feed_error.h"
#include "models/newest_first_table_model.h"
#include "store/event_store.h"
#include "widgets/escape_to_rows.h"
#include "widgets/live_row_tooltip.h"
#include "widgets/new_rows_cue.h"
#include "widgets/scroll_anchor.h"

#include <QDataStream>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>

namespace sb::ui {

EventTablePane::EventTablePane(
    const PaneContext &context, EventTableModel *model, QSortFilterProxyModel *proxy, QWidget *parent)
    : FeedPane(context, parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_view(new QTableView(this))
    , m_filterBox(new FilterBox(this))
    , m_filter(m_filterBox->edit())
    , m_anchor(nullptr)
    , m_cue(nullptr)
    , m_heldCap(qMax(1, context.capacity))
{
    m_model->setParent(this);
    m_proxy->setParent(this);
    m_proxy->setSourceModel(m_model);
    m_anchor = ScrollAnchor::attach(m_view, m_proxy);
    m_cue = new NewRowsCue(m_view, m_anchor);
    connect(m_cue, &NewRowsCue::undoRequested, this, &EventTablePane::undoClear);
    LiveRowTooltip::install(m_view);
    // Queued: the subclass's filter model applies the text first, and the rows that filter brings back are not new.
    connect(m_filter, &QLineEdit::textChanged, m_anchor, &ScrollAnchor::reset, Qt::QueuedConnection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    EscapeToRows::install(m_filter, m_view, EscapeToRows::Text::Clear);
    // Filter models report what they cannot read through this signal; they share no base class.
    if (m_proxy->metaObject()->indexOfSignal("problemsChanged(QStringList)") >= 0)
        connect(m_proxy, SIGNAL(problemsChanged(QStringList)), m_filterBox, SLOT(setProblems(QStringList)));

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_anchor->isDroppingCurrent())
            return; // the row left the table; the detail keeps it until the reader picks another
        const int row = currentSourceRow();
        currentEventChanged(row);
        if (row >= 0)
            Q_EMIT storySelected(m_model->eventAt(row));
    });
    connect(m_view, &QTableView::doubleClicked, this, [this] { openCurrent(); });

    if (FeedSource *source = context.source) {
        connect(source, &FeedSource::feedStateChanged, this,
            [this](const QString &feed, FeedState state, const QString &text) {
                if (feed == feedName())
                    showFeedState(state, text);
            });
        connect(source, &FeedSource::feedError, this, [this](const FeedError &e) {
            if (e.feed == feedName())
                showFeedError(e);
        });
    }
}

void EventTablePane::appendEvents(const EventBatch &events)
{
    if (m_paused) {
        m_held += events;
        capHeld();
        heldChanged();
        return;
    }
    m_model->append(events);
    if (m_liveDuringBackfill >= 0)
        m_liveDuringBackfill += int(events.size());
    eventsAdded(events, true);
}

void EventTablePane::startBackfill(int count)
{
    EventStore *store = context().store;
    if (!store || count <= 0)
        return;
    StoreQuery query;
    query.feed = feedName();
    query.limit = count;
    m_liveDuringBackfill = 0;
    store->search(query, this, [this](EventBatch events, const QString &) {
        // The host stores an event before it shows it: what arrived live while history was read is in the answer too.
        QSet<QString> shown;
        const int live = qMin(std::exchange(m_liveDuringBackfill, -1), m_model->rowCount());
        for (int row = 0; row < live; ++row)
            shown.insert(m_model->eventAt(row).key);
        events.removeIf([&shown](const Event &e) { return !e.key.isEmpty() && shown.contains(e.key); });
        std::reverse(events.begin(), events.end()); // the store answers newest first
        // History replaces what Clear hid: those rows are in it.
        m_model->forgetCleared();
        m_cue->setCleared(0);
        m_model->append(events);
        eventsAdded(events, false);
    });
}

int EventTablePane::eventCount() const
{
    return m_model->rowCount();
}

int EventTablePane::visibleCount() const
{
    return m_proxy->rowCount();
}

void EventTablePane::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused) {
        m_heldDropped = 0;
        if (!m_held.isEmpty())
            appendEvents(std::exchange(m_held, {}));
    }
    Q_EMIT pausedChanged(paused);
    heldChanged();
}

void EventTablePane::setHeldCap(int cap)
{
    m_heldCap = qMax(1, cap);
    if (m_held.size() > m_heldCap) {
        capHeld();
        heldChanged();
    }
}

void EventTablePane::capHeld()
{
    const int overflow = int(m_held.size()) - m_heldCap;
    if (overflow <= 0)
        return;
    m_held.remove(0, overflow);
    m_heldDropped += overflow;
}

QString EventTablePane::pausedText() const
{
    if (!m_paused)
        return QString();
    const QLocale locale;
    if (m_heldDropped == 0)
        return tr("Paused · %1 held").arg(locale.toString(heldCount()));
    return tr("Paused · %1 held · %2 dropped").arg(locale.toString(heldCount()), locale.toString(m_heldDropped));
}

void EventTablePane::clear()
{
    // Rows held by a pause were never shown: Clear drops them, and Undo brings back only what was on screen.
    m_model->clear();
    m_held.clear();
    m_heldDropped = 0;
    m_cue->setCleared(m_model->clearedCount());
    tableCleared();
    heldChanged();
}

bool EventTablePane::canUndoClear() const
{
    return m_model->clearedCount() > 0;
}

void EventTablePane::undoClear()
{
    if (!canUndoClear())
        return;
    const EventBatch restored = m_model->clearedEvents();
    m_model->undoClear();
    m_cue->setCleared(0);
    eventsAdded(restored, false); // counters count them again
}

void EventTablePane::focusRows()
{
    m_view->setFocus(Qt::OtherFocusReason);
}

void EventTablePane::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void EventTablePane::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void EventTablePane::moveSelection(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    m_view->setCurrentIndex(m_proxy->index(qBound(0, current + delta, rows - 1), 0));
}

void EventTablePane::openCurrent()
{
    const int row = currentSourceRow();
    if (row >= 0)
        Q_EMIT storyOpened(m_model->eventAt(row));
}

int EventTablePane::currentSourceRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_proxy->mapToSource(index).row() : -1;
}

EventBatch EventTablePane::selectedEvents() const
{
    EventBatch out;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        out << m_model->eventAt(m_proxy->mapToSource(i).row());
    return out;
}

QString EventTablePane::selectedText() const
{
    QStringList parts;
    for (const Event &e : selectedEvents())
        parts << selectedEventText(e);
    return parts.join(QLatin1String("\n\n"));
}

QString EventTablePane::selectedEventText(const Event &e) const
{
    return Event::formatTime(e.timeMs) + QLatin1Char('\t') + e.source + QLatin1Char('\t') + e.titleText()
        + QLatin1Char('\n') + e.bodyText();
}

void EventTablePane::showFeedState(FeedState, const QString &) { }

void EventTablePane::showFeedError(const FeedError &) { }

void EventTablePane::eventsAdded(const EventBatch &, bool) { }

void EventTablePane::currentEventChanged(int) { }

void EventTablePane::tableCleared() { }

void EventTablePane::heldChanged() { }

void EventTablePane::writeTableState(QDataStream &out) const
{
    out << m_view->horizontalHeader()->saveState() << m_filter->text();
}

EventTablePane::TableState EventTablePane::readTableState(QDataStream &in)
{
    TableState state;
    in >> state.header >> state.filter;
    return state;
}

void EventTablePane::applyTableState(const TableState &state)
{
    m_view->horizontalHeader()->restoreState(state.header);
    m_filter->setText(state.filter);
}

} // namespace sb::ui
