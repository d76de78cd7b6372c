#include "alarm_desk.h"

#include "dialogs/preference_keys.h"
#include "panes/alarms/alarms_pane.h"
#include "panes/alarms/escalation_banner.h"
#include "rule_book.h"
#include "rules/rule_set.h"
#include "store/event_store.h"

#include "alarms/alarm_board.h"

#include <QApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

namespace sb::ui {
namespace {

// Enough for a shift's alarms; older ones are found in the history instead.
constexpr int kKeptEvents = 2000;
// How many of a feed's history rows with the alarm's title are looked through for its key.
constexpr int kSearchLimit = 200;

} // namespace

AlarmDesk::AlarmDesk(QMainWindow *window, EventStore *store, RuleBook *rules, QSettings *settings, AlarmClock clock)
    : QObject(window)
    , m_window(window)
    , m_store(store)
    , m_rules(rules)
    , m_settings(settings)
    , m_clock(clock ? std::move(clock) : AlarmClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_board(new AlarmBoard(store, m_clock, this))
    , m_pane(new AlarmsPane(m_board, m_clock, window))
    , m_dock(new QDockWidget(tr("Alarms"), window))
    , m_banner(new EscalationBanner(window))
    , m_count(new QPushButton(window))
{
    m_dock->setObjectName(QStringLiteral("alarms"));
    m_dock->setWidget(m_pane);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    window->addToolBarBreak(Qt::TopToolBarArea);
    window->addToolBar(Qt::TopToolBarArea, m_banner);

    m_count->setObjectName(QStringLiteral("openAlarms"));
    m_count->setFlat(true);
    m_count->setCursor(Qt::PointingHandCursor);
    m_count->setToolTip(tr("Show the Alarms pane"));
    m_count->hide();
    window->statusBar()->addPermanentWidget(m_count);
    connect(m_count, &QPushButton::clicked, this, &AlarmDesk::showPane);

    applyRules();
    if (m_rules)
        connect(m_rules, &RuleBook::rulesChanged, this, &AlarmDesk::applyRules);
    readOperator();

    connect(m_board, &AlarmBoard::openCountChanged, this, &AlarmDesk::showCount);
    connect(m_board, &AlarmBoard::changed, m_banner, &EscalationBanner::update);
    connect(m_board, &AlarmBoard::escalated, this, &AlarmDesk::escalate);
    connect(m_board, &AlarmBoard::soundDue, this, &AlarmDesk::soundDue);
    connect(m_board, &AlarmBoard::loaded, this, [this] {
        // Alarms that escalated before a restart and are still untouched are as urgent as they were.
        for (const AlarmRecord &a : m_board->book().alarms())
            if (a.escalated && a.state == QLatin1String("new"))
                m_banner->escalate(a);
    });
    connect(m_board, &AlarmBoard::storeFailed, this, [this](const QString &message) {
        qWarning("alarms: %s", qPrintable(message));
        m_window->statusBar()->showMessage(tr("Alarms: %1").arg(message));
    });
    // Another desk's change won over this one's: the operator is told whose, and sees it in the pane.
    connect(m_board, &AlarmBoard::sharedRefusal, this, [this](const QString &, const QString &, const QString &why) {
        m_window->statusBar()->showMessage(tr("Refused: %1").arg(why), 15000);
    });
    connect(m_board, &AlarmBoard::shareProblem, this, [this](const QString &message) {
        qWarning("alarms: %s", qPrintable(message));
        m_window->statusBar()->showMessage(tr("Team alarms: %1").arg(message), 10000);
    });
    connect(m_banner, &EscalationBanner::acknowledgeRequested, this, [this](const AlarmId &id) {
        QString refusal;
        if (!m_board->acknowledge(id, {}, &refusal))
            m_window->statusBar()->showMessage(refusal, 5000);
    });
    connect(m_pane, &AlarmsPane::eventRequested, this, &AlarmDesk::findEvent);
}

void AlarmDesk::load()
{
    m_board->load();
}

void AlarmDesk::applyRules()
{
    const auto set = m_rules ? m_rules->rules() : nullptr;
    m_board->setRules(set ? set->rules() : QVector<Rule>());
}

void AlarmDesk::readOperator()
{
    m_board->setOperator(
        m_settings ? m_settings->value(QLatin1String(PreferenceKeys::kOperatorName)).toString() : QString());
}

void AlarmDesk::addEvents(const EventBatch &events)
{
    // Most events match no rule: those are passed over at the cost of one empty check.
    for (const Event &e : events) {
        if (e.rules.isEmpty() || !m_rules)
            continue;
        for (const QString &name : e.rules) {
            const Rule *rule = m_rules->find(name);
            if (!rule || !rule->requireAck)
                continue;
            const EventId key = EventId::of(e);
            if (!m_events.contains(key))
                m_eventOrder.append(key);
            m_events.insert(key, e);
            break;
        }
    }
    while (m_eventOrder.size() > kKeptEvents)
        m_events.remove(m_eventOrder.takeFirst());
    m_board->addEvents(events);
}

void AlarmDesk::showPane()
{
    m_dock->show();
    m_dock->raise();
}

void AlarmDesk::findEvent(const AlarmId &id)
{
    const auto kept = m_events.constFind(id);
    if (kept != m_events.cend()) {
        Q_EMIT eventFound(*kept);
        return;
    }
    const AlarmRecord *alarm = m_board->book().find(id);
    if (!m_store || !alarm)
        return;
    // The history has no lookup by key: the alarm's title narrows it to a few rows of its feed.
    StoreQuery query;
    query.feed = id.feed;
    query.text = QLatin1Char('"') + QString(alarm->title).remove(QLatin1Char('"')) + QLatin1Char('"');
    query.limit = kSearchLimit;
    m_store->search(query, this, [this, id](const EventBatch &found, const QString &error) {
        for (const Event &e : found)
            if (e.key == id.key) {
                Q_EMIT eventFound(e);
                return;
            }
        m_window->statusBar()->showMessage(error.isEmpty() ? tr("The event of this alarm is no longer in the history.")
                                                           : tr("Could not search the history: %1").arg(error),
            5000);
    });
}

void AlarmDesk::escalate(const AlarmRecord &alarm)
{
    m_banner->escalate(alarm);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    QApplication::alert(m_window);
}

void AlarmDesk::showCount(int open)
{
    m_count->setText(open == 1 ? tr("1 open alarm") : tr("%1 open alarms").arg(open));
    m_count->setVisible(open > 0);
}

} // namespace sb::ui
