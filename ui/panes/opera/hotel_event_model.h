#pragma once

#include "event/event.h"

#include <QAbstractTableModel>

#include <deque>

namespace sb::ui {

// The hotel events pane's rows, newest first, in a bounded deque: one row insertion per batch. A row is built from
// the Event's own fields (time, source = hotel, tags = module and event name, title ending in the primary key), so
// the GUI thread parses no JSON for the table; the detail view reads the attrs of the one selected row.
class HotelEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Hotel, Module, EventName, PrimaryKey, ColumnCount };
    enum Role { SearchTextRole = Qt::UserRole + 1 };

    explicit HotelEventModel(int capacity = 100000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const EventBatch &events);
    void clear();
    const Event &eventAt(int row) const { return m_rows.at(size_t(row)).event; }

private:
    struct Row
    {
        Event event;
        QString time;
        QString module;
        QString eventName;
        QString primaryKey;
    };

    int m_capacity;
    std::deque<Row> m_rows;
};

} // namespace sb::ui
