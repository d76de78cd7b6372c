#pragma once

#include "sim/alerts/alert_payload_generator.h"
#include "sim/alerts/alerts_emulator_options.h"
#include "sim/alerts/alerts_fault.h"
#include "sim/emulator_tls_identity.h"
#include "sim/mrn/lseg_emulator_options.h"
#include "sim/mrn/lseg_fault_switches.h"
#include "sim/mrn/lseg_token_store.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

namespace sb::sim {

struct HttpRequest;
class HttpResponder;
class LoopbackHttpServer;
class LsegAuthService;
class SqsQueueServer;

// The LSEG Data Platform side of news alerts on loopback: the RDP token service, alert subscriptions
// (create/list/delete under /message-services/v1 and the legacy /alerts/v1 paths), cloud credentials that expire,
// a claim-check store with presigned-style download URLs, and an SQS queue server (SqsQueueServer, which checks
// every SigV4 signature) that each subscription's encrypted alerts are fed into. Faults on demand (AlertsFault).
class AlertsEmulator : public QObject
{
    Q_OBJECT
public:
    explicit AlertsEmulator(const AlertsEmulatorOptions &options = {}, QObject *parent = nullptr);
    ~AlertsEmulator() override;
    // Registers the "alerts" emulator with EmulatorRegistry.
    static void registerType();

    bool start();
    void stop();
    bool isRunning() const { return m_running; }

    QUrl apiBase() const;
    QUrl tokenUrl() const;
    QUrl tokenUrlV1() const;
    QString caFile() const; // the certificate both servers present
    // A config object for an "alerts" feed against this emulator.
    QJsonObject feedConfig(const QString &name, const QString &content = QStringLiteral("headlines")) const;
    SqsQueueServer *queueServer() const { return m_sqs; }

    // Publishes `count` alerts to every subscription whose filter they pass; returns their ecpMessageIDs.
    QStringList publish(int count = 1);
    void trigger(AlertsFault fault);

    int subscriptionCount() const { return int(m_subscriptions.size()); }
    QStringList subscriptionIds() const;
    // The SQS queue of a subscription, as SqsQueueServer names it (empty for an unknown id).
    QString queueName(const QString &subscriptionId) const;
    QJsonObject subscriptionFilter(const QString &id) const;
    int subscriptionsCreated() const { return m_created; }
    int credentialsIssued() const { return m_credentialsIssued; }
    int claimsServed() const { return m_claimsServed; }
    int downloadsServed() const { return m_downloadsServed; }
    int downloadsRefused() const { return m_downloadsRefused; }
    int published() const { return m_published; }

Q_SIGNALS:
    void subscriptionCreated(const QString &id);
    void credentialsIssuedFor(const QString &accessKeyId);

private:
    struct Subscription
    {
        QString id;
        bool stories = false;
        QJsonObject filter;
        QByteArray key;
        QString queueName;
        QUrl queueUrl;
    };

    void handleSubscriptions(const HttpRequest &request, const HttpResponder &responder, bool stories);
    void handleCredentials(const HttpRequest &request, const HttpResponder &responder);
    void handleClaim(const HttpRequest &request, const HttpResponder &responder);
    void handleDownload(const HttpRequest &request, const HttpResponder &responder);
    bool authorized(const HttpRequest &request, const HttpResponder &responder);
    QJsonObject describe(const Subscription &s) const;
    QString publishTo(Subscription &s, bool forceLarge); // the ecpMessageID, or empty when filtered out
    QByteArray presignature(const QString &claimId, qint64 expiresSec) const;
    void tick();

    AlertsEmulatorOptions m_options;
    LsegEmulatorOptions m_authOptions;
    LsegTokenStore m_tokens;
    LsegFaultSwitches m_authFaults;
    AlertPayloadGenerator m_generator;
    EmulatorTlsIdentity m_tls;
    LoopbackHttpServer *m_http = nullptr;
    LsegAuthService *m_auth = nullptr;
    SqsQueueServer *m_sqs = nullptr;
    QTimer m_timer;
    QHash<QString, Subscription> m_subscriptions;
    QStringList m_order;
    QHash<QString, QByteArray> m_claims; // claim id -> full alert JSON
    QStringList m_issuedKeys;
    QHash<AlertsFault, int> m_armed;
    QByteArray m_presignSecret;
    bool m_running = false;
    int m_created = 0;
    int m_credentialsIssued = 0;
    int m_claimsServed = 0;
    int m_downloadsServed = 0;
    int m_downloadsRefused = 0;
    int m_published = 0;
    quint64 m_nextClaim = 1;
};

} // namespace sb::sim
