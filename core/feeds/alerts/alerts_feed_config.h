#pragma once

#include "auth/oauth2_config.h"
#include "net/sqs/sqs_protocol.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace sb {

// The "alerts" feed's keys of the config file (DESIGN.md, Configuration), plus tuning keys. Holds secrets: never log.
struct AlertsFeedConfig
{
    enum class Content { Headlines, Stories };

    QString name = QStringLiteral("alerts");
    // The RDP token endpoint: V2 client credentials, or V1 password grant with username/password.
    OAuth2Config auth = defaultAuth();
    QUrl apiBase; // https://api.refinitiv.com: subscriptions and cloud credentials live under it
    Content content = Content::Headlines;
    QJsonObject filter; // as the service takes it; empty: every alert the account may see
    bool legacyPaths = false; // /alerts/v1/news-headlines-subscriptions instead of /message-services/v1/…
    QString subscriptionId; // pin one existing subscription instead of finding or creating one
    QString sqsRegion = QStringLiteral("us-east-1"); // when the queue URL does not name one
    SqsProtocol sqsProtocol = SqsProtocol::Json;
    QString caFile;
    int waitTimeSeconds = 20;
    int maxMessages = 10;
    int httpTimeoutMs = 30000; // above waitTimeSeconds
    // The cloud credentials carry no expiry we can rely on; they last about an hour, so they are renewed after this
    // long (and at once when SQS refuses them).
    int credentialRenewSec = 50 * 60;
    int maxInFlight = 200; // received but not yet deleted; polling pauses above it
    int reconnectMinMs = 2000;
    int reconnectMaxMs = 60000;
    qsizetype maxBodyBytes = 1024 * 1024;
    qsizetype maxClaimBytes = 16 * 1024 * 1024;

    bool usesPasswordGrant() const { return auth.grant == OAuth2Config::Password; }
    static OAuth2Config defaultAuth()
    {
        OAuth2Config auth;
        auth.scope = QStringLiteral("trapi");
        return auth;
    }
    QString contentName() const
    {
        return content == Content::Stories ? QStringLiteral("stories") : QStringLiteral("headlines");
    }
    QUrl subscriptionsUrl() const;
    QUrl cloudCredentialsUrl(const QUrl &queueUrl) const;

    static bool fromJson(const QJsonObject &json, AlertsFeedConfig &out, QString *error);
};

} // namespace sb
