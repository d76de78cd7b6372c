#include "event_table_pane.h"

#include "desk/feed_source.h"
#include "desk/rule_book.h"
#include "event/feed_error.h"
#include "models/event_table_model.h"
#include "models/rule_tint.h"
#include "models/text_filter_model.h"
#include "panes/feed_banner.h"
#include "panes/paused_note.h"
#include "store/event_store.h"
#include "widgets/escape_to_rows.h"
#include "widgets/event_rows_view.h"
#include "widgets/live_row_tooltip.h"
#include "widgets/new_rows_cue.h"
#include "widgets/scroll_anchor.h"

#include <QAction>
#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace sb::ui {
namespace {

constexpr qint64 kBurstEventsPerSecond = 2000;
constexpr qint64 kBurstInsertMs = 100;
// Held events can be a whole table's worth; inserted at once they would freeze the window for most of a second.
constexpr qsizetype kReleaseSlice = 2000;

} // namespace

EventTablePane::EventTablePane(
    const PaneContext &context, EventTableModel *model, TextFilterModel *proxy, QWidget *parent)
    : FeedPane(context, parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_view(new QTableView(this))
    , m_filterBox(new FilterBox(this))
    , m_filter(m_filterBox->edit())
    , m_saveFilterAsRule(new QAction(tr("Save filter as &rule…"), this))
    , m_anchor(nullptr)
    , m_cue(nullptr)
    , m_heldCap(qMax(1, context.capacity))
{
    m_model->setParent(this);
    m_proxy->setParent(this);
    if (const RuleBook *book = context.rules) {
        auto *tint = new RuleTint(this);
        tint->setRules(book->rules());
        connect(book, &RuleBook::rulesChanged, tint, [tint, book] { tint->setRules(book->rules()); });
        m_model->setRuleTint(tint);
    }
    if (m_proxy->sourceModel() != m_model)
        m_proxy->setSourceModel(m_model);
    m_anchor = ScrollAnchor::attach(m_view, m_proxy);
    m_cue = new NewRowsCue(m_view, m_anchor);
    connect(m_cue, &NewRowsCue::undoRequested, this, &EventTablePane::undoClear);
    LiveRowTooltip::install(m_view);
    showAsEventRows(m_view);
    EscapeToRows::install(m_filter, m_view, EscapeToRows::Text::Clear);

    m_filterDelay.setSingleShot(true);
    connect(&m_filterDelay, &QTimer::timeout, this, &EventTablePane::applyFilterNow);
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        if (m_filterDelay.interval() > 0)
            m_filterDelay.start();
        else
            applyFilterNow();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, &EventTablePane::applyFilterNow);
    connect(m_proxy, &TextFilterModel::problemsChanged, m_filterBox, &FilterBox::setProblems);
    m_saveFilterAsRule->setObjectName(QStringLiteral("saveFilterAsRule"));
    connect(m_saveFilterAsRule, &QAction::triggered, this, &FeedPane::saveFilterAsRuleRequested);
    m_filter->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_filter, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu *menu = m_filter->createStandardContextMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addSeparator();
        menu->addAction(m_saveFilterAsRule);
        menu->popup(m_filter->mapToGlobal(at));
    });
    m_liveTimer.setSingleShot(true);
    connect(&m_liveTimer, &QTimer::timeout, this, &EventTablePane::flushLive);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_anchor->isDroppingCurrent())
            return; // the row left the table; the detail keeps it until the reader picks another
        const int row = currentSourceRow();
        currentEventChanged(row);
        if (row >= 0)
            Q_EMIT storySelected(m_model->eventAt(row));
    });
    // Double click, or Enter in the table.
    connect(m_view, &QAbstractItemView::activated, this, [this] { openCurrent(); });

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
    if (events.isEmpty())
        return;
    if (holding()) {
        hold(events);
        return;
    }
    if (!m_coalesceBursts) {
        insert(events, true);
        return;
    }
    if (!m_rateClock.isValid())
        m_rateClock.start();
    const qint64 now = m_rateClock.elapsed();
    if (now - m_rateWindowStart >= 1000) {
        m_lastWindowCount = now - m_rateWindowStart < 2000 ? m_rateWindowCount : 0;
        m_rateWindowStart = now;
        m_rateWindowCount = 0;
    }
    m_rateWindowCount += events.size();
    const bool burst = qMax(m_lastWindowCount, m_rateWindowCount) > kBurstEventsPerSecond;
    if (!burst && m_pendingLive.isEmpty()) {
        m_lastInsertMs = now;
        insert(events, true);
        return;
    }
    m_pendingLive += events;
    if (m_liveTimer.isActive())
        return;
    const qint64 wait = m_lastInsertMs + kBurstInsertMs - now;
    if (wait <= 0)
        flushLive();
    else
        m_liveTimer.start(int(wait));
}

void EventTablePane::flushLive()
{
    m_liveTimer.stop();
    if (m_pendingLive.isEmpty())
        return;
    m_lastInsertMs = m_rateClock.isValid() ? m_rateClock.elapsed() : 0;
    const EventBatch events = std::exchange(m_pendingLive, {});
    if (holding())
        hold(events);
    else
        insert(events, true);
}

void EventTablePane::hold(const EventBatch &events)
{
    m_held += events;
    const qsizetype overflow = m_held.size() - m_heldCap;
    if (overflow > 0) {
        m_held.remove(0, overflow);
        m_heldDropped += int(overflow);
    }
    heldChanged();
}

void EventTablePane::insert(const EventBatch &events, bool live)
{
    if (events.isEmpty())
        return;
    m_model->append(events);
    eventsAdded(events, live);
}

void EventTablePane::drainHeld()
{
    // One slice per turn of the event loop; live events queue behind the rest so the order holds.
    if (m_paused || m_backfilling) {
        m_draining = false;
        return;
    }
    if (m_held.size() <= kReleaseSlice) {
        m_draining = false;
        insert(std::exchange(m_held, {}), true);
        heldChanged();
        return;
    }
    const EventBatch slice = m_held.first(kReleaseSlice);
    m_held.remove(0, kReleaseSlice);
    m_draining = true;
    insert(slice, true);
    heldChanged();
    QTimer::singleShot(0, this, &EventTablePane::drainHeld);
}

void EventTablePane::startBackfill(int count)
{
    EventStore *store = context().store;
    if (!store || count <= 0)
        return;
    flushLive(); // what arrived before the request is shown; what arrives after waits for the history
    m_backfilling = true;
    const int serial = ++m_backfillSerial;
    StoreQuery query;
    query.feed = feedName();
    query.limit = qMin(count, m_model->capacity());
    heldChanged();
    store->search(query, this, [this, serial](EventBatch events, const QString &) {
        if (serial == m_backfillSerial)
            finishBackfill(std::move(events));
    });
    // A store that never answers must not hold live events back for long.
    QTimer::singleShot(kBackfillTimeoutMs, this, [this, serial] {
        if (serial == m_backfillSerial)
            finishBackfill({});
    });
}

void EventTablePane::finishBackfill(EventBatch newestFirst)
{
    if (!m_backfilling)
        return;
    m_backfilling = false;
    // The host stores an event before it shows it: what waited meanwhile may be in the answer too, and stays on top.
    QSet<QString> held;
    for (const Event &e : std::as_const(m_held))
        if (!e.key.isEmpty())
            held.insert(e.key);
    if (!held.isEmpty())
        newestFirst.removeIf([&held](const Event &e) { return !e.key.isEmpty() && held.contains(e.key); });
    std::reverse(newestFirst.begin(), newestFirst.end());
    // History replaces what Clear hid: those rows are in it.
    m_model->forgetCleared();
    m_cue->setCleared(0);
    insert(newestFirst, false);
    drainHeld();
    heldChanged();
    Q_EMIT backfilled(int(newestFirst.size()));
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
    if (paused)
        flushLive(); // what arrived before the pause is shown
    m_paused = paused;
    if (!paused)
        m_heldDropped = 0;
    drainHeld();
    Q_EMIT pausedChanged(paused);
    heldChanged();
}

void EventTablePane::setHeldCap(int cap)
{
    m_heldCap = qMax(1, cap);
    if (m_held.size() > m_heldCap)
        hold({});
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
    m_pendingLive.clear();
    m_liveTimer.stop();
    m_held.clear();
    m_heldDropped = 0;
    m_draining = false;
    m_model->clear();
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
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void EventTablePane::setFilterText(const QString &text)
{
    const bool changed = text != m_filter->text();
    m_filter->setText(text); // without a delay, the edit's signal applies it
    if (!changed || m_filterDelay.interval() > 0)
        applyFilterNow();
}

QString EventTablePane::filterText() const
{
    return m_filter->text();
}

void EventTablePane::setFilterDelay(int ms)
{
    m_filterDelay.setInterval(qMax(0, ms));
}

void EventTablePane::applyFilterNow()
{
    m_filterDelay.stop();
    m_proxy->setFilterText(m_filter->text());
    // The rows the filter brings back are not new.
    m_anchor->reset();
    heldChanged();
}

void EventTablePane::moveSelection(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? qBound(0, current.row() + delta, rows - 1) : 0;
    const QModelIndex target = m_proxy->index(row, m_selectionColumn);
    m_view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(target);
    m_view->setFocus(Qt::ShortcutFocusReason);
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
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    EventBatch out;
    out.reserve(rows.size());
    for (const QModelIndex &i : std::as_const(rows))
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

int EventTablePane::em() const
{
    return fontMetrics().horizontalAdvance(QLatin1Char('M'));
}

void EventTablePane::sizeColumns(int timeColumn, const QString &timeSample, std::initializer_list<ColumnEms> others)
{
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(timeColumn, fontMetrics().horizontalAdvance(timeSample) + em() + RuleTint::markWidth(m_view));
    for (const ColumnEms &c : others)
        header->resizeSection(c.column, em() * c.ems);
}

void EventTablePane::layOutTableOver(QLayout *top, QWidget *detail, QWidget *underTop)
{
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    if (underTop)
        layout->addWidget(underTop);
    layout->addWidget(banner());
    layout->addWidget(split, 1);
}

void EventTablePane::showFeedState(FeedState, const QString &) { }

void EventTablePane::showFeedError(const FeedError &) { }

void EventTablePane::eventsAdded(const EventBatch &, bool) { }

void EventTablePane::currentEventChanged(int) { }

void EventTablePane::tableCleared() { }

void EventTablePane::heldChanged()
{
    if (m_pausedNote)
        m_pausedNote->showPaused(isPaused(), pausedText());
}

FeedBanner *EventTablePane::banner()
{
    if (!m_banner)
        m_banner = new FeedBanner(this);
    return m_banner;
}

PausedNote *EventTablePane::pausedNote()
{
    if (!m_pausedNote)
        m_pausedNote = new PausedNote(this);
    return m_pausedNote;
}

QString EventTablePane::bannerText() const
{
    return m_banner ? m_banner->shownText() : QString();
}

QString EventTablePane::pausedNoteText() const
{
    return m_pausedNote ? m_pausedNote->shownText() : QString();
}

QByteArray EventTablePane::saveTableState(quint32 magic, const std::function<void(QDataStream &)> &writeMore) const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << magic << m_view->horizontalHeader()->saveState() << m_filter->text();
    if (writeMore)
        writeMore(s);
    return out;
}

bool EventTablePane::restoreTableState(
    const QByteArray &state, quint32 magic, const std::function<void(QDataStream &)> &readMore)
{
    QDataStream s(state);
    quint32 stateMagic = 0;
    QByteArray header;
    QString filter;
    s >> stateMagic >> header >> filter;
    if (readMore)
        readMore(s);
    if (s.status() != QDataStream::Ok || stateMagic != magic)
        return false;
    m_view->horizontalHeader()->restoreState(header);
    setFilterText(filter);
    return true;
}

} // namespace sb::ui
