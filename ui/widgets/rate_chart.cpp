#include "rate_chart.h"

#include "desk/theme.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace sb::ui {

RateChart::RateChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void RateChart::setSamples(const QVector<double> &samples, int capacity)
{
    m_samples = samples;
    m_capacity = qMax(2, capacity);
    update();
}

QSize RateChart::sizeHint() const
{
    return QSize(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40, fontMetrics().height() * 6);
}

QSize RateChart::minimumSizeHint() const
{
    return QSize(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 20, fontMetrics().height() * 6);
}

double RateChart::niceCeiling(double value)
{
    if (value <= 1)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0})
        if (value <= step * magnitude)
            return step * magnitude;
    return 10 * magnitude;
}

void RateChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const QColor muted = Theme::mutedText(palette());
    const QColor accent = palette().color(QPalette::Highlight);

    double peak = 0;
    for (double v : m_samples)
        peak = qMax(peak, v);
    const double top = niceCeiling(peak);
    const QString topLabel = top >= 1000 ? tr("%1k/s").arg(top / 1000.0, 0, 'g', 3) : tr("%1/s").arg(top);

    const int labelWidth = fm.horizontalAdvance(topLabel) + fm.height() / 2;
    const QRect plot = rect().adjusted(labelWidth, fm.height() / 2, -2, -fm.height() - 2);
    p.fillRect(plot, palette().color(QPalette::Base));
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawRect(plot.adjusted(0, 0, -1, -1));
    p.setPen(muted);
    p.drawText(QRect(0, plot.top() - fm.height() / 2, labelWidth - 4, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
        topLabel);
    p.drawText(QRect(0, plot.bottom() - fm.height() / 2, labelWidth - 4, fm.height()),
        Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    p.drawText(QRect(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt::AlignLeft,
        tr("−%1 min").arg(m_capacity / 60));
    p.drawText(QRect(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt::AlignRight, tr("now"));

    if (m_samples.size() < 2)
        return;
    const double dx = double(plot.width()) / double(m_capacity - 1);
    const qsizetype n = qMin<qsizetype>(m_samples.size(), m_capacity);
    const qsizetype first = m_samples.size() - n;
    QPainterPath line;
    for (qsizetype i = 0; i < n; ++i) {
        const double x = plot.right() - double(n - 1 - i) * dx;
        const double y = plot.bottom() - m_samples.at(first + i) / top * (plot.height() - 1);
        if (i == 0)
            line.moveTo(x, y);
        else
            line.lineTo(x, y);
    }
    QPainterPath area = line;
    area.lineTo(plot.right(), plot.bottom());
    area.lineTo(plot.right() - double(n - 1) * dx, plot.bottom());
    area.closeSubpath();
    QColor fill = accent;
    fill.setAlpha(60);
    p.setClipRect(plot);
    p.fillPath(area, fill);
    p.setPen(QPen(accent, 1.5));
    p.drawPath(line);
}

} // namespace sb::ui
