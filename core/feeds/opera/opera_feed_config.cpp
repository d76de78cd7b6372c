#include "opera_feed_config.h"

#include "config/config_object_reader.h"
#include "config/feed_keys_reader.h"
#include "event/fail_with.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace sb {

QString OperaFeedConfig::keyHash(const QString &appKey)
{
    // OHIP: "Ensure only lowercase hashes are used"; toHex() is lowercase.
    return QString::fromLatin1(QCryptographicHash::hash(appKey.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace {

QUrl gatewayTokenUrl(const QUrl &gatewayUrl)
{
    QUrl url = gatewayUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/oauth/v1/tokens"));
    url.setQuery(QString());
    return url;
}

} // namespace

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
    out = OperaFeedConfig();
    ConfigObjectReader in = ConfigObjectReader::forFeed(json, out.name);
    FeedKeysReader keys(in);
    out.name = in.name();
    out.gatewayUrl = in.url(QStringLiteral("gatewayUrl"));
    out.auth = keys.oauth2(FeedKeysReader::Grants::ClientCredentials, out.auth);
    const QUrl tokenUrlOverride = out.auth.tokenUrl;
    if (!tokenUrlOverride.isValid())
        out.auth.tokenUrl = gatewayTokenUrl(out.gatewayUrl);
    out.appKey = in.string(QStringLiteral("appKey"));
    out.enterpriseId = in.string(QStringLiteral("enterpriseId"));
    out.auth.extraHeaders << qMakePair(QByteArray("x-app-key"), out.appKey.toUtf8());
    if (!out.enterpriseId.isEmpty())
        out.auth.extraHeaders << qMakePair(QByteArray("enterpriseId"), out.enterpriseId.toUtf8());
    out.chainCode = in.string(QStringLiteral("chainCode"));
    out.hotelCodes = in.stringList(QStringLiteral("hotelCodes"));
    out.delta = in.boolean(QStringLiteral("delta"), false);
    out.caFile = keys.caFile();
    out.statePath = in.string(QStringLiteral("statePath"));
    out.lockDir = in.string(QStringLiteral("lockDir"));
    out.pingIntervalMs = in.integer(QStringLiteral("pingIntervalMs"), out.pingIntervalMs);
    out.pongTimeoutMs = in.integer(QStringLiteral("pongTimeoutMs"), out.pongTimeoutMs, 1);
    out.ackTimeoutMs = in.integer(QStringLiteral("ackTimeoutMs"), out.ackTimeoutMs, 1);
    out.closeWaitMs = in.integer(QStringLiteral("closeWaitMs"), out.closeWaitMs, 1);
    out.resubscribeDelayMs = in.integer(QStringLiteral("resubscribeDelayMs"), out.resubscribeDelayMs);
    out.lockoutSec = in.integer(QStringLiteral("lockoutSec"), out.lockoutSec);
    out.tokenRenewMarginSec = keys.tokenRenewMarginSec(out.tokenRenewMarginSec);
    keys.reconnectBounds(out.reconnectMinMs, out.reconnectMaxMs);
    out.maxMessageBytes = in.integer64(QStringLiteral("maxMessageBytes"), out.maxMessageBytes, 1);
    // The gateway gets the app key and the Bearer token (the stream URL is the gateway's, ws for http), the token
    // endpoint the client secret.
    in.requireEncrypted(
        QStringLiteral("gatewayUrl"), out.gatewayUrl, QStringLiteral("the app key and the access token"));
    in.requireEncrypted(QStringLiteral("tokenUrl"), tokenUrlOverride, QStringLiteral("the client credentials"));
    if (in.hasError())
        return failWith(error, in.error());

    if (!out.gatewayUrl.isValid() || out.gatewayUrl.host().isEmpty()
        || (out.gatewayUrl.scheme() != QLatin1String("https") && out.gatewayUrl.scheme() != QLatin1String("http")))
        return failWith(error, QStringLiteral("feed %1 needs gatewayUrl (https://<gateway>)").arg(out.name));
    const std::pair<const char *, const QString *> required[] {{"appKey", &out.appKey},
        {"clientId", &out.auth.clientId}, {"clientSecret", &out.auth.clientSecret}, {"chainCode", &out.chainCode}};
    for (const auto &[key, value] : required)
        if (value->isEmpty())
            return failWith(error, QStringLiteral("feed %1 needs %2").arg(out.name, QLatin1String(key)));
    // OHIP's NewEventInput rules; checked here so the subscription query can hold them verbatim.
    static const QRegularExpression chainRe(QStringLiteral("^[A-Za-z0-9 _%#$&-]{1,20}$"));
    static const QRegularExpression hotelRe(QStringLiteral("^[A-Za-z0-9 _%#$&-]+$"));
    if (!chainRe.match(out.chainCode).hasMatch())
        return failWith(
            error, QStringLiteral("feed %1: chainCode must be 1-20 of A-Z a-z 0-9 space _ %% # $ & -").arg(out.name));
    for (const QString &h : out.hotelCodes)
        if (!hotelRe.match(h).hasMatch())
            return failWith(error, QStringLiteral("feed %1: invalid hotel code \"%2\"").arg(out.name, h.left(50)));
    if (out.hotelCodes.join(QLatin1Char(',')).size() > 50)
        return failWith(error, QStringLiteral("feed %1: hotelCodes exceed OHIP's 50 characters").arg(out.name));
    if (out.pingIntervalMs <= 0 || out.pingIntervalMs > 15000)
        return failWith(error,
            QStringLiteral("feed %1: pingIntervalMs must be 1..15000 (OHIP wants a ping at least every 15 s)")
                .arg(out.name));
    return true;
}

} // namespace sb
