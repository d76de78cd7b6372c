#include "alerts_feed_config.h"

#include "config/config_object_reader.h"
#include "config/feed_keys_reader.h"
#include "event/fail_with.h"

#include <QUrlQuery>

namespace sb {

namespace {

QUrl underBase(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setQuery(QString());
    return url;
}

} // namespace

QUrl AlertsFeedConfig::subscriptionsUrl() const
{
    const bool stories = content == Content::Stories;
    if (legacyPaths)
        return underBase(apiBase,
            stories ? QStringLiteral("/alerts/v1/news-stories-subscriptions")
                    : QStringLiteral("/alerts/v1/news-headlines-subscriptions"));
    return underBase(apiBase,
        stories ? QStringLiteral("/message-services/v1/news-stories/subscriptions")
                : QStringLiteral("/message-services/v1/news-headlines/subscriptions"));
}

QUrl AlertsFeedConfig::cloudCredentialsUrl(const QUrl &queueUrl) const
{
    QUrl url = underBase(apiBase, QStringLiteral("/auth/cloud-credentials/v1/"));
    // The queue URL is a query value: its own '/', ':' and '?' must be percent-encoded.
    url.setQuery(QStringLiteral("endpoint=")
            + QString::fromLatin1(QUrl::toPercentEncoding(queueUrl.toString(QUrl::FullyEncoded))),
        QUrl::StrictMode);
    return url;
}

bool AlertsFeedConfig::fromJson(const QJsonObject &json, AlertsFeedConfig &out, QString *error)
{
    out = AlertsFeedConfig();
    ConfigObjectReader in = ConfigObjectReader::forFeed(json, out.name);
    FeedKeysReader keys(in);
    out.name = in.name();
    out.auth = keys.oauth2(FeedKeysReader::Grants::ClientCredentialsOrPassword, out.auth);
    out.apiBase = in.url(QStringLiteral("apiBase"));
    if (out.apiBase.isEmpty())
        out.apiBase = QUrl(QStringLiteral("https://api.refinitiv.com"));
    const QString content = in.choice(QStringLiteral("content"),
        {QStringLiteral("headlines"), QStringLiteral("stories")}, QStringLiteral("headlines"));
    out.content = content == QLatin1String("stories") ? Content::Stories : Content::Headlines;
    out.filter = in.object(QStringLiteral("filter"));
    out.legacyPaths = in.boolean(QStringLiteral("legacyPaths"), false);
    out.subscriptionId = in.string(QStringLiteral("subscriptionId"));
    out.sqsRegion = in.string(QStringLiteral("sqsRegion"), out.sqsRegion);
    const QString protocol = in.choice(
        QStringLiteral("sqsProtocol"), {QStringLiteral("json"), QStringLiteral("query")}, QStringLiteral("json"));
    out.sqsProtocol = protocol == QLatin1String("query") ? SqsProtocol::Query : SqsProtocol::Json;
    out.caFile = keys.caFile();
    out.waitTimeSeconds = in.integer(QStringLiteral("waitTimeSeconds"), out.waitTimeSeconds, 0, 20);
    out.maxMessages = in.integer(QStringLiteral("maxMessages"), out.maxMessages, 1, 10);
    // Never shorter than a long poll, or every empty poll would time out.
    out.httpTimeoutMs
        = qMax(in.integer(QStringLiteral("httpTimeoutMs"), out.httpTimeoutMs, 1), out.waitTimeSeconds * 1000 + 5000);
    out.credentialRenewSec = in.integer(QStringLiteral("credentialRenewSec"), out.credentialRenewSec, 1);
    out.maxInFlight = qMax(out.maxMessages, in.integer(QStringLiteral("maxInFlight"), out.maxInFlight, 1));
    keys.reconnectBounds(out.reconnectMinMs, out.reconnectMaxMs);
    out.maxBodyBytes = in.integer64(QStringLiteral("maxBodyBytes"), out.maxBodyBytes, 1);
    out.maxClaimBytes = in.integer64(QStringLiteral("maxClaimBytes"), out.maxClaimBytes, 1);
    // The token endpoint gets the client secret or password, every Data Platform call the Bearer token.
    in.requireEncrypted(QStringLiteral("tokenUrl"), out.auth.tokenUrl, QStringLiteral("the client credentials"));
    in.requireEncrypted(QStringLiteral("apiBase"), out.apiBase, QStringLiteral("the access token"));
    if (in.hasError())
        return failWith(error, in.error());

    if (!out.auth.tokenUrl.isValid() || out.auth.tokenUrl.scheme().isEmpty())
        return failWith(error, QStringLiteral("\"tokenUrl\" is missing or not a URL"));
    if (!out.apiBase.isValid() || out.apiBase.scheme().isEmpty())
        return failWith(error, QStringLiteral("\"apiBase\" is not a URL"));
    if (out.auth.clientId.isEmpty())
        return failWith(error, QStringLiteral("\"clientId\" is missing"));
    if (out.auth.clientSecret.isEmpty() && (out.auth.username.isEmpty() || out.auth.password.isEmpty()))
        return failWith(
            error, QStringLiteral("either \"clientSecret\" (V2) or \"username\" and \"password\" (V1) are needed"));
    return true;
}

} // namespace sb
