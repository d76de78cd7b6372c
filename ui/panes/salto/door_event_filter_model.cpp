#include "door_event_filter_model.h"

#include "panes/salto/door_event_model.h"

namespace sb::ui {

DoorEventFilterModel::DoorEventFilterModel(QObject *parent)
    : FieldFilterModel(
        {{QStringLiteral("site"), DoorEventModel::Site}, {QStringLiteral("door"), DoorEventModel::Door},
            {QStringLiteral("user"), DoorEventModel::User}, {QStringLiteral("event"), DoorEventModel::EventName},
            {QStringLiteral("type"), DoorEventModel::EventName},
            {QStringLiteral("severity"), DoorEventModel::Severity}},
        DoorEventModel::SearchTextRole, true, parent)
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

} // namespace sb::ui
