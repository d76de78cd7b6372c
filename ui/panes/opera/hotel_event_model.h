#pragma once

#include "models/newest_first_table_model.h"

#include <QSet>

#include <deque>

namespace sb::ui {

struct HotelEventRow
{
    Event event;
    QString time;
    QString moduleCode; // as OHIP names it: FrontDesk
    QString eventCode; // as OHIP names it: CHECK IN
    QString module; // as people read it: Front desk
    QString eventName; // as people read it: Check in
    QString room;
    QString guest;
    QString changes; // "Room type: KNG → STE; Departure date: … → …", elements that did not change left out
    QString primaryKey;
};

// The hotel events pane's rows, newest first (see NewestFirstTableModel). A row is built from the Event's own fields
// (time, source = hotel, tags "module:", "action:", "room:" and "guest:", title ending in the primary key, body of
// "element: old → new" lines), so the GUI thread parses no JSON for the table; the detail view reads the attrs of the
// one selected row. Codes read as words; the raw codes and the primary key are in the tooltip and the Details viewer.
// One business event is one row: an event whose key (OHIP's uniqueEventId) is already in the table is not added again,
// as happens when a backfill from history overlaps what arrived live, or the feed fetches events again.
class HotelEventModel : public NewestFirstTableModel<HotelEventRow>
{
    Q_OBJECT
public:
    enum Column { Time, Hotel, Module, EventName, Room, Guest, PrimaryKey, Changes, ColumnCount };
    enum Role { SearchTextRole = Qt::UserRole + 1 };

    explicit HotelEventModel(int capacity = 100000, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const EventBatch &events) override;
    void clear() override;

    // "Room type: KNG → STE; Guest name: Okafor, Ada" from an event body of "element: old → new" lines.
    static QString changesOf(const QString &body);

private:
    const int m_capacity;
    QSet<QString> m_keys; // of the rows in the table
    std::deque<QString> m_keyOrder; // oldest first, to forget the keys of rows the capacity pushed out
};

} // namespace sb::ui
