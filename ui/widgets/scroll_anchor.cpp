#include "scroll_anchor.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace sb::ui {

ScrollAnchor *ScrollAnchor::attach(QAbstractItemView *view, QAbstractItemModel *model)
{
    auto *anchor = new ScrollAnchor(view, model);
    view->setModel(model);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, anchor,
        [anchor] { anchor->m_currentAutomatic = false; });
    return anchor;
}

ScrollAnchor::ScrollAnchor(QAbstractItemView *view, QAbstractItemModel *model)
    : QObject(view)
    , m_view(view)
    , m_model(model)
{
    // Row arithmetic below counts the scroll value in rows.
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
        [this](const QModelIndex &parent, int first, int last) {
            if (!parent.isValid())
                aboutToInsert(first, last);
        });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid())
            inserted(first, last);
    });
    connect(
        model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &parent, int first, int last) {
            const QModelIndex current = m_view->currentIndex();
            m_droppingCurrent
                = !parent.isValid() && current.isValid() && current.row() >= first && current.row() <= last;
        });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!std::exchange(m_droppingCurrent, false))
            return;
        Q_EMIT currentDropped();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &ScrollAnchor::reset);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ScrollAnchor::reset);
    QScrollBar *scroll = view->verticalScrollBar();
    connect(scroll, &QScrollBar::rangeChanged, this, [this] {
        if (m_pending >= 0)
            apply();
    });
    connect(scroll, &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0 && m_pending < 0)
            setNewAbove(0);
    });
}

bool ScrollAnchor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::KeyPress)
        m_currentAutomatic = false;
    return QObject::eventFilter(watched, event);
}

void ScrollAnchor::reset()
{
    m_anchor = QPersistentModelIndex();
    m_pending = -1;
    setNewAbove(0);
}

void ScrollAnchor::aboutToInsert(int first, int last)
{
    if (m_anchor.isValid())
        return; // captured already for this insertion
    const QModelIndex current = m_view->currentIndex();
    if (m_pending >= 0) {
        // An earlier insertion is still waiting for the view's layout: its place holds, counted from where it will be.
        m_anchor
            = current.isValid() ? QPersistentModelIndex(current) : QPersistentModelIndex(m_model->index(m_pending, 0));
        m_offset = m_anchor.row() - m_pending;
        return;
    }
    const int value = m_view->verticalScrollBar()->value();
    const QRect viewport = m_view->viewport()->rect();
    if (current.isValid() && m_currentAutomatic && value == 0)
        return; // nobody is reading that row yet: the newest rows show
    if (current.isValid() && m_view->visualRect(current).intersects(viewport)) {
        const int rowHeight = qMax(1, m_view->visualRect(current).height());
        const int rowsInView = viewport.height() / rowHeight;
        const bool staysInSight = current.row() + (last - first + 1) < rowsInView;
        if (value == 0 && staysInSight)
            return;
        m_anchor = current;
        m_offset = current.row() - value;
    } else if (value > 0) {
        m_anchor = m_model->index(value, 0);
        m_offset = 0;
    }
}

void ScrollAnchor::inserted(int first, int last)
{
    if (!m_anchor.isValid())
        return;
    m_pending = qMax(0, m_anchor.row() - m_offset);
    setNewAbove(m_newAbove + qMax(0, qMin(last + 1, m_pending) - first));
    m_anchor = QPersistentModelIndex();
    apply();
}

void ScrollAnchor::apply()
{
    QScrollBar *scroll = m_view->verticalScrollBar();
    const int target = m_pending;
    scroll->setValue(target);
    // The view grows its scroll range on its next layout; until then the value is clamped and waits.
    if (scroll->value() == target)
        m_pending = -1;
}

void ScrollAnchor::setNewAbove(int count)
{
    if (count == m_newAbove)
        return;
    m_newAbove = count;
    Q_EMIT newAboveChanged(count);
}

} // namespace sb::ui
