#include "mrn_feed_config.h"

#include <QJsonArray>

namespace sb {

bool MrnFeedConfig::fromJson(const QJsonObject &json, MrnFeedConfig &out, QString *error)
{
    auto str = [&json](const char *key, const QString &fallback = QString()) {
        const QJsonValue v = json.value(QLatin1String(key));
        return v.isString() && !v.toString().isEmpty() ? v.toString() : fallback;
    };
    auto url = [&](const char *key) {
        const QString s = str(key);
        return s.isEmpty() ? QUrl() : QUrl(s, QUrl::StrictMode);
    };
    out = MrnFeedConfig();
    out.name = str("name", out.name);
    out.tokenUrl = url("tokenUrl");
    out.discoveryUrl = url("discoveryUrl");
    out.websocketUrl = url("websocketUrl");
    out.clientId = str("clientId");
    out.clientSecret = str("clientSecret");
    out.username = str("username");
    out.password = str("password");
    out.scope = str("scope", out.scope);
    out.region = str("region", out.region);
    out.service = str("service", out.service);
    out.applicationId = str("applicationId", out.applicationId);
    out.caFile = str("caFile");
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    if (!items.isEmpty()) {
        out.items.clear();
        for (const QJsonValue &v : items)
            out.items << v.toString();
    }
    out.incompleteExpirySec = json.value(QStringLiteral("incompleteExpirySec")).toInt(out.incompleteExpirySec);
    out.maxInflatedBytes = json.value(QStringLiteral("maxInflatedBytes")).toInteger(out.maxInflatedBytes);
    out.reconnectMinMs = json.value(QStringLiteral("reconnectMinMs")).toInt(out.reconnectMinMs);
    out.reconnectMaxMs = json.value(QStringLiteral("reconnectMaxMs")).toInt(out.reconnectMaxMs);

    static const QStringList known {QStringLiteral("MRN_STORY"), QStringLiteral("MRN_TRNA"),
        QStringLiteral("MRN_TRNA_DOC"), QStringLiteral("MRN_TRSI")};
    auto fail = [error](QString text) {
        if (error)
            *error = std::move(text);
        return false;
    };
    for (const QString &item : out.items)
        if (!known.contains(item))
            return fail(QStringLiteral("feed %1: unknown MRN item \"%2\" (known: %3)")
                            .arg(out.name, item, known.join(QStringLiteral(", "))));
    for (const QUrl *u : {&out.tokenUrl, &out.discoveryUrl, &out.websocketUrl})
        if (!u->isEmpty() && !u->isValid())
            return fail(QStringLiteral("feed %1: invalid URL %2").arg(out.name, u->toString()));
    if (!out.websocketUrl.isValid() && (!out.tokenUrl.isValid() || !out.discoveryUrl.isValid()))
        return fail(QStringLiteral("feed %1 needs tokenUrl and discoveryUrl, or websocketUrl").arg(out.name));
    if (out.tokenUrl.isValid() && out.clientId.isEmpty())
        return fail(QStringLiteral("feed %1 needs clientId to get a token").arg(out.name));
    if (out.tokenUrl.isValid() && out.clientSecret.isEmpty() && out.password.isEmpty())
        return fail(QStringLiteral("feed %1 needs clientSecret (V2) or username and password (V1)").arg(out.name));
    if (out.isDeployedServer() && out.username.isEmpty())
        return fail(QStringLiteral("feed %1: a deployed server login needs username").arg(out.name));
    return true;
}

} // namespace sb
