#pragma once

#include <QProxyStyle>

namespace sb::ui {

// Fusion, with line-edit frames that read on a dark palette. Fusion draws the frame in the window colour darkened,
// which on the dark theme is the base colour of the box itself: filter and search boxes lost their borders.
class DeskStyle : public QProxyStyle
{
    Q_OBJECT
public:
    DeskStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
};

} // namespace sb::ui
