#include "feed_indicator.h"

#include <QMouseEvent>
#include <QPainter>

namespace sb::ui {

FeedIndicator::FeedIndicator(const QString &feed, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_label(feed)
{
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("%1: click for diagnostics").arg(feed));
    setStatus(FeedState::Idle, QString(), 0, -1, 0);
}

void FeedIndicator::setLabel(const QString &label, const QString &fullTitle)
{
    m_label = label;
    setToolTip(tr("%1: click for diagnostics").arg(fullTitle));
    m_text.clear(); // rebuild the line with the new label
    setStatus(m_state, QString(), m_rate, m_ageMs, m_errors);
    updateGeometry();
}

QColor FeedIndicator::stateColor(FeedState state)
{
    switch (state) {
    case FeedState::Live:
        return QColor(0x2e, 0xa0, 0x43);
    case FeedState::Failed:
        return QColor(0xd6, 0x3a, 0x3a);
    case FeedState::Reconnecting:
        return QColor(0xe0, 0x8a, 0x00);
    case FeedState::Idle:
        return QColor(0x8a, 0x90, 0x99);
    default:
        return QColor(0xd0, 0xa8, 0x00); // on its way up
    }
}

QString FeedIndicator::stateLabel(FeedState state)
{
    switch (state) {
    case FeedState::Idle:
        return tr("Idle");
    case FeedState::Authenticating:
        return tr("Authenticating");
    case FeedState::Discovering:
        return tr("Discovering");
    case FeedState::Connecting:
        return tr("Connecting");
    case FeedState::LoggingIn:
        return tr("Logging in");
    case FeedState::Subscribing:
        return tr("Subscribing");
    case FeedState::Live:
        return tr("Live");
    case FeedState::Reconnecting:
        return tr("Reconnecting");
    case FeedState::Failed:
        return tr("Failed");
    }
    return feedStateName(state);
}

QString FeedIndicator::formatRate(double eventsPerSecond)
{
    if (eventsPerSecond >= 10000)
        return tr("%1k/s").arg(eventsPerSecond / 1000.0, 0, 'f', 0);
    if (eventsPerSecond >= 1000)
        return tr("%1k/s").arg(eventsPerSecond / 1000.0, 0, 'f', 1);
    if (eventsPerSecond >= 10)
        return tr("%1/s").arg(eventsPerSecond, 0, 'f', 0);
    return tr("%1/s").arg(eventsPerSecond, 0, 'f', 1);
}

QString FeedIndicator::formatAge(qint64 ms)
{
    if (ms < 0)
        return tr("no events");
    if (ms < 10000)
        return tr("%1 s ago").arg(double(ms) / 1000.0, 0, 'f', 1);
    if (ms < 120000)
        return tr("%1 s ago").arg(ms / 1000);
    if (ms < 2 * 3600000)
        return tr("%1 min ago").arg(ms / 60000);
    return tr("%1 h ago").arg(ms / 3600000);
}

void FeedIndicator::setStatus(
    FeedState state, const QString &stateText, double eventsPerSecond, qint64 lastEventAgeMs, quint64 errors)
{
    Q_UNUSED(stateText)
    m_state = state;
    m_rate = eventsPerSecond;
    m_ageMs = lastEventAgeMs;
    m_errors = errors;
    QString label = stateLabel(state);
    if (m_paused)
        label = state == FeedState::Live ? tr("Paused") : tr("%1, paused").arg(label);
    QString text = m_label + QLatin1Char(' ') + label + QStringLiteral(" · ") + formatRate(eventsPerSecond)
        + QStringLiteral(" · ") + formatAge(lastEventAgeMs);
    if (errors > 0) // "0 errors" five times over would crowd the status bar out of its room
        text += QStringLiteral(" · ") + (errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors));
    if (text != m_text) {
        const bool wider = fontMetrics().horizontalAdvance(text) > fontMetrics().horizontalAdvance(m_text);
        m_text = text;
        if (wider)
            updateGeometry();
        update();
    }
}

void FeedIndicator::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    setStatus(m_state, QString(), m_rate, m_ageMs, m_errors);
}

QSize FeedIndicator::sizeHint() const
{
    // Room for the widest usual line, so the status bar does not jitter as numbers change.
    const QFontMetrics fm = fontMetrics();
    const QString widest = m_label + QStringLiteral(" Subscribing · 00.0k/s · 00.0 s ago");
    const int textWidth = qMax(fm.horizontalAdvance(widest), fm.horizontalAdvance(m_text));
    return QSize(fm.height() + textWidth + fm.height() / 2, fm.height() + 6);
}

QSize FeedIndicator::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return QSize(fm.height() + fm.horizontalAdvance(m_label + QStringLiteral(" …")) + fm.height() / 2, fm.height() + 6);
}

void FeedIndicator::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int d = fm.height() / 2 + 1;
    const QRectF dot(fm.height() / 4.0, (height() - d) / 2.0, d, d);
    p.setPen(Qt::NoPen);
    p.setBrush(stateColor(m_state));
    p.drawEllipse(dot);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(fm.height(), 0, width() - fm.height(), height()), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(m_text, Qt::ElideRight, width() - fm.height()));
}

void FeedIndicator::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked(m_feed);
}

} // namespace sb::ui
