#include "salto_feed_config.h"

#include "config/config_object_reader.h"
#include "config/feed_keys_reader.h"
#include "event/fail_with.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace sb {

QString SaltoHub::label() const
{
    QString text = stream + QStringLiteral(" of site ") + siteId;
    if (!userId.isEmpty())
        text += QStringLiteral(" for user ") + userId;
    return text;
}

QUrl SaltoFeedConfig::hubUrl(const SaltoHub &hub, const QString &accessToken) const
{
    QUrl u = url;
    if (u.scheme() == QLatin1String("https"))
        u.setScheme(QStringLiteral("wss"));
    else if (u.scheme() == QLatin1String("http"))
        u.setScheme(QStringLiteral("ws"));
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    u.setPath(path + QStringLiteral("/v1/hub/") + hub.stream);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("site_id"), hub.siteId);
    if (!hub.userId.isEmpty())
        query.addQueryItem(QStringLiteral("user_id"), hub.userId);
    if (!accessToken.isEmpty())
        query.addQueryItem(QStringLiteral("access_token"), QString::fromLatin1(QUrl::toPercentEncoding(accessToken)));
    u.setQuery(query);
    return u;
}

bool SaltoFeedConfig::fromJson(const QJsonObject &json, SaltoFeedConfig &out, QString *error)
{
    out = SaltoFeedConfig();
    ConfigObjectReader in = ConfigObjectReader::forFeed(json, out.name);
    FeedKeysReader keys(in);
    out.name = in.name();
    out.url = in.url(QStringLiteral("url"));
    out.token = in.string(QStringLiteral("token"));
    out.auth = keys.oauth2(FeedKeysReader::Grants::ClientCredentials, out.auth);
    out.tokenInQuery = in.boolean(QStringLiteral("tokenInQuery"), false);
    out.caFile = keys.caFile();
    out.handshakeTimeoutMs = in.integer(QStringLiteral("handshakeTimeoutMs"), out.handshakeTimeoutMs, 1);
    out.keepAliveMs = in.integer(QStringLiteral("keepAliveMs"), out.keepAliveMs, 1);
    out.serverTimeoutMs = in.integer(QStringLiteral("serverTimeoutMs"), out.serverTimeoutMs, 1);
    keys.reconnectBounds(out.reconnectMinMs, out.reconnectMaxMs);
    out.tokenRenewMarginSec = keys.tokenRenewMarginSec(out.tokenRenewMarginSec);
    out.maxMessageBytes = in.integer64(QStringLiteral("maxMessageBytes"), out.maxMessageBytes, 1);
    // The hubs get the token (as a header or in the query), the Identity Server the client secret.
    in.requireEncrypted(QStringLiteral("url"), out.url, QStringLiteral("the access token"));
    if (out.fetchesToken())
        in.requireEncrypted(QStringLiteral("tokenUrl"), out.auth.tokenUrl, QStringLiteral("the client credentials"));

    const QString siteId = in.string(QStringLiteral("siteId"));
    const QString userId = in.string(QStringLiteral("userId"));
    QJsonArray list {QStringLiteral("entries"), QStringLiteral("incidents")};
    if (json.value(QStringLiteral("hubs")).isString())
        list = QJsonArray::fromStringList(in.stringList(QStringLiteral("hubs")));
    else if (const QJsonArray given = in.array(QStringLiteral("hubs")); in.contains(QStringLiteral("hubs")))
        list = given;
    if (in.hasError())
        return failWith(error, in.error());
    for (const QJsonValue &v : list) {
        SaltoHub hub;
        if (v.isObject()) {
            ConfigObjectReader o = in.nested(QStringLiteral("hub %1").arg(out.hubs.size() + 1), v.toObject());
            hub.stream = o.string(QStringLiteral("stream"), o.string(QStringLiteral("hub")));
            hub.siteId = o.string(QStringLiteral("siteId"), o.string(QStringLiteral("site_id"), siteId));
            hub.userId = o.string(QStringLiteral("userId"), o.string(QStringLiteral("user_id"), userId));
            if (o.hasError())
                return failWith(error, o.error());
        } else {
            hub.stream = v.toString().trimmed();
            hub.siteId = siteId;
            hub.userId = userId;
        }
        if (hub.stream != QLatin1String("entries") && hub.stream != QLatin1String("incidents"))
            return failWith(error,
                QStringLiteral("feed %1: hub \"%2\" is neither entries nor incidents")
                    .arg(out.name, hub.stream.left(40)));
        if (hub.siteId.isEmpty())
            return failWith(error, QStringLiteral("feed %1 needs siteId (for the %2 hub)").arg(out.name, hub.stream));
        out.hubs << hub;
    }
    if (out.hubs.isEmpty())
        return failWith(error, QStringLiteral("feed %1: hubs is empty").arg(out.name));
    static const QStringList schemes {
        QStringLiteral("wss"), QStringLiteral("ws"), QStringLiteral("https"), QStringLiteral("http")};
    if (!out.url.isValid() || out.url.host().isEmpty() || !schemes.contains(out.url.scheme()))
        return failWith(error, QStringLiteral("feed %1 needs url (wss://<event streaming host>)").arg(out.name));
    if (out.token.isEmpty()) {
        if (!out.auth.tokenUrl.isValid() || out.auth.tokenUrl.host().isEmpty() || out.auth.clientId.isEmpty()
            || out.auth.clientSecret.isEmpty())
            return failWith(
                error, QStringLiteral("feed %1 needs token, or tokenUrl + clientId + clientSecret").arg(out.name));
    }
    if (out.keepAliveMs <= 0 || out.serverTimeoutMs <= 0 || out.handshakeTimeoutMs <= 0)
        return failWith(error,
            QStringLiteral("feed %1: keepAliveMs, serverTimeoutMs and handshakeTimeoutMs must be positive")
                .arg(out.name));
    return true;
}

} // namespace sb
