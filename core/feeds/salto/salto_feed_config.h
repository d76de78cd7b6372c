#pragma once

#include "auth/oauth2_config.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace sb {

// One Salto KS Connect event-streaming hub: entries or incidents of a site, optionally of one user.
struct SaltoHub
{
    QString stream; // "entries" or "incidents"
    QString siteId;
    QString userId; // empty: the whole site

    QString label() const;
};

// The "salto" feed's keys of the config file (DESIGN.md, Configuration), plus the SignalR timers with the official
// clients' defaults. `hubs` is ["entries","incidents"] for the top-level siteId/userId, or objects
// {"stream":"entries","siteId":…,"userId":…} to watch several sites from one feed.
struct SaltoFeedConfig
{
    QString name = QStringLiteral("salto");
    QUrl url; // hub base, e.g. wss://eventstreaming-connect-accept.saltoks.com (https/http are mapped to wss/ws)
    QList<SaltoHub> hubs;
    QString token; // a ready JWT (config or env:NAME); otherwise fetched from tokenUrl
    // Identity Server /connect/token: tokenUrl, clientId, clientSecret, scope, as HTTP Basic client auth.
    OAuth2Config auth = defaultAuth();
    bool tokenInQuery = false; // access_token=… instead of Authorization: Bearer
    QString caFile;
    int handshakeTimeoutMs = 15000;
    int keepAliveMs = 15000;
    int serverTimeoutMs = 30000;
    int reconnectMinMs = 2000;
    int reconnectMaxMs = 30000;
    int tokenRenewMarginSec = 60;
    qint64 maxMessageBytes = 1024 * 1024;

    // wss://<host>/v1/hub/<stream>?site_id=…[&user_id=…][&access_token=…]
    QUrl hubUrl(const SaltoHub &hub, const QString &accessToken = QString()) const;
    bool fetchesToken() const { return token.isEmpty(); }
    static OAuth2Config defaultAuth()
    {
        OAuth2Config auth;
        auth.scope = QStringLiteral("user_api.full_access");
        auth.clientAuthBasic = true; // KS Identity Server: HTTP Basic with client id and secret
        return auth;
    }

    static bool fromJson(const QJsonObject &json, SaltoFeedConfig &out, QString *error);
};

} // namespace sb
