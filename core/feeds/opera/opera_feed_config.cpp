#include "opera_feed_config.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace sb {

QString OperaFeedConfig::keyHash(const QString &appKey)
{
    // OHIP: "Ensure only lowercase hashes are used"; toHex() is lowercase.
    return QString::fromLatin1(QCryptographicHash::hash(appKey.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QUrl OperaFeedConfig::tokenUrl() const
{
    if (tokenUrlOverride.isValid())
        return tokenUrlOverride;
    QUrl url = gatewayUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/oauth/v1/tokens"));
    url.setQuery(QString());
    return url;
}

QUrl OperaFeedConfig::streamUrl() const
{
    QUrl url = gatewayUrl;
    url.setScheme(gatewayUrl.scheme() == QLatin1String("http") ? QStringLiteral("ws") : QStringLiteral("wss"));
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/subscriptions"));
    url.setQuery(QStringLiteral("key=") + keyHash(appKey));
    return url;
}

bool OperaFeedConfig::fromJson(const QJsonObject &json, OperaFeedConfig &out, QString *error)
{
    auto str = [&json](const char *key, const QString &fallback = QString()) {
        const QJsonValue v = json.value(QLatin1String(key));
        return v.isString() && !v.toString().isEmpty() ? v.toString() : fallback;
    };
    auto num = [&json](const char *key, int fallback) { return json.value(QLatin1String(key)).toInt(fallback); };
    out = OperaFeedConfig();
    out.name = str("name", out.name);
    const QString gateway = str("gatewayUrl");
    out.gatewayUrl = gateway.isEmpty() ? QUrl() : QUrl(gateway, QUrl::StrictMode);
    const QString tokenUrl = str("tokenUrl");
    out.tokenUrlOverride = tokenUrl.isEmpty() ? QUrl() : QUrl(tokenUrl, QUrl::StrictMode);
    out.appKey = str("appKey");
    out.clientId = str("clientId");
    out.clientSecret = str("clientSecret");
    out.scope = str("scope", out.scope);
    out.enterpriseId = str("enterpriseId");
    out.chainCode = str("chainCode");
    const QJsonValue hotels = json.value(QStringLiteral("hotelCodes"));
    if (hotels.isArray()) {
        for (const QJsonValue &v : hotels.toArray())
            if (!v.toString().isEmpty())
                out.hotelCodes << v.toString();
    } else if (hotels.isString() && !hotels.toString().isEmpty()) {
        out.hotelCodes = hotels.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    out.delta = json.value(QStringLiteral("delta")).toBool(false);
    out.caFile = str("caFile");
    out.statePath = str("statePath");
    out.lockDir = str("lockDir");
    out.pingIntervalMs = num("pingIntervalMs", out.pingIntervalMs);
    out.pongTimeoutMs = num("pongTimeoutMs", out.pongTimeoutMs);
    out.ackTimeoutMs = num("ackTimeoutMs", out.ackTimeoutMs);
    out.closeWaitMs = num("closeWaitMs", out.closeWaitMs);
    out.resubscribeDelayMs = num("resubscribeDelayMs", out.resubscribeDelayMs);
    out.lockoutSec = num("lockoutSec", out.lockoutSec);
    out.tokenRenewMarginSec = num("tokenRenewMarginSec", out.tokenRenewMarginSec);
    out.reconnectMinMs = num("reconnectMinMs", out.reconnectMinMs);
    out.reconnectMaxMs = num("reconnectMaxMs", out.reconnectMaxMs);
    out.maxMessageBytes = json.value(QStringLiteral("maxMessageBytes")).toInteger(out.maxMessageBytes);

    auto fail = [error](QString text) {
        if (error)
            *error = std::move(text);
        return false;
    };
    if (!out.gatewayUrl.isValid() || out.gatewayUrl.host().isEmpty()
        || (out.gatewayUrl.scheme() != QLatin1String("https") && out.gatewayUrl.scheme() != QLatin1String("http")))
        return fail(QStringLiteral("feed %1 needs gatewayUrl (https://<gateway>)").arg(out.name));
    for (const char *key : {"appKey", "clientId", "clientSecret", "chainCode"})
        if (str(key).isEmpty())
            return fail(QStringLiteral("feed %1 needs %2").arg(out.name, QLatin1String(key)));
    // OHIP's NewEventInput rules; checked here so the subscription query can hold them verbatim.
    static const QRegularExpression chainRe(QStringLiteral("^[A-Za-z0-9 _%#$&-]{1,20}$"));
    static const QRegularExpression hotelRe(QStringLiteral("^[A-Za-z0-9 _%#$&-]+$"));
    if (!chainRe.match(out.chainCode).hasMatch())
        return fail(QStringLiteral("feed %1: chainCode must be 1-20 of A-Z a-z 0-9 space _ %% # $ & -").arg(out.name));
    for (const QString &h : out.hotelCodes)
        if (!hotelRe.match(h).hasMatch())
            return fail(QStringLiteral("feed %1: invalid hotel code \"%2\"").arg(out.name, h.left(50)));
    if (out.hotelCodes.join(QLatin1Char(',')).size() > 50)
        return fail(QStringLiteral("feed %1: hotelCodes exceed OHIP's 50 characters").arg(out.name));
    if (out.pingIntervalMs <= 0 || out.pingIntervalMs > 15000)
        return fail(QStringLiteral("feed %1: pingIntervalMs must be 1..15000 (OHIP wants a ping at least every 15 s)")
                        .arg(out.name));
    return true;
}

} // namespace sb
