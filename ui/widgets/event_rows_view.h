#pragma once

#include <QAbstractItemView>
#include <QHeaderView>
#include <QTableView>

namespace sb::ui {

// The look every list of events shares (a feed pane's table, the watch list): whole rows selected, several at once,
// nothing edited in place, no row numbers, one line a row with a little air, and the last column taking the room
// left over.
inline void showAsEventRows(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
}

} // namespace sb::ui
