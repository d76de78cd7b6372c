#include "blotter_pane.h"

#include "desk/theme.h"
#include "models/rule_tint.h"
#include "panes/mrn/blotter_filter_model.h"
#include "panes/mrn/blotter_model.h"
#include "store/event_store.h"
#include "widgets/bidi_item_delegate.h"
#include "widgets/box_label.h"
#include "widgets/escape_to_rows.h"
#include "widgets/filter_box.h"
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

BlotterFilterModel *filterOf(BlotterModel *model)
{
    auto *filter = new BlotterFilterModel;
    filter->setBlotterModel(model);
    return filter;
}

} // namespace

BlotterPane::BlotterPane(const PaneContext &context, QWidget *parent)
    : BlotterPane(context, new BlotterModel(context.capacity), parent)
{ }

BlotterPane::BlotterPane(const PaneContext &context, BlotterModel *model, QWidget *parent)
    : EventTablePane(context, model, filterOf(model), parent)
    , m_model(model)
    , m_filter(static_cast<BlotterFilterModel *>(rowFilter()))
    , m_searchEdit(new QLineEdit(this))
    , m_counts(plainLabel(this))
    , m_bars(new QVBoxLayout)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_results(new QWidget(this))
    , m_resultsTitle(plainLabel(this))
    , m_resultsList(new QListWidget(this))
{
    QLineEdit *filterEdit = this->filterEdit();
    QTableView *view = this->view();
    setFilterDelay(120);
    setSelectionColumn(BlotterModel::Headline);
    setCoalesceBursts(true);

    filterEdit->setObjectName(QStringLiteral("filter"));
    BoxLabel::asRowFilter(filterEdit, tr("words  MSFT.O  R:VOD*  lang:en  urgency:1-2  -word"));
    filterEdit->setClearButtonEnabled(true);
    filterEdit->setToolTip(tr("Each word must appear in the headline or be a code's value (MSFT.O finds R:MSFT.O).\n"
                              "Tokens narrow further: lang:en  urgency:1 (or 1-2)  kind:news.story  provider:RTRS\n"
                              "and codes such as R:VOD.L, R:VOD* (prefix), N2:COM; -token excludes.\n"
                              "History search (Enter) reads the same language. See Help > Filter syntax."));
    m_searchEdit->setObjectName(QStringLiteral("search"));
    BoxLabel::asHistorySearch(m_searchEdit, tr("words or codes, Enter"));
    m_searchEdit->setClearButtonEnabled(true);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setTextFormat(Qt::PlainText);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 2);
    bar->addWidget(filterBox(), 3, Qt::AlignTop);
    bar->addWidget(m_searchEdit, 2);
    bar->addWidget(m_counts);

    view->setObjectName(QStringLiteral("blotter"));
    view->setItemDelegateForColumn(BlotterModel::Headline, new BidiItemDelegate(view));
    view->setShowGrid(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setAlternatingRowColors(true);
    view->setCornerButtonEnabled(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    stretchHeadline();
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::DescendingOrder);
    view->setSortingEnabled(true);
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

    m_splitter->addWidget(view);
    m_splitter->addWidget(m_results);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_bars->addLayout(bar);
    layout->addLayout(m_bars);
    layout->addWidget(m_splitter, 1);

    EscapeToRows::install(m_searchEdit, view, EscapeToRows::Text::Keep);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] { search(m_searchEdit->text()); });
    m_countsTimer.setInterval(250);
    connect(&m_countsTimer, &QTimer::timeout, this, &BlotterPane::updateCounts);
    m_countsTimer.start();

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

void BlotterPane::eventsAdded(const EventBatch &, bool)
{
    updateCounts(); // the count and the rows agree at once, not a timer tick later
    // A reader starts on the newest story, so J/K and Enter work before any click.
    QTableView *view = this->view();
    if (!view->currentIndex().isValid() && m_filter->rowCount() > 0) {
        view->selectionModel()->setCurrentIndex(m_filter->index(0, BlotterModel::Headline),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        scrollAnchor()->markCurrentAutomatic();
    }
}

void BlotterPane::tableCleared()
{
    updateCounts();
}

void BlotterPane::heldChanged()
{
    updateCounts();
}

void BlotterPane::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void BlotterPane::updateCounts()
{
    const QLocale locale;
    QString text;
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (isPaused())
        text = pausedText() + QStringLiteral(" · ");
    else if (isBackfilling())
        text = tr("Loading history… · ");
    if (shown == total)
        text += tr("%1 stories", nullptr, total).arg(locale.toString(total));
    else
        text += tr("%1 of %2").arg(locale.toString(shown), locale.toString(total));
    m_counts->setText(text);
}

void BlotterPane::openCurrent()
{
    if (m_resultsList->hasFocus() && m_resultsList->currentRow() >= 0) {
        Q_EMIT storyOpened(m_searchResults.value(m_resultsList->currentRow()));
        return;
    }
    EventTablePane::openCurrent();
}

QString BlotterPane::selectedText() const
{
    QModelIndexList rows = view()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const QHeaderView *header = view()->horizontalHeader();
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
    stream << kStateMagic << view()->horizontalHeader()->saveState() << filterEdit()->text() << m_splitter->saveState();
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
    QHeaderView *h = view()->horizontalHeader();
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
    view()->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_filter->sort(-1);
}

void BlotterPane::stretchHeadline()
{
    // The headline takes whatever width the other columns leave, at any window size, on first launch as after Reset
    // layout; the other columns keep the widths the reader gives them.
    QHeaderView *header = view()->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < BlotterModel::ColumnCount; ++column)
        header->setSectionResizeMode(
            column, column == BlotterModel::Headline ? QHeaderView::Stretch : QHeaderView::Interactive);
}

void BlotterPane::applyDefaultColumns()
{
    QHeaderView *header = view()->horizontalHeader();
    const QFontMetrics fm = view()->fontMetrics();
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
        qMax(headerWidth(BlotterModel::Time), fm.horizontalAdvance(QStringLiteral("00 May 00:00")) + pad)
            + RuleTint::markWidth(view())); // room for a matched rule's mark
    header->resizeSection(BlotterModel::Urgency, headerWidth(BlotterModel::Urgency));
    header->resizeSection(BlotterModel::Subjects, digit * 16);
    header->resizeSection(BlotterModel::Language, headerWidth(BlotterModel::Language));
    header->resizeSection(BlotterModel::Provider, qMax(headerWidth(BlotterModel::Provider), digit * 8));
    header->resizeSection(BlotterModel::Type, fm.horizontalAdvance(QStringLiteral("sentiment")) + pad);
    view()->verticalHeader()->setDefaultSectionSize(fm.height() + qMax(4, fm.height() / 3));
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
        view()->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + qMax(4, fontMetrics().height() / 3));
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
