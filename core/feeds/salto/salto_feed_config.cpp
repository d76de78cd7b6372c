#include "salto_feed_config.h"

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
    auto str = [](const QJsonObject &o, const char *key, const QString &fallback = QString()) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isString() && !v.toString().isEmpty() ? v.toString() : fallback;
    };
    auto num = [&json](const char *key, int fallback) { return json.value(QLatin1String(key)).toInt(fallback); };
    auto fail = [error](QString text) {
        if (error)
            *error = std::move(text);
        return false;
    };
    out = SaltoFeedConfig();
    out.name = str(json, "name", out.name);
    const QString url = str(json, "url");
    out.url = url.isEmpty() ? QUrl() : QUrl(url, QUrl::StrictMode);
    out.token = str(json, "token");
    const QString tokenUrl = str(json, "tokenUrl");
    out.tokenUrl = tokenUrl.isEmpty() ? QUrl() : QUrl(tokenUrl, QUrl::StrictMode);
    out.clientId = str(json, "clientId");
    out.clientSecret = str(json, "clientSecret");
    out.scope = str(json, "scope", out.scope);
    out.tokenInQuery = json.value(QStringLiteral("tokenInQuery")).toBool(false);
    out.caFile = str(json, "caFile");
    out.handshakeTimeoutMs = num("handshakeTimeoutMs", out.handshakeTimeoutMs);
    out.keepAliveMs = num("keepAliveMs", out.keepAliveMs);
    out.serverTimeoutMs = num("serverTimeoutMs", out.serverTimeoutMs);
    out.reconnectMinMs = num("reconnectMinMs", out.reconnectMinMs);
    out.reconnectMaxMs = num("reconnectMaxMs", out.reconnectMaxMs);
    out.tokenRenewMarginSec = num("tokenRenewMarginSec", out.tokenRenewMarginSec);
    out.maxMessageBytes = json.value(QStringLiteral("maxMessageBytes")).toInteger(out.maxMessageBytes);

    const QString siteId = str(json, "siteId");
    const QString userId = str(json, "userId");
    const QJsonValue hubs = json.value(QStringLiteral("hubs"));
    const QJsonArray list = hubs.isArray() ? hubs.toArray()
        : hubs.isString()                  ? QJsonArray::fromStringList(hubs.toString().split(QLatin1Char(',')))
                                           : QJsonArray {QStringLiteral("entries"), QStringLiteral("incidents")};
    for (const QJsonValue &v : list) {
        SaltoHub hub;
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            hub.stream = str(o, "stream", str(o, "hub"));
            hub.siteId = str(o, "siteId", str(o, "site_id", siteId));
            hub.userId = str(o, "userId", str(o, "user_id", userId));
        } else {
            hub.stream = v.toString().trimmed();
            hub.siteId = siteId;
            hub.userId = userId;
        }
        if (hub.stream != QLatin1String("entries") && hub.stream != QLatin1String("incidents"))
            return fail(QStringLiteral("feed %1: hub \"%2\" is neither entries nor incidents")
                            .arg(out.name, hub.stream.left(40)));
        if (hub.siteId.isEmpty())
            return fail(QStringLiteral("feed %1 needs siteId (for the %2 hub)").arg(out.name, hub.stream));
        out.hubs << hub;
    }
    if (out.hubs.isEmpty())
        return fail(QStringLiteral("feed %1: hubs is empty").arg(out.name));
    static const QStringList schemes {
        QStringLiteral("wss"), QStringLiteral("ws"), QStringLiteral("https"), QStringLiteral("http")};
    if (!out.url.isValid() || out.url.host().isEmpty() || !schemes.contains(out.url.scheme()))
        return fail(QStringLiteral("feed %1 needs url (wss://<event streaming host>)").arg(out.name));
    if (out.token.isEmpty()) {
        if (!out.tokenUrl.isValid() || out.tokenUrl.host().isEmpty() || out.clientId.isEmpty()
            || out.clientSecret.isEmpty())
            return fail(QStringLiteral("feed %1 needs token, or tokenUrl + clientId + clientSecret").arg(out.name));
    }
    if (out.keepAliveMs <= 0 || out.serverTimeoutMs <= 0 || out.handshakeTimeoutMs <= 0)
        return fail(QStringLiteral("feed %1: keepAliveMs, serverTimeoutMs and handshakeTimeoutMs must be positive")
                        .arg(out.name));
    return true;
}

} // namespace sb
