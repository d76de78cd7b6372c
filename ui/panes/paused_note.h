#pragma once

#include <QLabel>

namespace sb::ui {

// The "Paused · 1,234 held" note of a paused feed pane; hidden while the pane is not paused.
class PausedNote : public QLabel
{
    Q_OBJECT
public:
    explicit PausedNote(QWidget *parent = nullptr);

    void showPaused(bool paused, const QString &text);
    QString shownText() const; // empty while hidden
};

} // namespace sb::ui
