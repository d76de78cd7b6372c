#pragma once

#include "event/event.h"
#include "rule_tint.h"

#include <QAbstractTableModel>

namespace sb::ui {

// A feed's event table as the panes see it: events go in by batch and come out by source row, newest first. The
// blotter's ring model and the table panes' deques stand behind the same pane through it.
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
    // By value: the ring model keeps rows compact and builds the Event on demand.
    virtual Event eventAt(int row) const = 0;
    virtual int capacity() const = 0;

    // The colours of the desk's rules (#16); every row repaints when they change. Not owned; null paints no rule.
    void setRuleTint(const RuleTint *tint)
    {
        if (m_tint)
            disconnect(m_tint, nullptr, this, nullptr);
        m_tint = tint;
        if (tint)
            connect(tint, &RuleTint::changed, this, [this] {
                if (rowCount() > 0)
                    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                        {Qt::BackgroundRole, Qt::ForegroundRole, Qt::DecorationRole});
            });
    }

protected:
    static bool isTintRole(int role)
    {
        return role == Qt::BackgroundRole || role == Qt::ForegroundRole || role == Qt::DecorationRole;
    }
    // What the rules a row matched make of `role`; invalid when none of them colours it.
    QVariant tintData(const QStringList &rules, int role, int column) const
    {
        if (!m_tint || rules.isEmpty() || !isTintRole(role))
            return QVariant();
        return RuleTint::data(m_tint->colourOf(rules), role, column);
    }

private:
    const RuleTint *m_tint = nullptr;
};

} // namespace sb::ui
