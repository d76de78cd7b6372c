#include "hotel_event_model.h"

namespace sb::ui {

HotelEventModel::HotelEventModel(int capacity, QObject *parent)
    : NewestFirstTableModel(capacity, parent)
{ }

int HotelEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HotelEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Time:
        return tr("Time");
    case Hotel:
        return tr("Hotel");
    case Module:
        return tr("Module");
    case EventName:
        return tr("Event");
    case PrimaryKey:
        return tr("Primary key");
    default:
        return QVariant();
    }
}

QVariant HotelEventModel::data(const QModelIndex &index, int role) const
{
    const HotelEventRow *row = rowAt(index);
    if (!row)
        return QVariant();
    const HotelEventRow &r = *row;
    if (role == SearchTextRole)
        return QStringList {r.event.source, r.module, r.eventName, r.primaryKey}.join(QLatin1Char('\n'));
    if (role == Qt::ToolTipRole)
        return r.event.bodyText();
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Time:
        return r.time;
    case Hotel:
        return r.event.source;
    case Module:
        return r.module;
    case EventName:
        return r.eventName;
    case PrimaryKey:
        return r.primaryKey;
    default:
        return QVariant();
    }
}

void HotelEventModel::append(const EventBatch &events)
{
    std::vector<HotelEventRow> rows;
    rows.reserve(size_t(events.size()));
    for (const Event &e : events) {
        HotelEventRow r;
        r.event = e;
        r.time = Event::formatTime(e.timeMs).mid(11, 12); // HH:mm:ss.zzz
        r.module = e.tags.value(0);
        r.eventName = e.tags.value(1);
        const QString title = e.titleText();
        const qsizetype cut = title.lastIndexOf(QStringLiteral(" · "));
        r.primaryKey = cut >= 0 ? title.mid(cut + 3) : title;
        rows.push_back(std::move(r));
    }
    prepend(std::move(rows));
}

} // namespace sb::ui
