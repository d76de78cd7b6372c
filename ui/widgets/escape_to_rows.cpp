#include "escape_to_rows.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace sb::ui {

void EscapeToRows::install(QLineEdit *box, QWidget *rows, Text text)
{
    box->installEventFilter(new EscapeToRows(box, rows, text));
}

EscapeToRows::EscapeToRows(QLineEdit *box, QWidget *rows, Text text)
    : QObject(box)
    , m_box(box)
    , m_rows(rows)
    , m_text(text)
{ }

bool EscapeToRows::eventFilter(QObject *watched, QEvent *event)
{
    // ShortcutOverride comes first: claiming Escape there keeps a window-wide Escape shortcut from taking it.
    if (watched != m_box || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Escape || key->modifiers() != Qt::NoModifier)
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    if (m_text == Text::Clear)
        m_box->clear();
    m_rows->setFocus(Qt::ShortcutFocusReason);
    return true;
}

} // namespace sb::ui
