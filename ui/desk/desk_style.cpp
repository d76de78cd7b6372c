#include "desk_style.h"

#include "theme.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace sb::ui {

DeskStyle::DeskStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{ }

void DeskStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    // A focused box keeps Fusion's highlight ring, which reads on either palette.
    if (element == PE_FrameLineEdit && Theme::isDark(option->palette) && !(option->state & State_HasFocus)) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(option->palette.color(QPalette::Mid).lighter(130), 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        painter->restore();
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

} // namespace sb::ui
