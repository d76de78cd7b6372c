#include "escalation_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace sb::ui {

EscalationBanner::EscalationBanner(QWidget *parent)
    : QToolBar(tr("Escalation"), parent)
    , m_label(new QLabel(this))
    , m_acknowledge(new QPushButton(tr("Acknowledge"), this))
{
    setObjectName(QStringLiteral("escalationBanner"));
    setMovable(false);
    setFloatable(false);
    // Not for the user to hide from the tool bar menu: it goes when the alarm is dealt with.
    toggleViewAction()->setVisible(false);
    auto *strip = new QWidget(this);
    strip->setObjectName(QStringLiteral("escalationStrip"));
    // The same strong red in light and dark themes, with white text on it.
    strip->setStyleSheet(QStringLiteral("#escalationStrip { background: #b3261e; border-radius: 3px; }"
                                        "#escalationStrip QLabel { color: white; font-weight: bold; }"));
    auto *layout = new QHBoxLayout(strip);
    layout->setContentsMargins(8, 4, 8, 4);
    m_label->setParent(strip);
    m_label->setTextFormat(Qt::PlainText); // titles come from the feeds
    m_acknowledge->setParent(strip);
    m_acknowledge->setObjectName(QStringLiteral("escalationAcknowledge"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_acknowledge);
    addWidget(strip);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        if (!m_waiting.isEmpty())
            Q_EMIT acknowledgeRequested(shown());
    });
    QToolBar::setVisible(false);
}

void EscalationBanner::escalate(const AlarmRecord &alarm)
{
    update(alarm);
    if (alarm.state == QLatin1String("new"))
        m_waiting.append(alarm);
    refresh();
}

void EscalationBanner::update(const AlarmRecord &alarm)
{
    const qsizetype before = m_waiting.size();
    m_waiting.removeIf([&](const AlarmRecord &a) { return a.feed == alarm.feed && a.key == alarm.key; });
    if (m_waiting.size() != before)
        refresh();
}

AlarmId EscalationBanner::shown() const
{
    if (m_waiting.isEmpty())
        return {};
    return AlarmId {m_waiting.constLast().feed, m_waiting.constLast().key};
}

void EscalationBanner::setVisible(bool visible)
{
    QToolBar::setVisible(visible && !m_waiting.isEmpty());
}

void EscalationBanner::refresh()
{
    if (m_waiting.isEmpty()) {
        setVisible(false);
        return;
    }
    const AlarmRecord &a = m_waiting.constLast();
    QString text = tr("Escalated: %1 — %2 (%3), not acknowledged").arg(a.rule, a.title, a.feed);
    if (m_waiting.size() > 1)
        text += tr(" · %n more escalated", nullptr, int(m_waiting.size() - 1));
    m_label->setText(text);
    setVisible(true);
}

} // namespace sb::ui
