#include "alerts_feed_config.h"

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
    auto str = [&json](const char *key, const QString &fallback = QString()) {
        const QJsonValue v = json.value(QLatin1String(key));
        return v.isString() && !v.toString().isEmpty() ? v.toString() : fallback;
    };
    auto num = [&json](const char *key, int fallback) { return json.value(QLatin1String(key)).toInt(fallback); };
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    out = AlertsFeedConfig();
    out.name = str("name", out.name);
    const QString tokenUrl = str("tokenUrl");
    out.tokenUrl = tokenUrl.isEmpty() ? QUrl() : QUrl(tokenUrl, QUrl::StrictMode);
    out.clientId = str("clientId");
    out.clientSecret = str("clientSecret");
    out.username = str("username");
    out.password = str("password");
    out.scope = str("scope", out.scope);
    const QString apiBase = str("apiBase", QStringLiteral("https://api.refinitiv.com"));
    out.apiBase = QUrl(apiBase, QUrl::StrictMode);
    const QString content = str("content", QStringLiteral("headlines"));
    if (content == QLatin1String("stories"))
        out.content = Content::Stories;
    else if (content != QLatin1String("headlines"))
        return fail(QStringLiteral("\"content\" must be \"headlines\" or \"stories\", not \"%1\"").arg(content));
    const QJsonValue filter = json.value(QStringLiteral("filter"));
    if (filter.isObject())
        out.filter = filter.toObject();
    else if (!filter.isUndefined() && !filter.isNull())
        return fail(QStringLiteral("\"filter\" must be a JSON object"));
    out.legacyPaths = json.value(QStringLiteral("legacyPaths")).toBool(false);
    out.subscriptionId = str("subscriptionId");
    out.sqsRegion = str("sqsRegion", out.sqsRegion);
    const QString protocol = str("sqsProtocol", QStringLiteral("json"));
    if (protocol == QLatin1String("query"))
        out.sqsProtocol = SqsProtocol::Query;
    else if (protocol != QLatin1String("json"))
        return fail(QStringLiteral("\"sqsProtocol\" must be \"json\" or \"query\", not \"%1\"").arg(protocol));
    out.caFile = str("caFile");
    out.waitTimeSeconds = qBound(0, num("waitTimeSeconds", out.waitTimeSeconds), 20);
    out.maxMessages = qBound(1, num("maxMessages", out.maxMessages), 10);
    out.httpTimeoutMs = qMax(num("httpTimeoutMs", out.httpTimeoutMs), out.waitTimeSeconds * 1000 + 5000);
    out.credentialRenewSec = qMax(1, num("credentialRenewSec", out.credentialRenewSec));
    out.maxInFlight = qMax(out.maxMessages, num("maxInFlight", out.maxInFlight));
    out.reconnectMinMs = qMax(1, num("reconnectMinMs", out.reconnectMinMs));
    out.reconnectMaxMs = qMax(out.reconnectMinMs, num("reconnectMaxMs", out.reconnectMaxMs));
    out.maxBodyBytes = json.value(QStringLiteral("maxBodyBytes")).toInteger(out.maxBodyBytes);
    out.maxClaimBytes = json.value(QStringLiteral("maxClaimBytes")).toInteger(out.maxClaimBytes);

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
