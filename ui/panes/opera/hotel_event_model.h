#pragma once

#include "models/newest_first_table_model.h"

namespace sb::ui {

struct HotelEventRow
{
    Event event;
    QString time;
    QString module;
    QString eventName;
    QString primaryKey;
};

// The hotel events pane's rows, newest first (see NewestFirstTableModel). A row is built from the Event's own fields
// (time, source = hotel, tags = module and event name, title ending in the primary key), so the GUI thread parses no
// JSON for the table; the detail view reads the attrs of the one selected row.
class HotelEventModel : public NewestFirstTableModel<HotelEventRow>
{
    Q_OBJECT
public:
    enum Column { Time, Hotel, Module, EventName, PrimaryKey, ColumnCount };
    enum Role { SearchTextRole = Qt::UserRole + 1 };

    explicit HotelEventModel(int capacity = 100000, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const EventBatch &events) override;
};

} // namespace sb::ui
