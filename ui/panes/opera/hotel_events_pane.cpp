#include "hotel_events_pane.h"

#include "event/event_tags.h"
#include "event/feed_error.h"
#include "models/rows_changed.h"
#include "panes/feed_banner.h"
#include "panes/opera/hotel_event_filter_model.h"
#include "panes/opera/hotel_event_model.h"
#include "panes/paused_note.h"
#include "widgets/elided_label.h"
#include "widgets/plain_label.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>

namespace sb::ui {

namespace {

constexpr quint32 kStateMagic = 0x4f504552; // "OPER"

} // namespace

HotelEventsPane::HotelEventsPane(const PaneContext &context, QWidget *parent)
    : EventTablePane(context, new HotelEventModel(context.capacity), new HotelEventFilterModel, parent)
    , m_detail(new QTableWidget(0, 3, this))
    , m_state(new ElidedLabel(this))
    , m_count(plainLabel(this))
    , m_offset(plainLabel(this))
{
    view()->setAlternatingRowColors(true);
    resetLayout();

    m_detail->setHorizontalHeaderLabels({tr("Element"), tr("Old"), tr("New")});
    m_detail->verticalHeader()->hide();
    m_detail->horizontalHeader()->setStretchLastSection(true);
    m_detail->setEditTriggers(QAbstractItemView::NoEditTriggers);

    filterEdit()->setPlaceholderText(tr("Filter: words, or hotel:… room:… guest:… event:… module:… key:…"));
    onRowsChanged(view()->model(), this, [this] { updateCount(); });
    updateCount();

    m_state->setText(tr("not connected"));
    m_offset->setText(tr("offset —"));

    auto *top = new QHBoxLayout;
    top->addWidget(filterBox(), 1, Qt::AlignTop);
    top->addWidget(m_count);
    top->addSpacing(12);
    top->addWidget(m_state);
    top->addSpacing(12);
    top->addWidget(m_offset);
    top->addWidget(pausedNote());
    layOutTableOver(top, m_detail);
}

HotelEventModel *HotelEventsPane::model() const
{
    return static_cast<HotelEventModel *>(tableModel());
}

void HotelEventsPane::eventsAdded(const EventBatch &events, bool live)
{
    if (!live)
        return; // a backfill is older than what the status line shows
    // The decoder puts the offset in the tags: the status line needs no JSON parsed here.
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        const QString offset = tags::valueOf(it->tags, QLatin1String("offset:"));
        if (!offset.isEmpty()) {
            m_offset->setText(tr("offset %1").arg(offset));
            break;
        }
    }
}

void HotelEventsPane::updateCount()
{
    const int shown = visibleCount();
    const int all = eventCount();
    m_count->setText(shown == all ? tr("%1 events", nullptr, all).arg(all)
                                  : tr("%1 of %2 events", nullptr, all).arg(shown).arg(all));
}

QString HotelEventsPane::countText() const
{
    return m_count->text();
}

void HotelEventsPane::clear()
{
    EventTablePane::clear();
    m_detail->setRowCount(0);
}

void HotelEventsPane::currentEventChanged(int row)
{
    m_detail->setRowCount(0);
    if (row < 0)
        return;
    // Only the selected event's attrs are parsed, on demand.
    const QJsonArray detail
        = QJsonDocument::fromJson(model()->eventAt(row).attrs).object().value(QStringLiteral("detail")).toArray();
    m_detail->setRowCount(int(detail.size()));
    for (int i = 0; i < detail.size(); ++i) {
        const QJsonObject d = detail.at(i).toObject();
        m_detail->setItem(i, 0, new QTableWidgetItem(d.value(QStringLiteral("elementName")).toString()));
        m_detail->setItem(i, 1, new QTableWidgetItem(d.value(QStringLiteral("oldValue")).toString()));
        m_detail->setItem(i, 2, new QTableWidgetItem(d.value(QStringLiteral("newValue")).toString()));
    }
}

QByteArray HotelEventsPane::saveState() const
{
    return saveTableState(kStateMagic);
}

bool HotelEventsPane::restoreState(const QByteArray &state)
{
    return restoreTableState(state, kStateMagic);
}

void HotelEventsPane::resetLayout()
{
    sizeColumns(HotelEventModel::Time, QStringLiteral("00:00:00.000"),
        {{HotelEventModel::Hotel, 6}, {HotelEventModel::Module, 7}, {HotelEventModel::EventName, 10},
            {HotelEventModel::Room, 4}, {HotelEventModel::Guest, 9}, {HotelEventModel::PrimaryKey, 6}});
    // The key means something to OPERA, not to the reader: it is in the tooltip and the Details viewer, and key:
    // still filters by it.
    view()->horizontalHeader()->setSectionHidden(HotelEventModel::PrimaryKey, true);
    m_detail->horizontalHeader()->resizeSection(0, em() * 13);
    m_detail->horizontalHeader()->resizeSection(1, em() * 12);
}

QString HotelEventsPane::statusText() const
{
    return m_state->text();
}

void HotelEventsPane::showFeedState(FeedState state, const QString &text)
{
    m_state->setText(feedStateName(state) + (text.isEmpty() ? QString() : QStringLiteral(": ") + text));
    if (text.contains(QLatin1String("4409"))) {
        banner()->showText(tr("Another program is already streaming this chain with the same OHIP application key. "
                              "Only one consumer may stream at a time, and two would stop the stream for both. "
                              "Switchboard waits and tries again.\n%1")
                               .arg(text));
    } else {
        // The feed gave up (a local consumer conflict, refused credentials): the user has to act.
        banner()->followState(state, text);
    }
}

void HotelEventsPane::showFeedError(const FeedError &error)
{
    if (error.code == QLatin1String("consumer_locked")) {
        banner()->showText(error.message);
    }
}

} // namespace sb::ui
