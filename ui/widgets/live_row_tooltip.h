#pragma once

#include <QObject>
#include <QPoint>

class QAbstractItemView;

namespace sb::ui {

// A row's tooltip stays true to the row under the pointer: when rows move under an open tooltip (rows arrive on top,
// the oldest drop, Clear), the tooltip is asked again of the row now at the pointer, or hidden when none is there.
// The view itself asks data(ToolTipRole) of the current row each time a tooltip opens.
class LiveRowTooltip : public QObject
{
    Q_OBJECT
public:
    static void install(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit LiveRowTooltip(QAbstractItemView *view);
    void refresh();

    QAbstractItemView *m_view;
    QPoint m_at {-1, -1}; // where the open tooltip was asked for, in viewport coordinates
};

} // namespace sb::ui
