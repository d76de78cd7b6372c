#include "hotel_events_pane.h"

#include "desk/feed_source.h"
#include "event/feed_error.h"
#include "panes/opera/hotel_event_filter_model.h"
#include "panes/opera/hotel_event_model.h"
#include "store/event_store.h"

#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

constexpr quint32 kStateMagic = 0x4f504552; // "OPER"

} // namespace

HotelEventsPane::HotelEventsPane(const PaneContext &context, QWidget *parent)
    : FeedPane(context, parent)
    , m_model(new HotelEventModel(context.capacity, this))
    , m_proxy(new HotelEventFilterModel(this))
    , m_view(new QTableView(this))
    , m_detail(new QTableWidget(0, 3, this))
    , m_filter(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_offset(new QLabel(this))
    , m_banner(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    resetLayout();

    m_detail->setHorizontalHeaderLabels({tr("Element"), tr("Old"), tr("New")});
    m_detail->verticalHeader()->hide();
    m_detail->horizontalHeader()->setStretchLastSection(true);
    m_detail->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_filter->setPlaceholderText(tr("Filter: words, or hotel:… module:… event:… key:…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &HotelEventFilterModel::setFilterText);

    m_state->setText(tr("not connected"));
    m_offset->setText(tr("offset —"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #7a1f1f; color: white; padding: 6px; }"));
    m_banner->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_state);
    top->addSpacing(12);
    top->addWidget(m_offset);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetail();
        const int row = currentSourceRow();
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

QString HotelEventsPane::title() const
{
    return tr("Hotel events · %1").arg(feedName());
}

void HotelEventsPane::appendEvents(const EventBatch &events)
{
    if (m_paused) {
        m_held += events;
        return;
    }
    m_model->append(events);
    // The decoder puts the offset in the tags: the status line needs no JSON parsed here.
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        const QString tag = it->tags.value(2);
        if (tag.startsWith(QLatin1String("offset:"))) {
            m_offset->setText(tr("offset %1").arg(tag.mid(7)));
            break;
        }
    }
}

void HotelEventsPane::startBackfill(int count)
{
    EventStore *store = context().store;
    if (!store || count <= 0)
        return;
    StoreQuery query;
    query.feed = feedName();
    query.limit = count;
    store->search(query, this, [this](EventBatch events, const QString &) {
        std::reverse(events.begin(), events.end()); // the store answers newest first
        m_model->append(events);
    });
}

int HotelEventsPane::eventCount() const
{
    return m_model->rowCount();
}

int HotelEventsPane::visibleCount() const
{
    return m_proxy->rowCount();
}

void HotelEventsPane::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused && !m_held.isEmpty())
        appendEvents(std::exchange(m_held, {}));
    Q_EMIT pausedChanged(paused);
}

void HotelEventsPane::clear()
{
    m_model->clear();
    m_detail->setRowCount(0);
}

void HotelEventsPane::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void HotelEventsPane::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void HotelEventsPane::moveSelection(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const int next = qBound(0, current + delta, rows - 1);
    m_view->setCurrentIndex(m_proxy->index(next, 0));
}

void HotelEventsPane::openCurrent()
{
    const int row = currentSourceRow();
    if (row >= 0)
        Q_EMIT storyOpened(m_model->eventAt(row));
}

int HotelEventsPane::currentSourceRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_proxy->mapToSource(index).row() : -1;
}

void HotelEventsPane::showDetail()
{
    m_detail->setRowCount(0);
    const int row = currentSourceRow();
    if (row < 0)
        return;
    // Only the selected event's attrs are parsed, on demand.
    const QJsonArray detail
        = QJsonDocument::fromJson(m_model->eventAt(row).attrs).object().value(QStringLiteral("detail")).toArray();
    m_detail->setRowCount(int(detail.size()));
    for (int i = 0; i < detail.size(); ++i) {
        const QJsonObject d = detail.at(i).toObject();
        m_detail->setItem(i, 0, new QTableWidgetItem(d.value(QStringLiteral("elementName")).toString()));
        m_detail->setItem(i, 1, new QTableWidgetItem(d.value(QStringLiteral("oldValue")).toString()));
        m_detail->setItem(i, 2, new QTableWidgetItem(d.value(QStringLiteral("newValue")).toString()));
    }
}

EventBatch HotelEventsPane::selectedEvents() const
{
    EventBatch out;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        out << m_model->eventAt(m_proxy->mapToSource(i).row());
    return out;
}

QString HotelEventsPane::selectedText() const
{
    QStringList lines;
    for (const Event &e : selectedEvents())
        lines << Event::formatTime(e.timeMs) + QLatin1Char('\t') + e.source + QLatin1Char('\t') + e.titleText()
                + QLatin1Char('\n') + e.bodyText();
    return lines.join(QLatin1String("\n\n"));
}

QByteArray HotelEventsPane::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << kStateMagic << m_view->horizontalHeader()->saveState() << m_filter->text();
    return out;
}

bool HotelEventsPane::restoreState(const QByteArray &state)
{
    QDataStream s(state);
    quint32 magic = 0;
    QByteArray header;
    QString filter;
    s >> magic >> header >> filter;
    if (s.status() != QDataStream::Ok || magic != kStateMagic)
        return false;
    m_view->horizontalHeader()->restoreState(header);
    m_filter->setText(filter);
    return true;
}

void HotelEventsPane::resetLayout()
{
    QHeaderView *h = m_view->horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    h->resizeSection(HotelEventModel::Time, em * 9);
    h->resizeSection(HotelEventModel::Hotel, em * 7);
    h->resizeSection(HotelEventModel::Module, em * 9);
    h->resizeSection(HotelEventModel::EventName, em * 15);
    m_detail->horizontalHeader()->resizeSection(0, em * 13);
    m_detail->horizontalHeader()->resizeSection(1, em * 12);
}

QString HotelEventsPane::statusText() const
{
    return m_state->text();
}

QString HotelEventsPane::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void HotelEventsPane::showFeedState(FeedState state, const QString &text)
{
    m_state->setText(feedStateName(state) + (text.isEmpty() ? QString() : QStringLiteral(": ") + text));
    if (text.contains(QLatin1String("4409"))) {
        m_banner->setText(tr("Another program is already streaming this chain with the same OHIP application key. "
                             "Only one consumer may stream at a time, and two would stop the stream for both. "
                             "Switchboard waits and tries again.\n%1")
                              .arg(text));
        m_banner->show();
    } else if (state == FeedState::Failed) {
        // The feed gave up (a local consumer conflict, refused credentials): the user has to act.
        m_banner->setText(text);
        m_banner->show();
    } else if (state == FeedState::Live) {
        m_banner->hide();
    }
}

void HotelEventsPane::showFeedError(const FeedError &error)
{
    if (error.code == QLatin1String("consumer_locked")) {
        m_banner->setText(error.message);
        m_banner->show();
    }
}

} // namespace sb::ui
