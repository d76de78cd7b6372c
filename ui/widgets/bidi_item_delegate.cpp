#include "bidi_item_delegate.h"

namespace sb::ui {

void BidiItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->text.isRightToLeft()) {
        option->direction = Qt::RightToLeft;
        // The column stays visually left-aligned, like its neighbours; only the order inside the text changes.
        option->displayAlignment = Qt::AlignLeft | Qt::AlignAbsolute | Qt::AlignVCenter;
    }
}

} // namespace sb::ui
