#pragma once

#include <QStyledItemDelegate>

namespace sb::ui {

// Lays each cell out in the direction of its own text. A view's cells otherwise follow the window's direction, so an
// Arabic or Hebrew headline in a left-to-right desk would put its numbers and punctuation at the wrong end.
class BidiItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace sb::ui
