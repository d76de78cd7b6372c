#include "token_info.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace sb {
namespace {

std::optional<TokenInfo> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

QString optionalString(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

} // namespace

std::optional<TokenInfo> TokenInfo::fromJson(const QByteArray &json, qint64 nowMs, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error,
            QStringLiteral("token response is not JSON (%1 at offset %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!doc.isObject())
        return fail(error, QStringLiteral("token response is not a JSON object"));
    const QJsonObject o = doc.object();

    TokenInfo t;
    t.accessToken = optionalString(o, QStringLiteral("access_token"));
    if (t.accessToken.isEmpty())
        return fail(error, QStringLiteral("token response has no access_token string"));

    const QJsonValue expires = o.value(QStringLiteral("expires_in"));
    double seconds = std::numeric_limits<double>::quiet_NaN();
    if (expires.isDouble()) {
        seconds = expires.toDouble();
    } else if (expires.isString()) {
        bool ok = false;
        seconds = expires.toString().trimmed().toDouble(&ok);
        if (!ok)
            seconds = std::numeric_limits<double>::quiet_NaN();
    } else if (expires.isUndefined()) {
        // Without a lifetime no renewal can be planned; the RDP endpoints always send one.
        return fail(error, QStringLiteral("token response has no expires_in"));
    }
    if (!std::isfinite(seconds) || seconds < 1 || seconds > std::numeric_limits<int>::max())
        return fail(error, QStringLiteral("token response has an invalid expires_in"));
    t.expiresInSec = int(seconds);

    t.refreshToken = optionalString(o, QStringLiteral("refresh_token"));
    t.tokenType = optionalString(o, QStringLiteral("token_type"));
    t.scope = optionalString(o, QStringLiteral("scope"));
    t.obtainedMs = nowMs;
    return t;
}

} // namespace sb
