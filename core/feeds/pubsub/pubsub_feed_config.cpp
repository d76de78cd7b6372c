#include "pubsub_feed_config.h"

#include "feeds/pubsub/pubsub_topic_list.h"

#include <QJsonArray>

namespace sb {

QString PubSubFeedConfig::appId() const
{
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts.size() >= 2 && parts[parts.size() - 2] == QLatin1String("apps") ? parts.last() : QString();
}

QUrl PubSubFeedConfig::adminBase() const
{
    if (adminUrl.isValid() && !adminUrl.isEmpty())
        return adminUrl;
    QUrl base;
    base.setScheme(url.scheme() == QLatin1String("ws") ? QStringLiteral("http") : QStringLiteral("https"));
    base.setHost(url.host());
    base.setPort(url.port());
    return base;
}

bool PubSubFeedConfig::fromJson(const QJsonObject &json, PubSubFeedConfig &out, QString *error)
{
    auto str = [&json](const char *key, const QString &fallback = QString()) {
        const QJsonValue v = json.value(QLatin1String(key));
        return v.isString() && !v.toString().isEmpty() ? v.toString() : fallback;
    };
    auto num = [&json](const char *key, int fallback) { return json.value(QLatin1String(key)).toInt(fallback); };
    auto list = [&json](const char *key) {
        QStringList out;
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isArray()) {
            for (const QJsonValue &item : v.toArray())
                if (!item.toString().isEmpty())
                    out << item.toString();
        } else if (v.isString() && !v.toString().isEmpty()) {
            out = v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
        return out;
    };
    auto fail = [error](QString text) {
        if (error)
            *error = std::move(text);
        return false;
    };
    out = PubSubFeedConfig();
    out.name = str("name", out.name);
    const QString url = str("url");
    out.url = url.isEmpty() ? QUrl() : QUrl(url, QUrl::StrictMode);
    out.token = str("token");
    out.signingKey = str("signingKey");
    out.signingKeyFile = str("signingKeyFile");
    const QString algorithm = str("algorithm", QStringLiteral("HS256"));
    const std::optional<JwtAlgorithm> alg = JwtAlgorithmInfo::fromName(algorithm);
    if (!alg)
        return fail(
            QStringLiteral("feed %1: algorithm must be one of HS256, HS384, HS512, ES256, ES384, ES512").arg(out.name));
    out.algorithm = *alg;
    out.subject = str("subject");
    out.permissions = list("permissions");
    out.issuer = str("issuer");
    out.tokenLifetimeSec = num("tokenLifetimeSec", out.tokenLifetimeSec);
    QString topicProblem;
    if (!PubSubTopicList::fromJson(json.value(QLatin1String("topics")), out.topics, &topicProblem))
        return fail(QStringLiteral("feed %1: %2").arg(out.name, topicProblem));
    out.adminToken = str("adminToken");
    const QString adminUrl = str("adminUrl");
    out.adminUrl = adminUrl.isEmpty() ? QUrl() : QUrl(adminUrl, QUrl::StrictMode);
    out.caFile = str("caFile");
    out.maxPayloadBytes = num("maxPayloadBytes", out.maxPayloadBytes);
    out.maxMessageBytes = json.value(QStringLiteral("maxMessageBytes")).toInteger(out.maxMessageBytes);
    out.pingIntervalMs = num("pingIntervalMs", out.pingIntervalMs);
    out.pongTimeoutMs = num("pongTimeoutMs", out.pongTimeoutMs);
    out.reconnectMinMs = num("reconnectMinMs", out.reconnectMinMs);
    out.reconnectMaxMs = num("reconnectMaxMs", out.reconnectMaxMs);
    out.commandTimeoutMs = num("commandTimeoutMs", out.commandTimeoutMs);

    if (!out.url.isValid() || out.url.host().isEmpty()
        || (out.url.scheme() != QLatin1String("wss") && out.url.scheme() != QLatin1String("ws")))
        return fail(QStringLiteral("feed %1 needs url (wss://<host>/apps/<appId>)").arg(out.name));
    if (out.appId().isEmpty())
        return fail(QStringLiteral("feed %1: url must end in /apps/<appId>").arg(out.name));
    if (out.token.isEmpty() && out.signingKey.isEmpty() && out.signingKeyFile.isEmpty())
        return fail(QStringLiteral("feed %1 needs token, or signingKey (or signingKeyFile) to mint one").arg(out.name));
    if (out.mints() && out.subject.isEmpty())
        return fail(QStringLiteral("feed %1 needs subject to mint a token").arg(out.name));
    if (out.tokenLifetimeSec < 5 || out.tokenLifetimeSec > 24 * 3600)
        return fail(QStringLiteral("feed %1: tokenLifetimeSec must be 5..86400").arg(out.name));
    if (out.maxPayloadBytes <= 0 || out.maxMessageBytes <= 0)
        return fail(QStringLiteral("feed %1: size limits must be positive").arg(out.name));
    if (out.pingIntervalMs <= 0 || out.pongTimeoutMs <= 0 || out.commandTimeoutMs <= 0)
        return fail(QStringLiteral("feed %1: intervals and timeouts must be positive").arg(out.name));
    return true;
}

} // namespace sb
