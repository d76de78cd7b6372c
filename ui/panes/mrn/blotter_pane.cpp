#include "blotter_pane.h"

#include "desk/theme.h"
#include "panes/mrn/blotter_filter_model.h"
#include "panes/mrn/blotter_model.h"
#include "store/event_store.h"
#include "widgets/bidi_item_delegate.h"
#include "widgets/box_label.h"
#include "widgets/escape_to_rows.h"
#include "widgets/filter_box.h"
#include "widgets/live_row_tooltip.h"
#include "widgets/new_rows_cue.h"
#include "widgets/plain_label.h"
#include "widgets/scroll_anchor.h"

#include <QDataStream>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace sb::ui {
namespace {

constexpr quint32 kStateMagic = 0x5b0b1001;
constexpr int kSearchLimit = 200;

} // namespace

BlotterPane::BlotterPane(const PaneContext &context, QWidget *parent)
    : FeedPane(context, parent)
    , m_model(new BlotterModel(context.capacity, this))
    , m_filter(new BlotterFilterModel(this))
    , m_filterBox(new FilterBox(this))
    , m_filterEdit(m_filterBox->edit())
    , m_searchEdit(new QLineEdit(this))
    , m_counts(plainLabel(this))
    , m_view(new QTableView(this))
    , m_anchor(ScrollAnchor::attach(m_view, m_filter))
    , m_cue(new NewRowsCue(m_view, m_anchor))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_results(new QWidget(this))
    , m_resultsTitle(plainLabel(this))
    , m_resultsList(new QListWidget(this))
{
    m_filter->setBlotterModel(m_model);

    m_filterEdit->setObjectName(QStringLiteral("filter"));
    BoxLabel::asRowFilter(m_filterEdit, tr("words  MSFT.O  R:VOD*  lang:en  urgency:1  type:story"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setToolTip(tr("Each word must appear in the headline or be a code's value (MSFT.O finds R:MSFT.O).\n"
                                "Tokens narrow further: lang:en  urgency:1 (or 1-2)  type:story|analytics|sentiment\n"
                                "provider:RTRS and codes such as R:VOD.L, R:VOD* (prefix), N2:COM, G:UK, M:1QD.\n"
                                "History search (Enter) reads the same words and codes. See Help > Filter syntax."));
    m_searchEdit->setObjectName(QStringLiteral("search"));
    BoxLabel::asHistorySearch(m_searchEdit, tr("words or codes, Enter"));
    m_searchEdit->setClearButtonEnabled(true);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setTextFormat(Qt::PlainText);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 2);
    bar->addWidget(m_filterBox, 3, Qt::AlignTop);
    bar->addWidget(m_searchEdit, 2);
    bar->addWidget(m_counts);

    m_view->setObjectName(QStringLiteral("blotter"));
    LiveRowTooltip::install(m_view);
    m_view->setItemDelegateForColumn(BlotterModel::Headline, new BidiItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAlternatingRowColors(true);
    m_view->setCornerButtonEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    stretchHeadline();
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    applyDefaultColumns();

    auto *close = new QToolButton(m_results);
    close->setText(tr("Close"));
    close->setAutoRaise(true);
    auto *resultsBar = new QHBoxLayout;
    resultsBar->setContentsMargins(4, 2, 4, 0);
    resultsBar->addWidget(m_resultsTitle, 1);
    resultsBar->addWidget(close);
    auto *resultsLayout = new QVBoxLayout(m_results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addLayout(resultsBar);
    resultsLayout->addWidget(m_resultsList);
    m_resultsList->setObjectName(QStringLiteral("searchResults"));
    m_resultsList->setUniformItemSizes(true);
    m_resultsList->setTextElideMode(Qt::ElideRight);
    m_resultsList->setItemDelegate(new BidiItemDelegate(m_resultsList));
    m_results->hide();

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_results);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    m_filterDebounce.setSingleShot(true);
    m_filterDebounce.setInterval(120);
    connect(&m_filterDebounce, &QTimer::timeout, this, &BlotterPane::applyFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this] { m_filterDebounce.start(); });
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &BlotterPane::applyFilter);
    EscapeToRows::install(m_filterEdit, m_view, EscapeToRows::Text::Clear);
    EscapeToRows::install(m_searchEdit, m_view, EscapeToRows::Text::Keep);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] { search(m_searchEdit->text()); });
    m_countsTimer.setInterval(250);
    connect(&m_countsTimer, &QTimer::timeout, this, &BlotterPane::updateCounts);
    m_countsTimer.start();
    m_liveTimer.setSingleShot(true);
    connect(&m_liveTimer, &QTimer::timeout, this, &BlotterPane::flushLive);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BlotterPane::selectionChanged);
    connect(m_view, &QAbstractItemView::activated, this, [this] { openCurrent(); });

    connect(m_cue, &NewRowsCue::undoRequested, this, &BlotterPane::undoClear);

    connect(close, &QToolButton::clicked, m_results, &QWidget::hide);
    connect(m_resultsList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_searchResults.size())
            Q_EMIT storySelected(m_searchResults.at(row));
    });
    connect(m_resultsList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_resultsList->row(item);
        if (row >= 0 && row < m_searchResults.size())
            Q_EMIT storyOpened(m_searchResults.at(row));
    });

    applyColors();
    updateCounts();
}

namespace {
constexpr qint64 kBurstEventsPerSecond = 2000;
constexpr qint64 kBurstInsertMs = 100;
} // namespace

void BlotterPane::appendEvents(const EventBatch &events)
{
    if (m_paused || m_backfilling || m_draining) {
        hold(events);
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
        insert(events);
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

void BlotterPane::flushLive()
{
    m_liveTimer.stop();
    if (m_pendingLive.isEmpty())
        return;
    m_lastInsertMs = m_rateClock.isValid() ? m_rateClock.elapsed() : 0;
    const EventBatch events = std::exchange(m_pendingLive, {});
    if (m_paused || m_backfilling || m_draining) {
        hold(events);
        return;
    }
    insert(events);
}

void BlotterPane::hold(const EventBatch &events)
{
    // More than the pane could show is dropped oldest first, and counted so the reader knows.
    m_held += events;
    const qsizetype excess = m_held.size() - m_model->capacity();
    if (excess > 0) {
        m_held.remove(0, excess);
        m_heldDropped += excess;
    }
}

void BlotterPane::insert(const EventBatch &events)
{
    m_model->appendEvents(events);
    updateCounts(); // the count and the rows agree at once, not a timer tick later
    // A reader starts on the newest story, so J/K and Enter work before any click.
    if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0) {
        m_view->selectionModel()->setCurrentIndex(m_filter->index(0, BlotterModel::Headline),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_anchor->markCurrentAutomatic();
    }
}

void BlotterPane::drainHeld()
{
    // Held events (a slow backfill under a burst, a long pause) can be a whole ring's worth; inserted at once they
    // would freeze the window for most of a second. They go in slices, one per turn of the event loop, and live
    // events queue behind them so the order holds.
    constexpr qsizetype kSlice = 2000;
    if (m_paused || m_backfilling) {
        m_draining = false;
        return;
    }
    if (m_held.size() <= kSlice) {
        m_draining = false;
        if (!m_held.isEmpty()) {
            insert(m_held);
            m_held.clear();
        }
        return;
    }
    insert(m_held.first(kSlice));
    m_held.remove(0, kSlice);
    m_draining = true;
    QTimer::singleShot(0, this, &BlotterPane::drainHeld);
}

void BlotterPane::startBackfill(int count)
{
    EventStore *store = context().store;
    if (!store || count <= 0)
        return;
    m_backfilling = true;
    StoreQuery query;
    query.feed = feedName();
    query.limit = qMin(count, m_model->capacity());
    store->search(query, this, [this](EventBatch events, QString) { finishBackfill(events); });
    // A store that never answers must not hold live events back for long.
    QTimer::singleShot(5000, this, [this] { finishBackfill({}); });
}

void BlotterPane::finishBackfill(const EventBatch &newestFirst)
{
    if (!m_backfilling)
        return;
    m_backfilling = false;
    // History replaces what Clear hid: those rows are in it.
    m_model->forgetCleared();
    m_cue->setCleared(0);
    EventBatch oldestFirst;
    oldestFirst.reserve(newestFirst.size());
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
        oldestFirst.append(*it);
    insert(oldestFirst);
    drainHeld();
    updateCounts();
    Q_EMIT backfilled(int(newestFirst.size()));
}

int BlotterPane::eventCount() const
{
    return m_model->rowCount();
}

int BlotterPane::visibleCount() const
{
    return m_filter->rowCount();
}

void BlotterPane::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    if (paused)
        flushLive(); // what arrived before the pause is shown
    m_paused = paused;
    if (!paused)
        m_heldDropped = 0;
    drainHeld();
    updateCounts();
    Q_EMIT pausedChanged(paused);
}

void BlotterPane::clear()
{
    // Rows held by a pause were never shown: Clear drops them, and Undo brings back only what was on screen.
    m_pendingLive.clear();
    m_liveTimer.stop();
    m_held.clear();
    m_heldDropped = 0;
    m_draining = false;
    m_model->clear();
    m_cue->setCleared(m_model->clearedCount());
    updateCounts();
}

bool BlotterPane::canUndoClear() const
{
    return m_model->clearedCount() > 0;
}

void BlotterPane::undoClear()
{
    if (!canUndoClear())
        return;
    m_model->undoClear();
    m_cue->setCleared(0);
    updateCounts();
}

void BlotterPane::focusRows()
{
    m_view->setFocus(Qt::OtherFocusReason);
}

void BlotterPane::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void BlotterPane::setFilterText(const QString &text)
{
    m_filterEdit->setText(text);
    applyFilter();
}

void BlotterPane::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void BlotterPane::applyFilter()
{
    m_filterDebounce.stop();
    m_filter->setFilterText(m_filterEdit->text());
    m_anchor->reset();
    m_filterBox->setProblems(m_filter->filter().problems());
    updateCounts();
}

void BlotterPane::updateCounts()
{
    const QLocale locale;
    QString text;
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (m_paused && m_heldDropped > 0)
        text = tr("Paused · %1 held · %2 dropped · ")
                   .arg(locale.toString(m_held.size()), locale.toString(m_heldDropped));
    else if (m_paused)
        text = tr("Paused · %1 held · ").arg(locale.toString(m_held.size()));
    else if (m_backfilling)
        text = tr("Loading history… · ");
    if (shown == total)
        text += tr("%1 stories").arg(locale.toString(total));
    else
        text += tr("%1 of %2").arg(locale.toString(shown), locale.toString(total));
    m_counts->setText(text);
}

Event BlotterPane::eventAtProxyRow(int row) const
{
    const QModelIndex source = m_filter->mapToSource(m_filter->index(row, 0));
    return source.isValid() ? m_model->eventAt(source.row()) : Event();
}

void BlotterPane::selectionChanged()
{
    if (m_anchor->isDroppingCurrent())
        return; // the row left the table; Details keeps it until the reader picks another
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid())
        Q_EMIT storySelected(eventAtProxyRow(current.row()));
}

void BlotterPane::moveSelection(int delta)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? qBound(0, current.row() + delta, rows - 1) : 0;
    const QModelIndex target = m_filter->index(row, BlotterModel::Headline);
    m_view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(target);
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void BlotterPane::openCurrent()
{
    if (m_resultsList->hasFocus() && m_resultsList->currentRow() >= 0) {
        Q_EMIT storyOpened(m_searchResults.value(m_resultsList->currentRow()));
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        Q_EMIT storyOpened(eventAtProxyRow(current.row()));
}

EventBatch BlotterPane::selectedEvents() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    EventBatch out;
    out.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        out.append(m_model->eventAt(m_filter->mapToSource(index).row()));
    return out;
}

QString BlotterPane::selectedText() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const QHeaderView *header = m_view->horizontalHeader();
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows)) {
        const int source = m_filter->mapToSource(index).row();
        QStringList cells;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            if (!header->isSectionHidden(column))
                cells.append(m_model->displayText(source, column));
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray BlotterPane::saveState() const
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << kStateMagic << m_view->horizontalHeader()->saveState() << m_filterEdit->text() << m_splitter->saveState();
    return out;
}

bool BlotterPane::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    quint32 magic = 0;
    QByteArray header;
    QString filter;
    QByteArray splitter;
    stream >> magic >> header >> filter >> splitter;
    if (stream.status() != QDataStream::Ok || magic != kStateMagic)
        return false;
    QHeaderView *h = m_view->horizontalHeader();
    if (!h->restoreState(header))
        return false;
    stretchHeadline(); // layouts saved before the headline stretched kept a fixed width and a stretching Type
    m_filter->sort(h->sortIndicatorSection(), h->sortIndicatorOrder());
    m_splitter->restoreState(splitter);
    setFilterText(filter);
    return true;
}

void BlotterPane::resetLayout()
{
    applyDefaultColumns();
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_filter->sort(-1);
}

void BlotterPane::stretchHeadline()
{
    // The headline takes whatever width the other columns leave, at any window size, on first launch as after Reset
    // layout; the other columns keep the widths the reader gives them.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < BlotterModel::ColumnCount; ++column)
        header->setSectionResizeMode(
            column, column == BlotterModel::Headline ? QHeaderView::Stretch : QHeaderView::Interactive);
}

void BlotterPane::applyDefaultColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics fm = m_view->fontMetrics();
    const int pad = fm.height();
    const int digit = fm.horizontalAdvance(QLatin1Char('0'));
    for (int column = 0; column < BlotterModel::ColumnCount; ++column) {
        header->moveSection(header->visualIndex(column), column);
        header->showSection(column);
    }
    auto headerWidth = [&](int column) {
        return fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 2 * pad;
    };
    header->resizeSection(BlotterModel::Time,
        qMax(headerWidth(BlotterModel::Time), fm.horizontalAdvance(QStringLiteral("00 May 00:00")) + pad));
    header->resizeSection(BlotterModel::Urgency, headerWidth(BlotterModel::Urgency));
    header->resizeSection(BlotterModel::Subjects, digit * 16);
    header->resizeSection(BlotterModel::Language, headerWidth(BlotterModel::Language));
    header->resizeSection(BlotterModel::Provider, qMax(headerWidth(BlotterModel::Provider), digit * 8));
    header->resizeSection(BlotterModel::Type, fm.horizontalAdvance(QStringLiteral("sentiment")) + pad);
    m_view->verticalHeader()->setDefaultSectionSize(fm.height() + qMax(4, fm.height() / 3));
}

void BlotterPane::applyColors()
{
    m_model->setAlertColors(Theme::alertBackground(palette()), Theme::alertForeground(palette()));
}

void BlotterPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColors();
    if (event->type() == QEvent::FontChange)
        m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + qMax(4, fontMetrics().height() / 3));
    FeedPane::changeEvent(event);
}

void BlotterPane::search(const QString &text)
{
    m_searchEdit->setText(text);
    const int serial = ++m_searchSerial;
    m_results->show();
    EventStore *store = context().store;
    if (!store) {
        m_resultsTitle->setText(tr("History is not available."));
        return;
    }
    m_resultsTitle->setText(tr("Searching for “%1”…").arg(text));
    StoreQuery query;
    query.text = text;
    query.feed = feedName();
    query.limit = kSearchLimit;
    store->search(query, this, [this, serial, text](EventBatch events, QString error) {
        if (serial != m_searchSerial)
            return; // a newer search is under way
        m_searchResults = events;
        m_resultsList->clear();
        for (const Event &e : std::as_const(m_searchResults)) {
            const qint64 ms = e.timeMs > 0 ? e.timeMs : e.receivedMs;
            auto *item = new QListWidgetItem(QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("dd MMM HH:mm"))
                + QStringLiteral("   ") + e.titleText());
            item->setToolTip(e.titleText());
            m_resultsList->addItem(item);
        }
        if (!error.isEmpty())
            m_resultsTitle->setText(tr("Search failed: %1").arg(error));
        else if (events.isEmpty())
            m_resultsTitle->setText(tr("No stories in history match “%1”.").arg(text));
        else if (events.size() >= kSearchLimit)
            m_resultsTitle->setText(tr("Newest %1 matches for “%2”").arg(events.size()).arg(text));
        else
            m_resultsTitle->setText(tr("%1 matches for “%2”").arg(events.size()).arg(text));
        Q_EMIT searchFinished(int(events.size()));
    });
}

int BlotterPane::searchResultCount() const
{
    return int(m_searchResults.size());
}

void BlotterPane::activateSearchResult(int index)
{
    m_resultsList->setCurrentRow(index);
}

} // namespace sb::ui
