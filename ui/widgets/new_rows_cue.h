#pragma once

#include <QFrame>

class QAbstractItemView;
class QLabel;
class QToolButton;

namespace sb::ui {

class ScrollAnchor;

// A small bar over the top of a live table that says what the reader cannot see: "N new above — jump" while rows
// arrive above the viewport, "Cleared N rows — Undo" after Clear, and a note when the selected row left the table.
// It hides itself when there is nothing to say.
class NewRowsCue : public QFrame
{
    Q_OBJECT
public:
    NewRowsCue(QAbstractItemView *view, ScrollAnchor *anchor);

    void setNewAbove(int count);
    // 0: no clear to undo.
    void setCleared(int count);
    void setNote(const QString &text);

    QString text() const;

Q_SIGNALS:
    void undoRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void place();

    QAbstractItemView *m_view;
    QToolButton *m_jump;
    QLabel *m_note;
    QToolButton *m_undo;
    int m_newAbove = 0;
    int m_cleared = 0;
    QString m_noteText;
};

} // namespace sb::ui
