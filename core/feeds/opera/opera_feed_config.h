#pragma once

#include "auth/oauth2_config.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace sb {

// The "opera" feed's keys of the config file (DESIGN.md, Configuration), plus tuning keys with OHIP's defaults.
struct OperaFeedConfig
{
    QString name = QStringLiteral("opera");
    QUrl gatewayUrl; // https://<gateway>; token at /oauth/v1/tokens, stream at wss://<gateway>/subscriptions
    // The token request: tokenUrl (set from the config only when it is not <gatewayUrl>/oauth/v1/tokens; the
    // emulator serves it apart), clientId, clientSecret, scope, HTTP Basic client auth, the x-app-key header.
    OAuth2Config auth = defaultAuth();
    QString appKey; // secret-ish: sent in x-app-key and connection_init, hashed into the stream URL
    QString enterpriseId; // OCIM only
    QString chainCode;
    QStringList hotelCodes; // empty: every hotel of the chain (OHIP recommends a filter only for replays)
    bool delta = false;
    QString caFile;
    // Where the last processed offset per chain is kept (an EventStore's feed_state); empty: the app data dir.
    QString statePath;
    // Where the single-consumer lock file lives; empty: the app data dir.
    QString lockDir;
    int pingIntervalMs = 15000;
    int pongTimeoutMs = 10000;
    int ackTimeoutMs = 10000;
    int closeWaitMs = 10000;
    int resubscribeDelayMs = 10000; // OHIP: wait at least 10 s after complete before the next subscribe
    int lockoutSec = 60; // after 4409 (the OHIP lockout length is not documented)
    int tokenRenewMarginSec = 300; // renew this long before the token expires (at most a tenth of its lifetime)
    int reconnectMinMs = 4000; // OHIP: wait at least 4 s after 1006
    int reconnectMaxMs = 60000;
    qint64 maxMessageBytes = 4 * 1024 * 1024;

    QUrl tokenUrl() const { return auth.tokenUrl; }
    QUrl streamUrl() const; // wss://<gateway>/subscriptions?key=<lowercase hex SHA-256 of appKey>
    static QString keyHash(const QString &appKey);
    static OAuth2Config defaultAuth()
    {
        OAuth2Config auth;
        auth.scope = QStringLiteral("urn:opc:hgbu:ws:__myscopes__");
        auth.clientAuthBasic = true; // OHIP takes the client id and secret as HTTP Basic auth
        return auth;
    }

    static bool fromJson(const QJsonObject &json, OperaFeedConfig &out, QString *error);
};

} // namespace sb
