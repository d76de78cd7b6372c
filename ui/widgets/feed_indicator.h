#pragma once

#include "pipeline/feed_state.h"

#include <QWidget>

namespace sb::ui {

// A feed in the status bar: a state dot and one compact line (state, events/s, age of the last event, errors).
// Clicking it opens the feed's diagnostics.
class FeedIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit FeedIndicator(const QString &feed, QWidget *parent = nullptr);

    QString feed() const { return m_feed; }
    QString text() const { return m_text; }
    void setStatus(
        FeedState state, const QString &stateText, double eventsPerSecond, qint64 lastEventAgeMs, quint64 errors);
    QSize sizeHint() const override;
    // The dot and the feed's name: a narrow window elides the rest rather than growing to fit it.
    QSize minimumSizeHint() const override;

    static QColor stateColor(FeedState state);
    static QString stateLabel(FeedState state);
    static QString formatRate(double eventsPerSecond);
    static QString formatAge(qint64 ms);

Q_SIGNALS:
    void clicked(const QString &feed);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QString m_feed;
    QString m_text;
    FeedState m_state = FeedState::Idle;
};

} // namespace sb::ui
