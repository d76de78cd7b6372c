#include "chip_strip.h"

#include "desk/theme.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace sb::ui {

ChipStrip::ChipStrip(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setCursor(Qt::PointingHandCursor);
}

void ChipStrip::setChips(const QStringList &chips)
{
    m_chips = chips;
    m_rectsWidth = -1;
    updateGeometry();
    update();
}

int ChipStrip::chipHeight() const
{
    return fontMetrics().height() + 4;
}

QVector<QRect> ChipStrip::layoutChips(int width) const
{
    QVector<QRect> rects;
    const QFontMetrics fm = fontMetrics();
    const int h = chipHeight();
    const int gap = qMax(4, fm.height() / 4);
    const int pad = fm.height() / 2;
    int x = 0;
    int y = 0;
    for (const QString &chip : m_chips) {
        // Two pixels of slack: horizontalAdvance() rounds, and a chip cut by a fraction of a pixel would elide.
        const int w = qMin(fm.horizontalAdvance(chip) + 2 * pad + 2, qMax(width, 1));
        if (x > 0 && x + w > width) {
            x = 0;
            y += h + gap;
        }
        rects.append(QRect(x, y, w, h));
        x += w + gap;
    }
    return rects;
}

int ChipStrip::heightForWidth(int width) const
{
    if (m_chips.isEmpty())
        return 0;
    const QVector<QRect> rects = layoutChips(width);
    return rects.last().bottom() + 1;
}

QSize ChipStrip::sizeHint() const
{
    const int w = qMax(width(), fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    return QSize(w, heightForWidth(w));
}

QSize ChipStrip::minimumSizeHint() const
{
    return QSize(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 8, m_chips.isEmpty() ? 0 : chipHeight());
}

void ChipStrip::resizeEvent(QResizeEvent *event)
{
    m_rectsWidth = -1;
    QWidget::resizeEvent(event);
}

const QVector<QRect> &ChipStrip::rects()
{
    // Laid out when first needed at the current width: a strip that was hidden has no real width before.
    if (m_rectsWidth != width()) {
        m_rects = layoutChips(width());
        m_rectsWidth = width();
    }
    return m_rects;
}

QColor ChipStrip::chipColor(const QString &chip) const
{
    // One hue per code family (R:, N2:, G:, …) so that a glance tells instruments from topics and places.
    const QString family = chip.left(chip.indexOf(QLatin1Char(':')));
    const int hue = int(qHash(family, 7) % 360);
    const bool dark = Theme::isDark(palette());
    return QColor::fromHsl(hue, dark ? 70 : 110, dark ? 60 : 225);
}

void ChipStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int pad = fm.height() / 2;
    const QColor text = palette().color(QPalette::WindowText);
    rects();
    for (int i = 0; i < m_rects.size() && i < m_chips.size(); ++i) {
        const QRectF r = QRectF(m_rects.at(i)).adjusted(0.5, 0.5, -0.5, -0.5);
        p.setPen(Qt::NoPen);
        p.setBrush(chipColor(m_chips.at(i)));
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
        p.setPen(text);
        p.drawText(m_rects.at(i).adjusted(pad, 0, -pad, 0), Qt::AlignCenter,
            fm.elidedText(m_chips.at(i), Qt::ElideRight, m_rects.at(i).width() - 2 * pad));
    }
}

void ChipStrip::mousePressEvent(QMouseEvent *event)
{
    rects();
    for (int i = 0; i < m_rects.size() && i < m_chips.size(); ++i)
        if (m_rects.at(i).contains(event->position().toPoint())) {
            Q_EMIT chipClicked(m_chips.at(i));
            return;
        }
    QWidget::mousePressEvent(event);
}

bool ChipStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        rects();
        for (int i = 0; i < m_rects.size() && i < m_chips.size(); ++i)
            if (m_rects.at(i).contains(help->pos())) {
                QToolTip::showText(help->globalPos(), tr("%1 — click to filter by it").arg(m_chips.at(i)), this);
                return true;
            }
        QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_rectsWidth = -1;
        updateGeometry();
    }
    return QWidget::event(event);
}

} // namespace sb::ui
