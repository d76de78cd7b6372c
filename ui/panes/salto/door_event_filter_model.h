#pragma once

#include "models/field_filter_model.h"

namespace sb::ui {

// Filters door events: a kind (all, entries, incidents) and typed words, each of which must appear
// (case-insensitive) in the site, door, user, event or severity; "site:X", "door:X", "user:X" and "event:X" (or
// "type:X") restrict a word to one column, with "_" standing for a space. "severity:" and "urgency:" compare the
// severity's rank (critical 1, high 2, medium 3, low 4): "severity:high+", "severity:critical,high", "urgency:1-2".
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
