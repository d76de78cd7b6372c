#pragma once

#include "auth/token_info.h"
#include "feeds/alerts/alert_frame.h"
#include "feeds/alerts/alert_message_ledger.h"
#include "feeds/alerts/alert_subscription.h"
#include "feeds/alerts/alerts_feed_config.h"
#include "feeds/alerts/alerts_pane_commands.h"
#include "net/reconnect_backoff.h"
#include "net/sqs/sqs_error.h"
#include "net/sqs/sqs_message.h"
#include "pipeline/feed.h"

#include <QTimer>

#include <optional>

namespace sb {

class DataPlatformClient;
class OAuth2TokenClient;
class SqsClient;
struct DataPlatformReply;

// LSEG Data Platform news alerts (reference alerts-sqs.md): RDP token → find our subscription by filter or create
// one (queue URL and AES key) → cloud credentials for the queue → SigV4-signed SQS long polling. Each message goes
// to the decode worker sealed; its verdict comes back as an AlertOutcome and decides what happens to the message:
// an alert's event goes down the host's durable road (decoder, batcher, sink) with an AlertReceipt, and the message
// is deleted from the queue only when the host acknowledges that receipt; a failed sink leaves it on the queue and
// it is handed back to the queue at once (ChangeMessageVisibility 0) and stored when it comes back. A duplicate is
// deleted; a claim check is fetched (href with the bearer token, then the presigned URL without it) and decoded again;
// a message that cannot be opened or parsed is quarantined in the store and then deleted. Without a store quarantined
// messages are left on the queue for its redrive policy.
//
// Cloud credentials are renewed every credentialRenewSec and at once when SQS refuses them; the poll loop goes on
// with the new ones and no message is lost (an undeleted message comes back after its visibility timeout). A
// stopping feed hands back every received message it neither deleted nor will delete, so the next run gets them
// without waiting out their visibility timeout; stopGracefully() waits for that answer, stop() does not.
// The pane's commands (AlertsPaneCommands) ask this lifecycle to list, replace or delete subscriptions.
class AlertsFeed
    : public Feed
    , private AlertsPaneCommands::Subscriptions
{
    Q_OBJECT
public:
    explicit AlertsFeed(const AlertsFeedConfig &config, QObject *parent = nullptr);
    ~AlertsFeed() override;

    std::unique_ptr<FrameDecoder> createDecoder() const override;

    const AlertsFeedConfig &config() const { return m_config; }

    // For tests and the status command.
    QString subscriptionId() const { return m_subscription.id; }
    QUrl queueUrl() const { return m_subscription.endpoint; }
    int inFlight() const { return m_ledger.size(); }
    int deletedCount() const { return m_ledger.deletedCount(); }
    int quarantinedCount() const { return m_ledger.quarantinedCount(); }
    int duplicateCount() const { return m_ledger.duplicateCount(); }
    qint64 lastPollMs() const { return m_lastPollMs; }
    QJsonObject statusJson() const;

public Q_SLOTS:
    void start() override;
    void stop() override;
    void stopGracefully() override;
    void handleControl(const QVariant &message) override;
    void acknowledge(const QVariant &token, bool durable, const QString &error) override;
    void handleCommand(const QJsonObject &command) override;

private:
    void withToken(std::function<void()> next);
    void onToken(const TokenInfo &token);
    void findOrCreateSubscription();
    void createSubscription(const QJsonObject &filter, std::function<void(const AlertSubscription &)> done);
    void fetchSubscription(const QString &id, std::function<void(const AlertSubscription &)> done);
    void useSubscription(const AlertSubscription &subscription);
    void fetchCredentials(const QString &why);
    void onCredentials(const DataPlatformReply &reply);
    void poll();
    void onReceived(const QVector<SqsMessage> &messages);
    void onSqsFailed(const SqsError &error);
    void handleOutcome(const AlertOutcome &outcome);
    void fetchClaim(const QString &messageId, const QString &href);
    void quarantine(const QString &messageId, const QByteArray &raw, const QString &why);
    void onLedgerProgress();
    void resumePollingIfRoom();
    // Leaves the current subscription's queue: its messages are no longer ours to delete.
    void dropSubscription();
    // Calls the REST API with a valid token; a 401 renews the token and tries once more.
    void rest(std::function<void(std::function<void(const DataPlatformReply &)>)> call,
        std::function<void(const DataPlatformReply &)> done, bool retried = false);
    void retryLater(const QString &why, std::function<void()> again);
    void finishStopIfDone();
    void updateLiveText();

    // What the pane's commands ask of the lifecycle.
    QJsonObject status() const override { return statusJson(); }
    bool running() const override { return m_running && m_rest; }
    QString activeSubscriptionId() const override { return m_subscription.id; }
    void listSubscriptions(
        std::function<void(const QString &error, const QVector<AlertSubscription> &list)> done) override;
    void replaceFilter(const QJsonObject &filter, std::function<void(const AlertSubscription &made)> done) override;
    void deleteSubscription(const QString &id, std::function<void(const QString &error)> done) override;

    AlertsFeedConfig m_config;
    OAuth2TokenClient *m_tokenClient = nullptr;
    DataPlatformClient *m_rest = nullptr;
    SqsClient *m_sqs = nullptr;
    std::optional<TokenInfo> m_token;
    QVector<std::function<void()>> m_afterToken;
    AlertSubscription m_subscription;
    ReconnectBackoff m_backoff;
    QTimer m_retryTimer;
    QTimer m_credentialTimer;
    std::function<void()> m_retry;
    AlertMessageLedger m_ledger;
    AlertsPaneCommands m_commands;
    bool m_running = false;
    bool m_stopping = false;
    bool m_fetchingCredentials = false;
    bool m_pollPaused = false;
    int m_authRefusalsInRow = 0;
    qint64 m_lastPollMs = 0;
    qint64 m_credentialsObtainedMs = 0;
};

} // namespace sb
