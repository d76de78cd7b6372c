#pragma once

#include "models/field_filter_model.h"

namespace sb::ui {

// Filters door events: a kind (all, entries, incidents) and typed words, each of which must appear
// (case-insensitive) in the site, door, user, event or severity; "site:X", "door:X", "user:X", "event:X" (or
// "type:X") and "severity:X" restrict a word to one column, with "_" standing for a space.
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

private:
    Kind m_kind = Kind::All;
};

} // namespace sb::ui
