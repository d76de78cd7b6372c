#pragma once

#include <QLabel>

namespace sb::ui {

// A one-line plain-text label for texts that come from a feed or a server (state texts, close reasons): it shows
// as much as fits and ends in "…", and asks its layout for no more than a few characters, so a long text can never
// widen its pane, and through it the window. The whole text stays in text().
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    ElidedLabel(const QString &text, QWidget *parent);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace sb::ui
