#include "door_event_filter_model.h"

#include "panes/salto/door_event_model.h"

namespace sb::ui {

DoorEventFilterModel::DoorEventFilterModel(QObject *parent)
    : FieldFilterModel(
        {{QStringLiteral("site"), DoorEventModel::Site}, {QStringLiteral("door"), DoorEventModel::Door},
            {QStringLiteral("user"), DoorEventModel::User}, {QStringLiteral("event"), DoorEventModel::EventName},
            {QStringLiteral("severity"), DoorEventModel::Severity}},
        parent)
{ }

void DoorEventFilterModel::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

bool DoorEventFilterModel::acceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_kind == Kind::All)
        return true;
    const bool incident
        = sourceModel()->index(sourceRow, 0, sourceParent).data(DoorEventModel::IsIncidentRole).toBool();
    return incident == (m_kind == Kind::Incidents);
}

bool DoorEventFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    switch (left.column()) {
    case DoorEventModel::Severity: {
        // Rank 1 (critical) is the least; an entry, with no severity, sorts after every incident.
        const int a = left.data(DoorEventModel::UrgencyRole).toInt();
        const int b = right.data(DoorEventModel::UrgencyRole).toInt();
        const int ra = a < 1 ? 1000 : a;
        const int rb = b < 1 ? 1000 : b;
        if (ra != rb)
            return ra < rb;
        // Ties keep arrival order, newest first: a lower source row is newer.
        return left.row() < right.row();
    }
    case DoorEventModel::Time: {
        const qint64 a = left.data(DoorEventModel::TimeRole).toLongLong();
        const qint64 b = right.data(DoorEventModel::TimeRole).toLongLong();
        return a != b ? a < b : left.row() > right.row();
    }
    default:
        return FieldFilterModel::lessThan(left, right);
    }
}

} // namespace sb::ui
