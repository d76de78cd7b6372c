#include "alerts_feed_config.h"

#include "config/config_object_reader.h"

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
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    out = AlertsFeedConfig();
    ConfigObjectReader in = ConfigObjectReader::forFeed(json, out.name);
    out.name = in.name();
    out.tokenUrl = in.url(QStringLiteral("tokenUrl"));
    out.clientId = in.string(QStringLiteral("clientId"));
    out.clientSecret = in.string(QStringLiteral("clientSecret"));
    out.username = in.string(QStringLiteral("username"));
    out.password = in.string(QStringLiteral("password"));
    out.scope = in.string(QStringLiteral("scope"), out.scope);
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
    out.caFile = in.string(QStringLiteral("caFile"));
    out.waitTimeSeconds = in.integer(QStringLiteral("waitTimeSeconds"), out.waitTimeSeconds, 0, 20);
    out.maxMessages = in.integer(QStringLiteral("maxMessages"), out.maxMessages, 1, 10);
    // Never shorter than a long poll, or every empty poll would time out.
    out.httpTimeoutMs
        = qMax(in.integer(QStringLiteral("httpTimeoutMs"), out.httpTimeoutMs, 1), out.waitTimeSeconds * 1000 + 5000);
    out.credentialRenewSec = in.integer(QStringLiteral("credentialRenewSec"), out.credentialRenewSec, 1);
    out.maxInFlight = qMax(out.maxMessages, in.integer(QStringLiteral("maxInFlight"), out.maxInFlight, 1));
    out.reconnectMinMs = in.integer(QStringLiteral("reconnectMinMs"), out.reconnectMinMs, 1);
    out.reconnectMaxMs = qMax(out.reconnectMinMs, in.integer(QStringLiteral("reconnectMaxMs"), out.reconnectMaxMs, 1));
    out.maxBodyBytes = in.integer64(QStringLiteral("maxBodyBytes"), out.maxBodyBytes, 1);
    out.maxClaimBytes = in.integer64(QStringLiteral("maxClaimBytes"), out.maxClaimBytes, 1);
    // The token endpoint gets the client secret or password, every Data Platform call the Bearer token.
    in.requireEncrypted(QStringLiteral("tokenUrl"), out.tokenUrl, QStringLiteral("the client credentials"));
    in.requireEncrypted(QStringLiteral("apiBase"), out.apiBase, QStringLiteral("the access token"));
    if (in.hasError())
        return fail(in.error());

    if (!out.tokenUrl.isValid() || out.tokenUrl.scheme().isEmpty())
        return fail(QStringLiteral("\"tokenUrl\" is missing or not a URL"));
    if (!out.apiBase.isValid() || out.apiBase.scheme().isEmpty())
        return fail(QStringLiteral("\"apiBase\" is not a URL"));
    if (out.clientId.isEmpty())
        return fail(QStringLiteral("\"clientId\" is missing"));
    if (out.clientSecret.isEmpty() && (out.username.isEmpty() || out.password.isEmpty()))
        return fail(QStringLiteral("either \"clientSecret\" (V2) or \"username\" and \"password\" (V1) are needed"));
    return true;
}

} // namespace sb
