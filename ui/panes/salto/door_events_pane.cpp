#include "door_events_pane.h"

#include "event/feed_error.h"
#include "models/rows_changed.h"
#include "panes/feed_banner.h"
#include "panes/paused_note.h"
#include "panes/salto/door_event_filter_model.h"
#include "panes/salto/door_event_model.h"
#include "widgets/elided_label.h"
#include "widgets/plain_label.h"

#include <QComboBox>
#include <QDataStream>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>

namespace sb::ui {

namespace {

constexpr quint32 kStateMagic = 0x53414c54; // "SALT"

} // namespace

DoorEventsPane::DoorEventsPane(const PaneContext &context, QWidget *parent)
    : EventTablePane(context, new DoorEventModel(context.capacity), new DoorEventFilterModel, parent)
    , m_detail(new QPlainTextEdit(this))
    , m_kind(new QComboBox(this))
    , m_state(new ElidedLabel(this))
    , m_counts(plainLabel(this))
{
    resetLayout();

    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select an event to see its raw message"));

    auto *proxy = static_cast<DoorEventFilterModel *>(view()->model());
    m_kind->addItem(tr("Entries and incidents"), int(DoorEventFilterModel::Kind::All));
    m_kind->addItem(tr("Incidents only"), int(DoorEventFilterModel::Kind::Incidents));
    m_kind->addItem(tr("Entries only"), int(DoorEventFilterModel::Kind::Entries));
    connect(m_kind, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
        [this, proxy] { proxy->setKind(DoorEventFilterModel::Kind(m_kind->currentData().toInt())); });

    filterEdit()->setPlaceholderText(
        tr("Filter: words, or site:… door:… user:… event:… severity:high, urgency:1-2 (high and above)"));
    // The counts say what the filter shows, so they follow every change of the visible rows.
    onRowsChanged(proxy, this, [this] { updateCounts(); });

    // Severity sorts by rank; the first click puts the most severe on top. Until a header is clicked the rows stay
    // newest first.
    QHeaderView *header = view()->horizontalHeader();
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    view()->setSortingEnabled(true);

    m_stateText = tr("not connected");
    showState();
    updateCounts();

    auto *top = new QHBoxLayout;
    top->addWidget(m_kind);
    top->addWidget(filterBox(), 1, Qt::AlignTop);
    top->addWidget(m_counts);
    top->addWidget(pausedNote());
    layOutTableOver(top, m_detail, m_state);
}

void DoorEventsPane::eventsAdded(const EventBatch &events, bool)
{
    if (m_siteNames.learn(events))
        showState();
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
    const auto *proxy = static_cast<const DoorEventFilterModel *>(view()->model());
    if (proxy->filterText().isEmpty() && proxy->kind() == DoorEventFilterModel::Kind::All) {
        m_counts->setText(tr("%1 incidents, %2 critical", nullptr, m_incidents).arg(m_incidents).arg(m_critical));
        return;
    }
    int incidents = 0;
    int critical = 0;
    for (int row = 0, rows = proxy->rowCount(); row < rows; ++row) {
        const QModelIndex i = proxy->index(row, 0);
        if (i.data(DoorEventModel::IsIncidentRole).toBool()) {
            ++incidents;
            critical += i.data(DoorEventModel::UrgencyRole).toInt() == 1;
        }
    }
    if (incidents == m_incidents)
        m_counts->setText(tr("%1 incidents, %2 critical", nullptr, m_incidents).arg(m_incidents).arg(m_critical));
    else
        m_counts->setText(
            tr("%1 of %2 incidents, %3 critical", nullptr, m_incidents).arg(incidents).arg(m_incidents).arg(critical));
}

void DoorEventsPane::tableCleared()
{
    m_detail->clear();
    m_incidents = 0;
    m_critical = 0;
    updateCounts();
}

void DoorEventsPane::currentEventChanged(int row)
{
    if (row < 0) {
        m_detail->clear();
        return;
    }
    // Only the selected event's attrs are parsed, on demand, to indent them.
    const Event &e = tableModel()->eventAt(row);
    const QJsonDocument doc = QJsonDocument::fromJson(e.attrs);
    m_detail->setPlainText(
        doc.isNull() ? QString::fromUtf8(e.attrs) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

QString DoorEventsPane::selectedEventText(const Event &e) const
{
    return Event::formatTime(e.timeMs) + QLatin1Char('\t') + e.source + QLatin1Char('\t') + e.titleText()
        + QLatin1Char('\n') + QString::fromUtf8(e.attrs);
}

QByteArray DoorEventsPane::saveState() const
{
    return saveTableState(kStateMagic, [this](QDataStream &s) { s << m_kind->currentIndex(); });
}

bool DoorEventsPane::restoreState(const QByteArray &state)
{
    int kind = 0;
    if (!restoreTableState(state, kStateMagic, [&kind](QDataStream &s) { s >> kind; }))
        return false;
    m_kind->setCurrentIndex(qBound(0, kind, m_kind->count() - 1));
    return true;
}

void DoorEventsPane::resetLayout()
{
    sizeColumns(DoorEventModel::Time, QStringLiteral("00:00:00"),
        {{DoorEventModel::Site, 10}, {DoorEventModel::Door, 10}, {DoorEventModel::User, 11},
            {DoorEventModel::EventName, 11}});
}

QString DoorEventsPane::statusText() const
{
    return m_state->text();
}

QString DoorEventsPane::incidentCountText() const
{
    return m_counts->text();
}

void DoorEventsPane::showState()
{
    m_state->setText(m_siteNames.readable(m_stateText));
}

void DoorEventsPane::showFeedState(FeedState state, const QString &text)
{
    m_stateText = feedStateName(state) + (text.isEmpty() ? QString() : QStringLiteral(": ") + text);
    showState();
    // The feed gave up (refused token, missing permission, a final server Close): the user has to act.
    banner()->followState(state, m_siteNames.readable(text));
}

void DoorEventsPane::showFeedError(const FeedError &error)
{
    if (!error.retryable) {
        banner()->showText(error.message);
    }
}

} // namespace sb::ui
