#include "paused_note.h"

namespace sb::ui {

PausedNote::PausedNote(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText); // see plainLabel()
    hide();
}

void PausedNote::showPaused(bool paused, const QString &text)
{
    setText(text);
    setVisible(paused);
}

QString PausedNote::shownText() const
{
    return isHidden() ? QString() : text();
}

} // namespace sb::ui
