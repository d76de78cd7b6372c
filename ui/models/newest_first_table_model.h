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
    // Clear hides the rows it had until undoClear() brings them back or forgetCleared() lets them go.
    virtual void clear() = 0;
    virtual void undoClear() = 0;
    virtual void forgetCleared() = 0;
    virtual int clearedCount() const = 0;
    // The hidden rows, oldest first, as they arrived.
    virtual EventBatch clearedEvents() const = 0;
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
        return parent.isValid() ? 0 : int(m_rows.size()) - m_cleared;
    }

    void clear() override
    {
        beginResetModel();
        m_cleared = int(m_rows.size());
        endResetModel();
    }

    void undoClear() override
    {
        if (m_cleared == 0)
            return;
        beginResetModel();
        m_cleared = 0;
        endResetModel();
    }

    void forgetCleared() override
    {
        m_rows.erase(m_rows.end() - m_cleared, m_rows.end());
        m_cleared = 0;
    }

    int clearedCount() const override { return m_cleared; }

    EventBatch clearedEvents() const override
    {
        EventBatch out;
        out.reserve(m_cleared);
        for (auto it = m_rows.crbegin(); it != m_rows.crbegin() + m_cleared; ++it)
            out.append(it->event);
        return out;
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
            // Rows hidden by Clear are the oldest and go first, unseen.
            const int hidden = qMin(overflow, m_cleared);
            m_rows.erase(m_rows.end() - hidden, m_rows.end());
            m_cleared -= hidden;
            const int shown = overflow - hidden;
            if (shown > 0) {
                beginRemoveRows(QModelIndex(), rowCount() - shown, rowCount() - 1);
                m_rows.erase(m_rows.end() - shown, m_rows.end());
                endRemoveRows();
            }
        }
        beginInsertRows(QModelIndex(), 0, int(rows.size()) - 1);
        for (Row &r : rows)
            m_rows.push_front(std::move(r));
        endInsertRows();
    }

    // The row of a valid index of this model, else null.
    const Row *rowAt(const QModelIndex &index) const
    {
        return index.isValid() && index.row() < rowCount() ? &m_rows[size_t(index.row())] : nullptr;
    }
    const Row &rowAt(int row) const { return m_rows.at(size_t(row)); }

private:
    int m_capacity;
    std::deque<Row> m_rows;
    int m_cleared = 0; // the oldest rows, hidden by Clear
};

} // namespace sb::ui
