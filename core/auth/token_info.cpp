#include "token_info.h"

#include "codec/checked_integer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

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
    // A fraction is dropped, never rounded up past the real expiry; NaN ("nan" is a number to QString::toDouble),
    // infinities and lifetimes beyond an int of seconds are refused.
    const std::optional<int> lifetime = checkedInteger<int>(seconds);
    if (!lifetime || *lifetime < 1)
        return fail(error, QStringLiteral("token response has an invalid expires_in"));
    t.expiresInSec = *lifetime;

    t.refreshToken = optionalString(o, QStringLiteral("refresh_token"));
    t.tokenType = optionalString(o, QStringLiteral("token_type"));
    t.scope = optionalString(o, QStringLiteral("scope"));
    t.obtainedMs = nowMs;
    return t;
}

} // namespace sb
