#pragma once

#include "auth/oauth2_config.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace sb {

// The "mrn" feed's keys of the config file (DESIGN.md, Configuration).
struct MrnFeedConfig
{
    QString name = QStringLiteral("mrn");
    // tokenUrl, clientId, clientSecret, username, password (with no clientSecret: V1 password grant), scope. A
    // deployed server has no tokenUrl and logs in with the username alone.
    OAuth2Config auth = defaultAuth();
    QUrl discoveryUrl;
    QUrl websocketUrl; // set: skip discovery (and the token too, when no tokenUrl: a deployed server)
    QString region = QStringLiteral("us-east-1");
    QString service = QStringLiteral("ELEKTRON_DD");
    QStringList items {QStringLiteral("MRN_STORY")};
    QString applicationId = QStringLiteral("256");
    QString caFile;
    int pingTimeoutSec = 30;
    int reconnectMinMs = 1000; // backoff base; the delay doubles per failed attempt, with jitter
    int reconnectMaxMs = 60000;
    int incompleteExpirySec = 60;
    qint64 maxInflatedBytes = 16 * 1024 * 1024;

    bool usesPasswordGrant() const { return auth.grant == OAuth2Config::Password; }
    bool isDeployedServer() const { return websocketUrl.isValid() && !auth.tokenUrl.isValid(); }
    static OAuth2Config defaultAuth()
    {
        OAuth2Config auth;
        auth.scope = QStringLiteral("trapi.streaming.pricing.read");
        return auth;
    }

    static bool fromJson(const QJsonObject &json, MrnFeedConfig &out, QString *error);
};

} // namespace sb
