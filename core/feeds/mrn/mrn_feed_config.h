#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace sb {

// The "mrn" feed's keys of the config file (DESIGN.md, Configuration).
struct MrnFeedConfig
{
    QString name = QStringLiteral("mrn");
    QUrl tokenUrl;
    QUrl discoveryUrl;
    QUrl websocketUrl; // set: skip discovery (and the token too, when no tokenUrl: a deployed server)
    QString clientId;
    QString clientSecret;
    QString username;
    QString password; // with username and no clientSecret: V1 password grant
    QString scope = QStringLiteral("trapi.streaming.pricing.read");
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

    bool usesPasswordGrant() const { return !password.isEmpty() && clientSecret.isEmpty(); }
    bool isDeployedServer() const { return websocketUrl.isValid() && !tokenUrl.isValid(); }

    static bool fromJson(const QJsonObject &json, MrnFeedConfig &out, QString *error);
};

} // namespace sb
