#include "relay_feed_config.h"

#include "config/config_object_reader.h"
#include "event/fail_with.h"
#include "pipeline/feed_registry.h"

#include <QJsonArray>

#include <QRegularExpression>

namespace sb {

bool RelayFeedConfig::fromJson(const QJsonObject &json, RelayFeedConfig &out, QString *error)
{
    out = RelayFeedConfig();
    ConfigObjectReader in = ConfigObjectReader::forFeed(json, QStringLiteral("relay"));
    out.name = in.name();
    const QString subject = QStringLiteral("feed \"%1\"").arg(out.name);
    // The login keys go to RelayConfig's own reader, which knows what may travel in clear.
    QJsonObject login;
    for (const char *key : {"natsUrl", "stream", "caFile", "token", "user", "password", "credsFile"}) {
        const QString k = QLatin1String(key);
        const QJsonValue v = in.value(k);
        if (!v.isUndefined())
            login.insert(k, v);
    }
    const QJsonValue feeds = in.value(QStringLiteral("feeds"));
    if (feeds.isString() && !feeds.toString().isEmpty()) {
        out.feeds = feeds.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    } else if (feeds.isArray()) {
        for (const QJsonValue &item : feeds.toArray()) {
            const QJsonObject o = item.toObject();
            const QString name = item.isString() ? item.toString() : o.value(QLatin1String("name")).toString();
            const QString type = item.isString() ? QString() : o.value(QLatin1String("type")).toString();
            if (name.isEmpty() || (item.isObject() && o.size() != 2 - int(type.isEmpty()))) {
                in.fail(QStringLiteral("key \"feeds\" must list feed names or {\"name\": …, \"type\": …} objects"));
                break;
            }
            out.feeds.append(name);
            out.feedTypes.append(type);
        }
    } else if (!feeds.isUndefined() && !feeds.isNull() && !(feeds.isString() && feeds.toString().isEmpty())) {
        in.fail(QStringLiteral("key \"feeds\" must be an array of feed names"));
    }
    for (QString &feed : out.feeds)
        feed = feed.trimmed();
    while (out.feedTypes.size() < out.feeds.size())
        out.feedTypes.append(QString());
    for (int i = 0; i < out.feeds.size(); ++i)
        if (out.feedTypes.at(i).isEmpty() && FeedRegistry::instance().contains(out.feeds.at(i)))
            out.feedTypes[i] = out.feeds.at(i);
    out.consumer = in.string(QStringLiteral("consumer"));
    const QString since = in.string(QStringLiteral("since"));
    out.maxMessageBytes = in.integer64(QStringLiteral("maxMessageBytes"), out.maxMessageBytes, 1024);
    out.ackWaitSec = in.integer(QStringLiteral("ackWaitSec"), out.ackWaitSec, 1, 3600);
    out.maxAckPending = in.integer(QStringLiteral("maxAckPending"), out.maxAckPending, 1, 1000000);
    out.reconnectMs = in.integer(QStringLiteral("reconnectMs"), out.reconnectMs, 100);
    const QJsonValue alarms = in.value(QStringLiteral("alarms"));
    if (alarms.isBool())
        out.alarmsBucket = alarms.toBool() ? out.alarmsBucket : QString();
    else if (alarms.isString() && !alarms.toString().isEmpty())
        out.alarmsBucket = alarms.toString();
    else if (!alarms.isUndefined() && !alarms.isNull() && !alarms.isString())
        in.fail(QStringLiteral("key \"alarms\" must be a bucket name or false"));
    static const QRegularExpression bucketName(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!out.alarmsBucket.isEmpty() && !bucketName.match(out.alarmsBucket).hasMatch())
        in.fail(QStringLiteral("key \"alarms\" must be a bucket name of letters, digits, '-' and '_', got \"%1\"")
                    .arg(out.alarmsBucket));
    if (!since.isEmpty() && !RelayConfig::parseDuration(since, &out.sinceMs))
        in.fail(QStringLiteral("key \"since\" must be a duration like 24h, 30m or 7d, got \"%1\"").arg(since));
    // A durable name is one subject token for the server; a shared name would split the messages between desks.
    static const QRegularExpression badName(QStringLiteral("[\\s.*>/\\\\]"));
    if (out.consumer.isEmpty())
        in.fail(QStringLiteral("key \"consumer\" is required: one durable consumer name per desk, e.g. \"desk-anna\""));
    else if (out.consumer.contains(badName))
        in.fail(QStringLiteral("key \"consumer\" must be one token (no spaces, '.', '*', '>', '/')"));
    for (const QString &feed : std::as_const(out.feeds)) {
        if (feed.contains(badName) || feed == QLatin1String("status"))
            in.fail(QStringLiteral("key \"feeds\": \"%1\" is not a relayed feed name (one token, not \"status\")")
                        .arg(feed));
    }
    QString loginError;
    if (!in.hasError() && !RelayConfig::fromJson(login, &out.relay, &loginError, subject))
        in.fail(
            loginError.startsWith(subject + QStringLiteral(": ")) ? loginError.mid(subject.size() + 2) : loginError);
    if (in.hasError())
        return failWith(error, in.error());
    return true;
}

} // namespace sb
