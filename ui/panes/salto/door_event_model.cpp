#include "door_event_model.h"

#include "event/event_tags.h"
#include "models/column_titles.h"
#include "models/field_filter_model.h"
#include "models/readable_code.h"

#include <QColor>
#include <QFont>

namespace sb::ui {

DoorEventModel::DoorEventModel(int capacity, QObject *parent)
    : NewestFirstTableModel(capacity, parent)
{ }

int DoorEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DoorEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const kTitles[] = {QT_TR_NOOP("Time"), QT_TR_NOOP("Site"), QT_TR_NOOP("Door"),
        QT_TR_NOOP("User"), QT_TR_NOOP("Event"), QT_TR_NOOP("Severity")};
    return columnTitle<DoorEventModel>(kTitles, section, orientation, role);
}

QColor DoorEventModel::severityColor(int urgency)
{
    switch (urgency) {
    case 1:
        return QColor(220, 30, 30, 150);
    case 2:
        return QColor(235, 110, 20, 120);
    case 3:
        return QColor(230, 190, 20, 100);
    case 4:
        return QColor(120, 160, 220, 70);
    default:
        return QColor();
    }
}

QVariant DoorEventModel::data(const QModelIndex &index, int role) const
{
    const DoorEventRow *row = rowAt(index);
    if (!row)
        return QVariant();
    const DoorEventRow &r = *row;
    // A rule's colour outranks the severity tint: the reader asked for it.
    if (const QVariant tint = tintData(r.event.rules, role, index.column()); tint.isValid())
        return tint;
    switch (role) {
    case SearchTextRole:
        return QStringList {r.event.source, r.door, r.user, r.eventName, r.eventCode, r.severity}.join(
            QLatin1Char('\n'));
    case IsIncidentRole:
        return r.incident;
    case UrgencyRole:
        return r.event.urgency;
    case TimeRole:
        return r.event.timeMs;
    case Qt::ToolTipRole: {
        // The raw code stays reachable for whoever reports the incident to Salto.
        const QString code = r.eventCode.isEmpty() ? QString() : tr("Code: %1").arg(r.eventCode);
        const QString body = r.event.bodyText();
        return body.isEmpty() ? code : code.isEmpty() ? body : body + QLatin1Char('\n') + code;
    }
    case Qt::BackgroundRole: {
        const QColor c = r.incident ? severityColor(r.event.urgency) : QColor();
        return c.isValid() ? QVariant(c) : QVariant();
    }
    case Qt::FontRole:
        if (r.incident && r.event.urgency == 1) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QVariant();
    case FieldFilterModel::CodeRole:
        return index.column() == EventName ? QVariant(r.eventCode) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case Time:
        return r.time;
    case Site:
        return r.event.source;
    case Door:
        return r.door;
    case User:
        return r.user;
    case EventName:
        return r.eventName;
    case Severity:
        return r.severity;
    default:
        return QVariant();
    }
}

void DoorEventModel::append(const EventBatch &events)
{
    std::vector<DoorEventRow> rows;
    rows.reserve(size_t(events.size()));
    for (const Event &e : events) {
        DoorEventRow r;
        r.event = e;
        r.time = Event::formatTime(e.timeMs).mid(11, 8); // HH:mm:ss
        r.incident = e.kind == QLatin1String("door.incident");
        r.door = tags::valueOf(e.tags, QLatin1String("door:"));
        r.user = tags::valueOf(e.tags, QLatin1String("user:"));
        r.eventCode = tags::valueOf(e.tags, QLatin1String("event:"));
        r.eventName = readableCode(r.eventCode);
        if (r.eventName.isEmpty())
            r.eventName = r.incident ? tr("Incident") : tr("Entry");
        r.severity = readableCode(tags::valueOf(e.tags, QLatin1String("severity:")));
        rows.push_back(std::move(r));
    }
    prepend(std::move(rows));
}

} // namespace sb::ui
