#include "door_events_pane.h"

#include "desk/feed_source.h"
#include "event/feed_error.h"
#include "panes/salto/door_event_filter_model.h"
#include "panes/salto/door_event_model.h"
#include "store/event_store.h"

#include <QComboBox>
#include <QDataStream>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

constexpr quint32 kStateMagic = 0x53414c54; // "SALT"

} // namespace

DoorEventsPane::DoorEventsPane(const PaneContext &context, QWidget *parent)
    : FeedPane(context, parent)
    , m_model(new DoorEventModel(context.capacity, this))
    , m_proxy(new DoorEventFilterModel(this))
    , m_view(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_filter(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_banner(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    resetLayout();

    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select an event to see its raw message"));

    m_kind->addItem(tr("Entries and incidents"), int(DoorEventFilterModel::Kind::All));
    m_kind->addItem(tr("Incidents only"), int(DoorEventFilterModel::Kind::Incidents));
    m_kind->addItem(tr("Entries only"), int(DoorEventFilterModel::Kind::Entries));
    connect(m_kind, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
        [this] { m_proxy->setKind(DoorEventFilterModel::Kind(m_kind->currentData().toInt())); });

    m_filter->setPlaceholderText(tr("Filter: words, or site:… door:… user:… event:… severity:…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &DoorEventFilterModel::setFilterText);

    m_state->setText(tr("not connected"));
    updateCounts();
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #7a1f1f; color: white; padding: 6px; }"));
    m_banner->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_kind);
    top->addWidget(m_filter, 1);
    top->addWidget(m_counts);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_state);
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

QString DoorEventsPane::title() const
{
    return tr("Door-entry incidents · %1").arg(feedName());
}

void DoorEventsPane::appendEvents(const EventBatch &events)
{
    if (m_paused) {
        m_held += events;
        return;
    }
    m_model->append(events);
    countIncidents(events);
}

void DoorEventsPane::countIncidents(const EventBatch &events)
{
    for (const Event &e : events) {
        if (e.kind == QLatin1String("door.incident")) {
            ++m_incidents;
            m_critical += e.urgency == 1;
        }
    }
    updateCounts();
}

void DoorEventsPane::updateCounts()
{
    m_counts->setText(tr("%1 incidents, %2 critical").arg(m_incidents).arg(m_critical));
}

void DoorEventsPane::startBackfill(int count)
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
        countIncidents(events);
    });
}

int DoorEventsPane::eventCount() const
{
    return m_model->rowCount();
}

int DoorEventsPane::visibleCount() const
{
    return m_proxy->rowCount();
}

void DoorEventsPane::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused && !m_held.isEmpty())
        appendEvents(std::exchange(m_held, {}));
    Q_EMIT pausedChanged(paused);
}

void DoorEventsPane::clear()
{
    m_model->clear();
    m_detail->clear();
    m_incidents = 0;
    m_critical = 0;
    updateCounts();
}

void DoorEventsPane::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void DoorEventsPane::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void DoorEventsPane::moveSelection(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const int next = qBound(0, current + delta, rows - 1);
    m_view->setCurrentIndex(m_proxy->index(next, 0));
}

void DoorEventsPane::openCurrent()
{
    const int row = currentSourceRow();
    if (row >= 0)
        Q_EMIT storyOpened(m_model->eventAt(row));
}

int DoorEventsPane::currentSourceRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_proxy->mapToSource(index).row() : -1;
}

void DoorEventsPane::showDetail()
{
    const int row = currentSourceRow();
    if (row < 0) {
        m_detail->clear();
        return;
    }
    // Only the selected event's attrs are parsed, on demand, to indent them.
    const Event &e = m_model->eventAt(row);
    const QJsonDocument doc = QJsonDocument::fromJson(e.attrs);
    m_detail->setPlainText(
        doc.isNull() ? QString::fromUtf8(e.attrs) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

EventBatch DoorEventsPane::selectedEvents() const
{
    EventBatch out;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        out << m_model->eventAt(m_proxy->mapToSource(i).row());
    return out;
}

QString DoorEventsPane::selectedText() const
{
    QStringList lines;
    for (const Event &e : selectedEvents())
        lines << Event::formatTime(e.timeMs) + QLatin1Char('\t') + e.source + QLatin1Char('\t') + e.titleText()
                + QLatin1Char('\n') + QString::fromUtf8(e.attrs);
    return lines.join(QLatin1String("\n\n"));
}

QByteArray DoorEventsPane::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << kStateMagic << m_view->horizontalHeader()->saveState() << m_filter->text() << m_kind->currentIndex();
    return out;
}

bool DoorEventsPane::restoreState(const QByteArray &state)
{
    QDataStream s(state);
    quint32 magic = 0;
    QByteArray header;
    QString filter;
    int kind = 0;
    s >> magic >> header >> filter >> kind;
    if (s.status() != QDataStream::Ok || magic != kStateMagic)
        return false;
    m_view->horizontalHeader()->restoreState(header);
    m_filter->setText(filter);
    m_kind->setCurrentIndex(qBound(0, kind, m_kind->count() - 1));
    return true;
}

void DoorEventsPane::resetLayout()
{
    QHeaderView *h = m_view->horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    h->resizeSection(DoorEventModel::Time, em * 6);
    h->resizeSection(DoorEventModel::Site, em * 10);
    h->resizeSection(DoorEventModel::Door, em * 10);
    h->resizeSection(DoorEventModel::User, em * 11);
    h->resizeSection(DoorEventModel::EventName, em * 11);
}

QString DoorEventsPane::statusText() const
{
    return m_state->text();
}

QString DoorEventsPane::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString DoorEventsPane::incidentCountText() const
{
    return m_counts->text();
}

void DoorEventsPane::showFeedState(FeedState state, const QString &text)
{
    m_state->setText(feedStateName(state) + (text.isEmpty() ? QString() : QStringLiteral(": ") + text));
    if (state == FeedState::Failed) {
        // The feed gave up (refused token, missing permission, a final server Close): the user has to act.
        m_banner->setText(text);
        m_banner->show();
    } else if (state == FeedState::Live) {
        m_banner->hide();
    }
}

void DoorEventsPane::showFeedError(const FeedError &error)
{
    if (!error.retryable) {
        m_banner->setText(error.message);
        m_banner->show();
    }
}

} // namespace sb::ui
