#pragma once

#include "auth/jwt_algorithm.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace sb {

// The "pubsub" feed's keys of the config file (DESIGN.md, Configuration), plus tuning keys.
struct PubSubFeedConfig
{
    QString name = QStringLiteral("pubsub");
    QUrl url; // wss://<host>/apps/<appId>
    QString token; // a ready JWT; secret
    // Or mint one per (re)connect: an HMAC secret (HS*) or an EC private key PEM (ES*), inline or from a file.
    QString signingKey; // secret
    QString signingKeyFile;
    JwtAlgorithm algorithm = JwtAlgorithm::HS256;
    QString subject;
    QStringList permissions;
    QString issuer;
    int tokenLifetimeSec = 300;
    QStringList topics;
    QString adminToken; // secret; for the admin HTTP API
    QUrl adminUrl; // base of /api/…; default: the url's host over https (http for ws)
    QString caFile;
    int maxPayloadBytes = 5 * 1024;
    qint64 maxMessageBytes = 64 * 1024;
    int pingIntervalMs = 13500;
    int pongTimeoutMs = 15000;
    int reconnectMinMs = 1000;
    int reconnectMaxMs = 60000;
    int commandTimeoutMs = 5000;

    QString appId() const; // the last path segment of url
    QUrl adminBase() const;
    // True when the feed mints its own tokens.
    bool mints() const { return token.isEmpty(); }

    static bool fromJson(const QJsonObject &json, PubSubFeedConfig &out, QString *error);
};

} // namespace sb
