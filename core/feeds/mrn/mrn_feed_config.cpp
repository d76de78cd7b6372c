#include "mrn_feed_config.h"

#include "config/config_object_reader.h"
#include "config/feed_keys_reader.h"
#include "event/fail_with.h"

namespace sb {

bool MrnFeedConfig::fromJson(const QJsonObject &json, MrnFeedConfig &out, QString *error)
{
    out = MrnFeedConfig();
    ConfigObjectReader in = ConfigObjectReader::forFeed(json, out.name);
    FeedKeysReader keys(in);
    out.name = in.name();
    out.auth = keys.oauth2(FeedKeysReader::Grants::ClientCredentialsOrPassword, out.auth);
    out.discoveryUrl = in.url(QStringLiteral("discoveryUrl"));
    out.websocketUrl = in.url(QStringLiteral("websocketUrl"));
    out.region = in.string(QStringLiteral("region"), out.region);
    out.service = in.string(QStringLiteral("service"), out.service);
    out.applicationId = in.string(QStringLiteral("applicationId"), out.applicationId);
    out.caFile = keys.caFile();
    out.items = in.stringList(QStringLiteral("items"), out.items);
    if (out.items.isEmpty())
        out.items = MrnFeedConfig().items;
    out.incompleteExpirySec = in.integer(QStringLiteral("incompleteExpirySec"), out.incompleteExpirySec, 1);
    out.maxInflatedBytes = in.integer64(QStringLiteral("maxInflatedBytes"), out.maxInflatedBytes, 1);
    keys.reconnectBounds(out.reconnectMinMs, out.reconnectMaxMs);
    // The token endpoint gets the client secret or password, discovery and the WebSocket login the token.
    if (!out.auth.tokenUrl.isEmpty()) {
        in.requireEncrypted(QStringLiteral("tokenUrl"), out.auth.tokenUrl, QStringLiteral("the client credentials"));
        in.requireEncrypted(QStringLiteral("websocketUrl"), out.websocketUrl, QStringLiteral("the access token"));
    }
    if (!out.websocketUrl.isValid())
        in.requireEncrypted(QStringLiteral("discoveryUrl"), out.discoveryUrl, QStringLiteral("the access token"));

    if (in.hasError())
        return failWith(error, in.error());
    static const QStringList known {QStringLiteral("MRN_STORY"), QStringLiteral("MRN_TRNA"),
        QStringLiteral("MRN_TRNA_DOC"), QStringLiteral("MRN_TRSI")};
    for (const QString &item : out.items)
        if (!known.contains(item))
            return failWith(error,
                QStringLiteral("feed %1: unknown MRN item \"%2\" (known: %3)")
                    .arg(out.name, item, known.join(QStringLiteral(", "))));
    for (const QUrl *u : {&out.auth.tokenUrl, &out.discoveryUrl, &out.websocketUrl})
        if (!u->isEmpty() && !u->isValid())
            return failWith(error, QStringLiteral("feed %1: invalid URL %2").arg(out.name, u->toString()));
    if (!out.websocketUrl.isValid() && (!out.auth.tokenUrl.isValid() || !out.discoveryUrl.isValid()))
        return failWith(
            error, QStringLiteral("feed %1 needs tokenUrl and discoveryUrl, or websocketUrl").arg(out.name));
    if (out.auth.tokenUrl.isValid() && out.auth.clientId.isEmpty())
        return failWith(error, QStringLiteral("feed %1 needs clientId to get a token").arg(out.name));
    if (out.auth.tokenUrl.isValid() && out.auth.clientSecret.isEmpty() && out.auth.password.isEmpty())
        return failWith(
            error, QStringLiteral("feed %1 needs clientSecret (V2) or username and password (V1)").arg(out.name));
    if (out.isDeployedServer() && out.auth.username.isEmpty())
        return failWith(error, QStringLiteral("feed %1: a deployed server login needs username").arg(out.name));
    return true;
}

} // namespace sb
