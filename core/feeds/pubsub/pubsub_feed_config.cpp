#include "pubsub_feed_config.h"

#include "config/config_object_reader.h"
#include "config/feed_keys_reader.h"
#include "event/fail_with.h"
#include "feeds/pubsub/pubsub_topic_list.h"

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
    out = PubSubFeedConfig();
    ConfigObjectReader in = ConfigObjectReader::forFeed(json, out.name);
    FeedKeysReader keys(in);
    out.name = in.name();
    out.url = in.url(QStringLiteral("url"));
    out.token = in.string(QStringLiteral("token"));
    out.signingKey = in.string(QStringLiteral("signingKey"));
    out.signingKeyFile = in.string(QStringLiteral("signingKeyFile"));
    const QString algorithm = in.string(QStringLiteral("algorithm"), QStringLiteral("HS256"));
    const std::optional<JwtAlgorithm> alg = JwtAlgorithmInfo::fromName(algorithm);
    if (!alg)
        return failWith(error,
            QStringLiteral("feed %1: algorithm must be one of HS256, HS384, HS512, ES256, ES384, ES512").arg(out.name));
    out.algorithm = *alg;
    out.subject = in.string(QStringLiteral("subject"));
    out.permissions = in.stringList(QStringLiteral("permissions"));
    out.issuer = in.string(QStringLiteral("issuer"));
    out.tokenLifetimeSec = in.integer(QStringLiteral("tokenLifetimeSec"), out.tokenLifetimeSec);
    // Every configured topic is kept or the config is refused naming it; never dropped silently.
    QString topicProblem;
    if (!PubSubTopicList::fromJson(in.value(QStringLiteral("topics")), out.topics, &topicProblem))
        in.fail(topicProblem);
    out.adminToken = in.string(QStringLiteral("adminToken"));
    out.adminUrl = in.url(QStringLiteral("adminUrl"));
    out.caFile = keys.caFile();
    out.maxPayloadBytes = in.integer(QStringLiteral("maxPayloadBytes"), out.maxPayloadBytes);
    out.maxMessageBytes = in.integer64(QStringLiteral("maxMessageBytes"), out.maxMessageBytes);
    out.pingIntervalMs = in.integer(QStringLiteral("pingIntervalMs"), out.pingIntervalMs);
    out.pongTimeoutMs = in.integer(QStringLiteral("pongTimeoutMs"), out.pongTimeoutMs);
    keys.reconnectBounds(out.reconnectMinMs, out.reconnectMaxMs);
    out.commandTimeoutMs = in.integer(QStringLiteral("commandTimeoutMs"), out.commandTimeoutMs);
    // The JWT travels in the url's query; the admin API gets the admin token (by default on the url's host).
    in.requireEncrypted(QStringLiteral("url"), out.url, QStringLiteral("the access token"));
    if (!out.adminToken.isEmpty())
        in.requireEncrypted(QStringLiteral("adminUrl"), out.adminBase(), QStringLiteral("the admin token"));
    if (in.hasError())
        return failWith(error, in.error());

    if (!out.url.isValid() || out.url.host().isEmpty()
        || (out.url.scheme() != QLatin1String("wss") && out.url.scheme() != QLatin1String("ws")))
        return failWith(error, QStringLiteral("feed %1 needs url (wss://<host>/apps/<appId>)").arg(out.name));
    if (out.appId().isEmpty())
        return failWith(error, QStringLiteral("feed %1: url must end in /apps/<appId>").arg(out.name));
    if (out.token.isEmpty() && out.signingKey.isEmpty() && out.signingKeyFile.isEmpty())
        return failWith(
            error, QStringLiteral("feed %1 needs token, or signingKey (or signingKeyFile) to mint one").arg(out.name));
    if (out.mints() && out.subject.isEmpty())
        return failWith(error, QStringLiteral("feed %1 needs subject to mint a token").arg(out.name));
    if (out.tokenLifetimeSec < 5 || out.tokenLifetimeSec > 24 * 3600)
        return failWith(error, QStringLiteral("feed %1: tokenLifetimeSec must be 5..86400").arg(out.name));
    if (out.maxPayloadBytes <= 0 || out.maxMessageBytes <= 0)
        return failWith(error, QStringLiteral("feed %1: size limits must be positive").arg(out.name));
    if (out.pingIntervalMs <= 0 || out.pongTimeoutMs <= 0 || out.commandTimeoutMs <= 0)
        return failWith(error, QStringLiteral("feed %1: intervals and timeouts must be positive").arg(out.name));
    return true;
}

} // namespace sb
