#include "hotel_event_model.h"

namespace sb::ui {

HotelEventModel::HotelEventModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{ }

int HotelEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

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
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return QVariant();
    const Row &r = m_rows[size_t(index.row())];
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
    if (events.isEmpty())
        return;
    const int incoming = qMin(int(events.size()), m_capacity);
    const int overflow = int(m_rows.size()) + incoming - m_capacity;
    if (overflow > 0) {
        beginRemoveRows(QModelIndex(), int(m_rows.size()) - overflow, int(m_rows.size()) - 1);
        m_rows.resize(m_rows.size() - size_t(overflow));
        endRemoveRows();
    }
    beginInsertRows(QModelIndex(), 0, incoming - 1);
    // Newest first: the batch's last event ends up on top.
    for (int i = int(events.size()) - incoming; i < events.size(); ++i) {
        const Event &e = events.at(i);
        Row r;
        r.event = e;
        r.time = Event::formatTime(e.timeMs).mid(11, 12); // HH:mm:ss.zzz
        r.module = e.tags.value(0);
        r.eventName = e.tags.value(1);
        const QString title = e.titleText();
        const qsizetype cut = title.lastIndexOf(QStringLiteral(" · "));
        r.primaryKey = cut >= 0 ? title.mid(cut + 3) : title;
        m_rows.push_front(std::move(r));
    }
    endInsertRows();
}

void HotelEventModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace sb::ui
