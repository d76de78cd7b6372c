#pragma once

#include <QAbstractItemModel>

namespace sb::ui {

// Calls `f` whenever the rows `model` shows may have changed — inserted, removed, reset, or re-sorted and re-filtered —
// so a count of what a filter shows follows every change of the visible rows.
template<typename Functor>
void onRowsChanged(const QAbstractItemModel *model, const QObject *context, Functor f)
{
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        QObject::connect(model, signal, context, f);
    QObject::connect(model, &QAbstractItemModel::modelReset, context, f);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, context, f);
}

} // namespace sb::ui
