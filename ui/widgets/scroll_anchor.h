#pragma once

#include <QObject>
#include <QPersistentModelIndex>

class QAbstractItemModel;
class QAbstractItemView;

namespace sb::ui {

// Keeps the reader's place in a newest-first view while rows arrive: the current row stays where it is on screen
// (or, with no current row in sight, the top visible row does), so what the reader looks at never moves under them.
// At the top with the current row still in sight after the insertion, the view follows the newest rows instead.
// Counts the rows that went in above the viewport, until the reader is back at the top, and tells when the current
// row leaves the model (the ring dropped it, or a filter hid it).
class ScrollAnchor : public QObject
{
    Q_OBJECT
public:
    // Sets `model` on `view` itself: it must see a removal before the view's selection model moves the current row.
    static ScrollAnchor *attach(QAbstractItemView *view, QAbstractItemModel *model);

    int newAbove() const { return m_newAbove; }
    // True while the model removes the current row: the selection model then moves the current row to a neighbour,
    // a move the reader did not make and the viewer should not follow.
    bool isDroppingCurrent() const { return m_droppingCurrent; }
    // Forgets the count (after a filter or sort change rebuilt the rows).
    void reset();
    // The pane, not the reader, chose the current row (the newest, at the first arrival): it does not hold the view
    // away from the newest rows. The reader's first click, key or own selection ends that.
    void markCurrentAutomatic() { m_currentAutomatic = true; }

Q_SIGNALS:
    void newAboveChanged(int count);
    void currentDropped();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ScrollAnchor(QAbstractItemView *view, QAbstractItemModel *model);
    void aboutToInsert(int first, int last);
    void inserted(int first, int last);
    void apply();
    void setNewAbove(int count);

    QAbstractItemView *m_view;
    QAbstractItemModel *m_model;
    QPersistentModelIndex m_anchor;
    int m_offset = 0; // rows between the top of the viewport and the anchor
    int m_pending = -1; // scroll value to reach once the scroll range has grown
    int m_newAbove = 0;
    bool m_droppingCurrent = false;
    bool m_currentAutomatic = false;
};

} // namespace sb::ui
