#pragma once

#include "event_table_model.h"

#include <deque>
#include <vector>

namespace sb::ui {

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

    Event eventAt(int row) const override { return m_rows.at(size_t(row)).event; }
    int capacity() const override { return m_capacity; }

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
