#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

namespace sb::ui {

// Short codes (subjects, audiences) as rounded chips that wrap onto as many lines as the width needs. Clicking a
// chip offers it as a filter token.
class ChipStrip : public QWidget
{
    Q_OBJECT
public:
    explicit ChipStrip(QWidget *parent = nullptr);

    void setChips(const QStringList &chips);
    QStringList chips() const { return m_chips; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void chipClicked(const QString &chip);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    QVector<QRect> layoutChips(int width) const;
    const QVector<QRect> &rects();
    QColor chipColor(const QString &chip) const;
    int chipHeight() const;

    QStringList m_chips;
    QVector<QRect> m_rects;
    int m_rectsWidth = -1; // the width m_rects were laid out for
};

} // namespace sb::ui
