#pragma once

#include "models/field_filter_model.h"

namespace sb::ui {

// Filters door events: a kind (all, entries, incidents) and the query language, where the site, door, user, event
// (its name or code: "event:door_left_open") and severity columns count as tags. An incident's urgency is its
// severity's rank (critical 1, high 2, medium 3, low 4), so "urgency:1-2" is high and above.
// Sorting orders Severity by rank (critical first when ascending, entries last) and Time by the instant.
class DoorEventFilterModel : public FieldFilterModel
{
    Q_OBJECT
public:
    enum class Kind { All, Entries, Incidents };

    explicit DoorEventFilterModel(QObject *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }

protected:
    bool acceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Kind m_kind = Kind::All;
};

} // namespace sb::ui
