#pragma once

#include "models/newest_first_table_model.h"

namespace sb::ui {

struct DoorEventRow
{
    Event event;
    QString time;
    QString door;
    QString user;
    QString eventCode; // as the feed names it: door_left_open
    QString eventName; // as people read it: Door left open
    QString severity;
    bool incident = false;
};

// The door pane's rows — entries and incidents together — newest first (see NewestFirstTableModel). Columns come from
// the Event's own fields (source = site, tags "door:", "user:", "event:", "severity:"), so the GUI thread parses no
// JSON for the table. Codes read as words ("Door left open"); the raw code is in the tooltip. Incidents are tinted by
// severity (translucent, so the tint reads on light and dark themes).
class DoorEventModel : public NewestFirstTableModel<DoorEventRow>
{
    Q_OBJECT
public:
    enum Column { Time, Site, Door, User, EventName, Severity, ColumnCount };
    // UrgencyRole: the severity's rank (1 critical … 4 low, -1 none), by which Severity sorts and filters.
    enum Role { SearchTextRole = Qt::UserRole + 1, IsIncidentRole, UrgencyRole, TimeRole };

    explicit DoorEventModel(int capacity = 100000, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const EventBatch &events) override;

    // The tint of an incident of `urgency` (1 critical … 4 low); invalid for none.
    static QColor severityColor(int urgency);
};

} // namespace sb::ui
