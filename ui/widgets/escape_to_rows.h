#pragma once

#include <QObject>

class QLineEdit;
class QWidget;

namespace sb::ui {

// Escape in a pane's text box gives the keyboard back to the pane's rows, where J/K and Enter act; in a filter box
// it also clears the filter, so one key undoes what a stray keypress typed there. Installed on the box; owned by it.
class EscapeToRows : public QObject
{
    Q_OBJECT
public:
    enum class Text { Keep, Clear };
    static void install(QLineEdit *box, QWidget *rows, Text text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EscapeToRows(QLineEdit *box, QWidget *rows, Text text);

    QLineEdit *m_box;
    QWidget *m_rows;
    Text m_text;
};

} // namespace sb::ui
