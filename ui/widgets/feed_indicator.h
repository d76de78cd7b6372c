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
    // What the line calls the feed ("News (MRN)"); the feed's name until set.
    void setLabel(const QString &label, const QString &fullTitle);
    QString label() const { return m_label; }
    QString text() const { return m_text; }
    void setStatus(
        FeedState state, const QString &stateText, double eventsPerSecond, qint64 lastEventAgeMs, quint64 errors);
    // A paused pane holds its feed's rows back: the line says Paused, not Live, whatever the connection does.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
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
    QString m_label;
    QString m_text;
    FeedState m_state = FeedState::Idle;
    bool m_paused = false;
    double m_rate = 0;
    qint64 m_ageMs = -1;
    quint64 m_errors = 0;
};

} // namespace sb::ui
