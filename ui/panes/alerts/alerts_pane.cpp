#include "alerts_pane.h"

#include "alert_subscription_dialog.h"

#include "codec/checked_integer.h"
#include "desk/feed_source.h"
#include "event/feed_error.h"
#include "feeds/alerts/alert_filter.h"
#include "panes/mrn/blotter_pane.h"
#include "widgets/elided_label.h"
#include "widgets/plain_label.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

QString ago(qint64 ms)
{
    if (ms < 1000)
        return AlertsPane::tr("just now");
    return AlertsPane::tr("%1 s ago").arg(ms / 1000);
}

QString countdown(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, (ms + 999) / 1000);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

AlertsPane::AlertsPane(const PaneContext &context, QWidget *parent)
    : BlotterPane(context, parent)
    , m_dialog(new AlertSubscriptionDialog(this))
    , m_edit(new QPushButton(tr("Subscription…"), this))
    , m_subscription(plainLabel(this))
    , m_subscriptions(new QToolButton(this))
    , m_state(new ElidedLabel(tr("not connected"), this))
    , m_queue(plainLabel(this))
    , m_statusTimer(this)
{
    m_edit->setToolTip(tr("Choose which alerts the service sends to this feed"));
    m_subscription->setText(tr("Subscribed to: —"));
    m_subscriptions->setText(tr("Subscriptions"));
    m_subscriptions->setToolTip(tr("The account's alert subscriptions"));
    m_queue->setText(tr("queue —"));
    m_queue->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_edit);
    filterRow->addWidget(m_subscription, 1);
    filterRow->addWidget(m_subscriptions);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_state, 1);
    statusRow->addWidget(m_queue);
    auto *bars = new QVBoxLayout;
    bars->setContentsMargins(4, 4, 4, 0);
    bars->addLayout(filterRow);
    bars->addLayout(statusRow);
    barsLayout()->insertLayout(0, bars);

    connect(m_edit, &QPushButton::clicked, m_dialog, &QDialog::open);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        // Greyed until the feed answers, so one change is in flight at a time.
        m_edit->setEnabled(false);
        send(QStringLiteral("setFilter"), {{QStringLiteral("filter"), editedFilter()}});
    });
    connect(m_subscriptions, &QToolButton::clicked, this, [this] { send(QStringLiteral("listSubscriptions")); });

    if (FeedSource *source = context.source) {
        connect(source, &FeedSource::commandResult, this, [this](const QString &feed, const QJsonObject &result) {
            if (feed == feedName())
                onResult(result);
        });
        // The queue status is asked for once a second while the pane is alive; the answer is a small JSON.
        m_statusTimer.setInterval(1000);
        connect(&m_statusTimer, &QTimer::timeout, this, &AlertsPane::requestStatus);
        m_statusTimer.start();
    }
}

QJsonObject AlertsPane::editedFilter() const
{
    return m_dialog->filter().toJson();
}

QString AlertsPane::subscriptionText() const
{
    return m_subscription->text();
}

void AlertsPane::send(const QString &op, QJsonObject command)
{
    FeedSource *source = context().source;
    if (!source)
        return;
    command.insert(QStringLiteral("op"), op);
    command.insert(QStringLiteral("id"), QStringLiteral("alerts-pane-%1").arg(++m_nextCommand));
    if (!source->sendCommand(feedName(), command) && op == QLatin1String("setFilter"))
        m_edit->setEnabled(true);
}

void AlertsPane::requestStatus()
{
    if (isVisible())
        send(QStringLiteral("status"));
}

void AlertsPane::onResult(const QJsonObject &result)
{
    const QString op = result.value(QStringLiteral("op")).toString();
    const bool ok = result.value(QStringLiteral("ok")).toBool();
    if (op == QLatin1String("status")) {
        if (ok)
            showStatus(result, QDateTime::currentMSecsSinceEpoch());
        return;
    }
    if (op == QLatin1String("setFilter")) {
        m_edit->setEnabled(true);
        if (!ok)
            QMessageBox::warning(this, title(),
                tr("The subscription could not be changed:\n%1").arg(result.value(QStringLiteral("error")).toString()));
        return;
    }
    if (op == QLatin1String("listSubscriptions")) {
        if (ok)
            showSubscriptions(result.value(QStringLiteral("subscriptions")).toArray());
        else
            QMessageBox::warning(this, title(),
                tr("The subscriptions could not be listed:\n%1").arg(result.value(QStringLiteral("error")).toString()));
        return;
    }
    if (op == QLatin1String("deleteSubscription") && !ok)
        QMessageBox::warning(this, title(),
            tr("The subscription could not be deleted:\n%1").arg(result.value(QStringLiteral("error")).toString()));
}

void AlertsPane::showSubscriptions(const QJsonArray &list)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (list.isEmpty())
        menu->addAction(tr("No subscriptions"))->setEnabled(false);
    for (const QJsonValue &v : list) {
        const QJsonObject s = v.toObject();
        const QString id = s.value(QStringLiteral("subscriptionId")).toString();
        AlertFilter filter;
        QString what = tr("everything");
        if (AlertFilter::fromJson(s.value(QStringLiteral("filter")).toObject(), filter))
            what = AlertSubscriptionDialog::describe(filter);
        else if (!s.value(QStringLiteral("filter")).toObject().isEmpty())
            what = tr("custom filter");
        const bool active = s.value(QStringLiteral("active")).toBool();
        QMenu *sub = menu->addMenu(
            QStringLiteral("%1%2 — %3").arg(active ? QStringLiteral("● ") : QString(), id.left(8), what));
        QAction *del = sub->addAction(tr("Delete subscription %1").arg(id.left(8)));
        connect(del, &QAction::triggered, this, [this, id] {
            if (QMessageBox::question(
                    this, title(), tr("Delete alert subscription %1? Its queue goes with it.").arg(id))
                == QMessageBox::Yes)
                send(QStringLiteral("deleteSubscription"), {{QStringLiteral("subscriptionId"), id}});
        });
    }
    menu->popup(m_subscriptions->mapToGlobal(QPoint(0, m_subscriptions->height())));
}

void AlertsPane::showStatus(const QJsonObject &status, qint64 nowMs)
{
    QStringList parts;
    const QString queue = status.value(QStringLiteral("queue")).toString();
    if (queue.isEmpty()) {
        m_queue->setText(tr("no subscription"));
        return;
    }
    const qint64 lastPoll = checkedInteger<qint64>(status.value(QStringLiteral("lastPollMs")).toDouble()).value_or(0);
    parts << (status.value(QStringLiteral("polling")).toBool() ? tr("polling") : tr("idle"));
    if (lastPoll > 0)
        parts << tr("last poll %1").arg(ago(nowMs - lastPoll));
    parts << tr("%1 in flight").arg(status.value(QStringLiteral("inFlight")).toInt());
    const int quarantined = status.value(QStringLiteral("quarantined")).toInt();
    if (quarantined)
        parts << tr("%1 quarantined").arg(quarantined);
    const qint64 renewAt
        = checkedInteger<qint64>(status.value(QStringLiteral("credentialsRenewAtMs")).toDouble()).value_or(0);
    if (renewAt > 0)
        parts << tr("credentials renewed in %1").arg(countdown(renewAt - nowMs));
    m_queue->setText(parts.join(QStringLiteral(" · ")));
    m_queue->setToolTip(
        tr("Queue %1\nSubscription %2").arg(queue, status.value(QStringLiteral("subscriptionId")).toString()));
    // When the feed moves to another subscription, the editor shows that subscription's filter.
    const QString id = status.value(QStringLiteral("subscriptionId")).toString();
    AlertFilter filter;
    if (id != m_shownSubscription && AlertFilter::fromJson(status.value(QStringLiteral("filter")).toObject(), filter)) {
        m_shownSubscription = id;
        m_dialog->setFilter(filter);
        m_subscription->setText(tr("Subscribed to: %1").arg(AlertSubscriptionDialog::describe(filter)));
    }
}

QString AlertsPane::queueText() const
{
    return m_queue->text();
}

QString AlertsPane::stateText() const
{
    return m_state->text();
}

void AlertsPane::showFeedState(FeedState state, const QString &text)
{
    m_state->setText(
        state == FeedState::Live ? feedStateName(state) : QStringLiteral("%1 — %2").arg(feedStateName(state), text));
    m_state->setToolTip(text);
}

} // namespace sb::ui
