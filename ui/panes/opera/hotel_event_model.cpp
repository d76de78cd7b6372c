#include "hotel_event_model.h"

#include "event/event_tags.h"
#include "models/column_titles.h"
#include "models/field_filter_model.h"
#include "models/readable_code.h"
#include "panes/bare_code_tag.h"

namespace sb::ui {

HotelEventModel::HotelEventModel(int capacity, QObject *parent)
    : NewestFirstTableModel(capacity, parent)
    , m_capacity(qMax(1, capacity))
{ }

int HotelEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HotelEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const kTitles[] = {QT_TR_NOOP("Time"), QT_TR_NOOP("Hotel"), QT_TR_NOOP("Module"),
        QT_TR_NOOP("Event"), QT_TR_NOOP("Room"), QT_TR_NOOP("Guest"), QT_TR_NOOP("Key"), QT_TR_NOOP("What changed")};
    return columnTitle<HotelEventModel>(kTitles, section, orientation, role);
}

QString HotelEventModel::changesOf(const QString &body)
{
    static const QString arrow = QStringLiteral(" → ");
    QStringList parts;
    for (const QString &line : body.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        const qsizetype to = line.indexOf(arrow, colon < 0 ? 0 : colon);
        if (colon < 0 || to < 0) {
            parts << line;
            continue;
        }
        const QString name = readableFieldName(line.left(colon));
        const QString oldValue = line.mid(colon + 2, to - colon - 2).trimmed();
        const QString newValue = line.mid(to + arrow.size()).trimmed();
        // Without delta, OHIP lists elements that did not change as well; they are not news.
        if (oldValue == newValue)
            continue;
        if (oldValue.isEmpty())
            parts << name + QStringLiteral(": ") + newValue;
        else
            parts << name + QStringLiteral(": ") + oldValue + arrow
                    + (newValue.isEmpty() ? QStringLiteral("—") : newValue);
    }
    return parts.join(QStringLiteral("; "));
}

QVariant HotelEventModel::data(const QModelIndex &index, int role) const
{
    const HotelEventRow *row = rowAt(index);
    if (!row)
        return QVariant();
    const HotelEventRow &r = *row;
    if (const QVariant tint = tintData(r.event.rules, role, index.column()); tint.isValid())
        return tint;
    if (role == SearchTextRole)
        return QStringList {
            r.event.source, r.module, r.eventName, r.moduleCode, r.eventCode, r.room, r.guest, r.primaryKey, r.changes}
            .join(QLatin1Char('\n'));
    if (role == Qt::ToolTipRole)
        return QString(
            tr("%1 %2 · key %3").arg(r.moduleCode, r.eventCode, r.primaryKey) + QLatin1Char('\n') + r.event.bodyText());
    if (role == FieldFilterModel::CodeRole) {
        if (index.column() == Module)
            return r.moduleCode;
        if (index.column() == EventName)
            return r.eventCode;
        return QVariant();
    }
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
    case Room:
        return r.room;
    case Guest:
        return r.guest;
    case PrimaryKey:
        return r.primaryKey;
    case Changes:
        return r.changes;
    default:
        return QVariant();
    }
}

void HotelEventModel::append(const EventBatch &events)
{
    std::vector<HotelEventRow> rows;
    rows.reserve(size_t(events.size()));
    for (const Event &e : events) {
        if (!e.key.isEmpty()) {
            if (m_keys.contains(e.key))
                continue;
            m_keys.insert(e.key);
            m_keyOrder.push_back(e.key);
        }
        HotelEventRow r;
        r.event = e;
        r.time = Event::formatTime(e.timeMs).mid(11, 12); // HH:mm:ss.zzz
        r.moduleCode = codeTag(e.tags, QLatin1String("module:"), 0);
        r.eventCode = codeTag(e.tags, QLatin1String("action:"), 1);
        r.module = readableFieldName(r.moduleCode);
        r.eventName = readableCode(r.eventCode);
        r.room = tags::valueOf(e.tags, QLatin1String("room:"));
        r.guest = tags::valueOf(e.tags, QLatin1String("guest:"));
        r.changes = changesOf(e.bodyText());
        const QString title = e.titleText();
        const qsizetype cut = title.lastIndexOf(QStringLiteral(" · "));
        r.primaryKey = cut >= 0 ? title.mid(cut + 3) : title;
        rows.push_back(std::move(r));
    }
    while (int(m_keyOrder.size()) > m_capacity) {
        m_keys.remove(m_keyOrder.front());
        m_keyOrder.pop_front();
    }
    prepend(std::move(rows));
}

void HotelEventModel::clear()
{
    m_keys.clear();
    m_keyOrder.clear();
    NewestFirstTableModel::clear();
}

} // namespace sb::ui
