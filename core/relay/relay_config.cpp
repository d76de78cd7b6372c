#include "relay_config.h"

#include "config/config_object_reader.h"
#include "event/fail_with.h"
#include "net/credential_destination.h"

#include <QRegularExpression>
#include <QUrl>

namespace sb {

bool RelayConfig::tlsRequired() const
{
    return natsUrl.startsWith(QLatin1String("tls://")) || !caFile.isEmpty();
}

bool RelayConfig::hasCredentials() const
{
    return !token.isEmpty() || !user.isEmpty() || !password.isEmpty() || !credsFile.isEmpty();
}

QString RelayConfig::describe() const
{
    QUrl url(natsUrl);
    url.setUserInfo(QString()); // a URL may carry user:password; it is not for the log
    return QStringLiteral("relay %1 stream %2").arg(url.toString(), stream);
}

bool RelayConfig::parseDuration(const QString &text, qint64 *ms)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    qint64 unit = 1000;
    QString digits = t;
    const QChar last = t.back();
    if (!last.isDigit()) {
        digits.chop(1);
        switch (last.toLatin1()) {
        case 's':
            unit = 1000;
            break;
        case 'm':
            unit = 60 * 1000;
            break;
        case 'h':
            unit = 3600 * 1000;
            break;
        case 'd':
            unit = 24 * 3600 * 1000;
            break;
        default:
            return false;
        }
    }
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    // JetStream keeps max_age in nanoseconds in an int64: about 292 years.
    if (!ok || n < 0 || n > (qint64(1) << 62) / 1000000 / unit)
        return false;
    *ms = n * unit;
    return true;
}

bool RelayConfig::fromJson(const QJsonObject &json, RelayConfig *out, QString *error, const QString &subject)
{
    ConfigObjectReader in(subject, json);
    RelayConfig c;
    c.natsUrl = in.string(QStringLiteral("natsUrl"));
    c.stream = in.string(QStringLiteral("stream"), c.stream);
    c.replicas = in.integer(QStringLiteral("replicas"), 1, 1, 5); // JetStream's own bound
    const QJsonValue maxAge = in.value(QStringLiteral("maxAge"));
    c.caFile = in.string(QStringLiteral("caFile"));
    c.token = in.string(QStringLiteral("token"));
    c.user = in.string(QStringLiteral("user"));
    c.password = in.string(QStringLiteral("password"));
    c.credsFile = in.string(QStringLiteral("credsFile"));

    if (maxAge.isString() && !maxAge.toString().isEmpty()) {
        if (!parseDuration(maxAge.toString(), &c.maxAgeMs))
            in.fail(QStringLiteral("key \"maxAge\" must be a duration like 7d, 24h, 30m or 90s, got \"%1\"")
                        .arg(maxAge.toString()));
    } else if (maxAge.isDouble()) {
        const double seconds = maxAge.toDouble();
        if (seconds < 0 || seconds != double(qint64(seconds))
            || !parseDuration(QString::number(qint64(seconds)), &c.maxAgeMs))
            in.fail(QStringLiteral("key \"maxAge\" must be a whole number of seconds or a duration like 7d"));
    } else if (!maxAge.isUndefined() && !maxAge.isNull() && !(maxAge.isString() && maxAge.toString().isEmpty())) {
        in.fail(QStringLiteral("key \"maxAge\" must be a duration like \"7d\""));
    }

    const QUrl url(c.natsUrl);
    if (c.natsUrl.isEmpty()) {
        in.fail(QStringLiteral("key \"natsUrl\" is required (nats://host:4222 or tls://host:4222)"));
    } else if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("nats") && url.scheme() != QLatin1String("tls"))) {
        in.fail(QStringLiteral("key \"natsUrl\" must be nats://host:port or tls://host:port, got \"%1\"")
                    .arg(url.toString(QUrl::RemoveUserInfo)));
    } else if (!url.userInfo().isEmpty()) {
        in.fail(QStringLiteral("key \"natsUrl\" must not carry credentials; use \"token\", \"user\"/\"password\" or "
                               "\"credsFile\" (they may be env: or keychain:)"));
    }
    if (c.stream.isEmpty() || c.stream.contains(QRegularExpression(QStringLiteral("[\\s.*>/\\\\]"))))
        in.fail(QStringLiteral("key \"stream\" must be a JetStream stream name (no spaces, '.', '*', '>', '/')"));
    const int ways
        = int(!c.token.isEmpty()) + int(!c.user.isEmpty() || !c.password.isEmpty()) + int(!c.credsFile.isEmpty());
    if (ways > 1)
        in.fail(QStringLiteral("give one of \"token\", \"user\"+\"password\" or \"credsFile\", not several"));
    if (c.user.isEmpty() != c.password.isEmpty())
        in.fail(QStringLiteral("\"user\" and \"password\" go together"));
    // nats:// without caFile is plaintext: a token, password or signed nonce would travel in clear.
    if (c.hasCredentials() && !c.tlsRequired() && url.isValid() && !url.host().isEmpty()
        && !CredentialDestination::isLoopback(url))
        in.fail(QStringLiteral("natsUrl %1 sends the credentials in clear; use tls:// (plaintext is allowed only "
                               "to loopback)")
                    .arg(url.toString(QUrl::RemoveUserInfo)));
    if (in.hasError())
        return failWith(error, in.error());
    *out = c;
    return true;
}

} // namespace sb
