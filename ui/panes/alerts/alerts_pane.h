#pragma once

#include "panes/mrn/blotter_pane.h"

#include <QJsonObject>
#include <QTimer>

class QLabel;
class QPushButton;
class QToolButton;

namespace sb::ui {

class AlertSubscriptionDialog;

// News alerts from the Data Platform: the news blotter (newest first, urgency colours, headline, time, language,
// RICs; the story in the shared viewer) under a subscription bar: what the feed is subscribed to, a "Subscription…"
// dialog whose filter (language, urgency, RICs or news codes, free text, all/any) replaces the feed's subscription,
// the list of the account's subscriptions with a delete action, and the queue's status (last poll, messages in
// flight, when the cloud credentials are renewed). The subscription's fields live in the dialog so that the pane's
// only text boxes are the blotter's: filter shown rows, search history. The bar only sends commands to the feed;
// the protocol stays in core.
class AlertsPane : public BlotterPane
{
    Q_OBJECT
public:
    explicit AlertsPane(const PaneContext &context, QWidget *parent = nullptr);

    // While live the queue line says what is going on; otherwise the feed's own words matter.
    void showFeedState(sb::FeedState state, const QString &text) override;

    // For tests.
    AlertSubscriptionDialog *subscriptionDialog() const { return m_dialog; }
    QPushButton *subscriptionButton() const { return m_edit; }
    QString subscriptionText() const;
    QString queueText() const;
    QString stateText() const;
    QJsonObject editedFilter() const;
    // Renders a status answer; `nowMs` makes the countdown testable.
    void showStatus(const QJsonObject &status, qint64 nowMs);

private:
    void requestStatus();
    void onResult(const QJsonObject &result);
    void showSubscriptions(const QJsonArray &list);
    void send(const QString &op, QJsonObject command = {});

    AlertSubscriptionDialog *m_dialog;
    QPushButton *m_edit;
    QLabel *m_subscription;
    QToolButton *m_subscriptions;
    QLabel *m_state;
    QLabel *m_queue;
    QTimer m_statusTimer;
    QString m_shownSubscription;
    int m_nextCommand = 0;
};

} // namespace sb::ui
