#pragma once

#include <QVector>
#include <QWidget>

namespace sb::ui {

// Events per second over the last minutes as a filled line, newest at the right. Painted directly: a chart
// library would be a heavy dependency for one series.
class RateChart : public QWidget
{
    Q_OBJECT
public:
    explicit RateChart(QWidget *parent = nullptr);

    // One sample a second, oldest first; `capacity` samples span the width.
    void setSamples(const QVector<double> &samples, int capacity);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static double niceCeiling(double value);

    QVector<double> m_samples;
    int m_capacity = 300;
};

} // namespace sb::ui
