#pragma once

#include "event/event.h"

#include <QAbstractTableModel>

#include <deque>
#include <vector>

namespace sb::ui {

// A feed's event table as the panes see it: events go in by batch and come out by source row.
class EventTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    virtual void append(const EventBatch &events) = 0;
    virtual void clear() = 0;
    virtual const Event &eventAt(int row) const = 0;
};

// The rows of a feed's event table, newest first, in a bounded deque: a batch is one row insertion on top, and the
// oldest rows beyond the capacity one removal at the bottom. A subclass builds its Row (which holds the Event as
// `event`) once, on arrival, from the Event's own fields, so painting reads prepared strings and parses nothing.
template<typename Row>
class NewestFirstTableModel : public EventTableModel
{
public:
    explicit NewestFirstTableModel(int capacity, QObject *parent = nullptr)
        : EventTableModel(parent)
        , m_capacity(qMax(1, capacity))
    { }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    void clear() override
    {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }

    const Event &eventAt(int row) const override { return m_rows.at(size_t(row)).event; }

protected:
    // `rows` oldest first, as they arrived: the last one ends up on top.
    void prepend(std::vector<Row> rows)
    {
        if (rows.empty())
            return;
        if (int(rows.size()) > m_capacity)
            rows.erase(rows.begin(), rows.end() - m_capacity);
        const int overflow = int(m_rows.size() + rows.size()) - m_capacity;
        if (overflow > 0) {
            beginRemoveRows(QModelIndex(), int(m_rows.size()) - overflow, int(m_rows.size()) - 1);
            m_rows.erase(m_rows.end() - overflow, m_rows.end());
            endRemoveRows();
        }
        beginInsertRows(QModelIndex(), 0, int(rows.size()) - 1);
        for (Row &r : rows)
            m_rows.push_front(std::move(r));
        endInsertRows();
    }

    // The row of a valid index of this model, else null.
    const Row *rowAt(const QModelIndex &index) const
    {
        return index.isValid() && index.row() < int(m_rows.size()) ? &m_rows[size_t(index.row())] : nullptr;
    }
    const Row &rowAt(int row) const { return m_rows.at(size_t(row)); }

private:
    int m_capacity;
    std::deque<Row> m_rows;
};

} // namespace sb::ui
