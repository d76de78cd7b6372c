#pragma once

#include "event/event.h"

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
};

} // namespace sb::ui
