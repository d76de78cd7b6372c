#include "rule_notifier.h"

#include <QDateTime>

namespace sb::ui {

RuleNotifier::RuleNotifier(QObject *parent)
    : QObject(parent)
    , m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RuleNotifier::flush);
}

void RuleNotifier::add(const QString &rule, const Event &event)
{
    const qint64 now = m_nowMs();
    if (m_pendingCount == 0 && (m_lastShownMs < 0 || now - m_lastShownMs >= kMinGapMs)) {
        show(rule, event, 0);
        return;
    }
    // The first of the spell is the one named and opened; the rest are counted.
    if (m_pendingCount++ == 0) {
        m_pendingRule = rule;
        m_pendingEvent = event;
        m_timer.start(int(qBound<qint64>(0, m_lastShownMs + kMinGapMs - now, kMinGapMs)));
    }
}

void RuleNotifier::flush()
{
    m_timer.stop();
    if (m_pendingCount == 0)
        return;
    const int more = m_pendingCount - 1;
    m_pendingCount = 0;
    show(m_pendingRule, m_pendingEvent, more);
    m_pendingEvent = Event();
}

void RuleNotifier::clicked()
{
    if (!m_shown || m_nowMs() - m_lastShownMs > kClickableForMs)
        return;
    const Event event = *m_shown;
    m_shown.reset();
    Q_EMIT openRequested(event);
}

void RuleNotifier::show(const QString &rule, const Event &event, int more)
{
    m_lastShownMs = m_nowMs();
    m_shown = event;
    const QString title = event.title.isEmpty() ? event.kind : event.titleText();
    Q_EMIT notificationReady(rule, more > 0 ? tr("%1 — and %n more", nullptr, more).arg(title) : title);
}

} // namespace sb::ui
