#include "rule_actions.h"

#include "desk_tray.h"
#include "rule_book.h"
#include "rule_notifier.h"
#include "rule_sound_player.h"
#include "rules/rule_set.h"

#include <QApplication>
#include <QDateTime>
#include <QWidget>

namespace sb::ui {

RuleActions::RuleActions(RuleBook *rules, DeskTray *tray, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_rules(rules)
    , m_tray(tray)
    , m_window(window)
    , m_sounds(new RuleSoundPlayer(this))
    , m_notifier(new RuleNotifier(this))
    , m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_alert([](QWidget *w) { QApplication::alert(w); })
{
    connect(m_sounds, &RuleSoundPlayer::problem, this, &RuleActions::problem);
    connect(m_notifier, &RuleNotifier::openRequested, this, &RuleActions::openRequested);
    if (m_tray) {
        connect(m_notifier, &RuleNotifier::notificationReady, m_tray, &DeskTray::showNotification);
        connect(m_tray, &DeskTray::notificationClicked, m_notifier, &RuleNotifier::clicked);
    }
    connect(m_rules, &RuleBook::rulesChanged, this, &RuleActions::rulesChanged);
    rulesChanged();
}

void RuleActions::setClock(const std::function<qint64()> &nowMs)
{
    m_nowMs = nowMs;
    m_sounds->setClock(nowMs);
    m_notifier->setClock(nowMs);
}

void RuleActions::handle(const EventBatch &batch)
{
    bool notified = false;
    for (const Event &event : batch) {
        // Nearly every event matches nothing: one test of an empty list.
        if (event.rules.isEmpty())
            continue;
        for (const QString &name : event.rules) {
            const Rule *rule = m_rules->find(name);
            if (!rule)
                continue; // the rules were replaced while the event travelled
            if (!rule->sound.isEmpty())
                m_sounds->play(*rule);
            if (rule->notify) {
                m_notifier->add(rule->name, event);
                notified = true;
            }
        }
    }
    if (!notified || !m_window)
        return;
    const qint64 now = m_nowMs();
    if (m_lastAlertMs >= 0 && now - m_lastAlertMs < kAlertGapMs)
        return;
    m_lastAlertMs = now;
    m_alert(m_window);
}

bool RuleActions::playSound(const QString &name)
{
    const Rule *rule = m_rules->find(name);
    return rule && m_sounds->play(*rule);
}

void RuleActions::rulesChanged()
{
    if (!m_tray)
        return;
    bool wanted = false;
    if (const auto set = m_rules->rules())
        for (const Rule &rule : set->rules())
            wanted = wanted || (rule.enabled && (rule.notify || rule.watch));
    m_tray->setWantedByRules(wanted);
}

} // namespace sb::ui
