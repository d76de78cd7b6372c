#include "live_row_tooltip.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QScrollBar>
#include <QToolTip>

namespace sb::ui {

void LiveRowTooltip::install(QAbstractItemView *view)
{
    new LiveRowTooltip(view);
}

LiveRowTooltip::LiveRowTooltip(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &LiveRowTooltip::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &LiveRowTooltip::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &LiveRowTooltip::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &LiveRowTooltip::refresh);
    // A view that keeps the reader's place scrolls once its range has grown, after the rows went in.
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &LiveRowTooltip::refresh);
}

bool LiveRowTooltip::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTip)
        m_at = static_cast<QHelpEvent *>(event)->pos();
    else if (event->type() == QEvent::Leave)
        m_at = QPoint(-1, -1);
    return QObject::eventFilter(watched, event);
}

void LiveRowTooltip::refresh()
{
    if (m_at.x() < 0 || !QToolTip::isVisible())
        return;
    const QModelIndex index = m_view->indexAt(m_at);
    const QString text = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
    if (text.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(m_view->viewport()->mapToGlobal(m_at), text, m_view->viewport(), m_view->visualRect(index));
}

} // namespace sb::ui
