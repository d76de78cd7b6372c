#include "shared_alarm_codec.h"

#include "event/fail_with.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb {
namespace {

bool keptAsIs(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '/';
}

// Upper-case only: key() writes them so, and one spelling per key keeps the bucket's keys one per alarm.
int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QString encodePart(const QString &part)
{
    if (part.isEmpty())
        return QStringLiteral("=");
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (const char c : part.toUtf8()) {
        if (keptAsIs(c)) {
            out += c;
        } else {
            const auto b = static_cast<unsigned char>(c);
            out += '=';
            out += hex[b >> 4];
            out += hex[b & 0xf];
        }
    }
    return QString::fromLatin1(out);
}

bool decodePart(const QString &token, QString *out)
{
    if (token == QLatin1String("=")) {
        out->clear();
        return true;
    }
    if (token.isEmpty())
        return false;
    const QByteArray in = token.toLatin1();
    QByteArray bytes;
    for (int i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (keptAsIs(c)) {
            bytes += c;
            continue;
        }
        const int high = i + 2 < in.size() ? hexDigit(in.at(i + 1)) : -1;
        const int low = high >= 0 ? hexDigit(in.at(i + 2)) : -1;
        if (c != '=' || low < 0)
            return false;
        const char b = char(high * 16 + low);
        if (keptAsIs(b))
            return false; // key() writes it as it is
        bytes += b;
        i += 2;
    }
    *out = QString::fromUtf8(bytes);
    return out->toUtf8() == bytes; // an escape that is not UTF-8 was not written by key()
}

} // namespace

QString SharedAlarmCodec::key(const QString &feed, const QString &key)
{
    return encodePart(feed) + QLatin1Char('.') + encodePart(key);
}

bool SharedAlarmCodec::splitKey(const QString &bucketKey, QString *feed, QString *key)
{
    const QStringList parts = bucketKey.split(QLatin1Char('.'));
    return parts.size() == 2 && decodePart(parts.at(0), feed) && decodePart(parts.at(1), key);
}

QByteArray SharedAlarmCodec::value(const AlarmRecord &alarm)
{
    QJsonArray steps;
    for (const AlarmTransition &t : alarm.transitions)
        steps.append(QJsonObject {{QStringLiteral("state"), t.state}, {QStringLiteral("who"), t.who},
            {QStringLiteral("atMs"), double(t.atMs)}, {QStringLiteral("note"), t.note}});
    const QJsonObject o {{QStringLiteral("feed"), alarm.feed}, {QStringLiteral("key"), alarm.key},
        {QStringLiteral("rule"), alarm.rule}, {QStringLiteral("title"), alarm.title},
        {QStringLiteral("state"), alarm.state}, {QStringLiteral("raisedMs"), double(alarm.raisedMs)},
        {QStringLiteral("snoozedUntilMs"), double(alarm.snoozedUntilMs)},
        {QStringLiteral("repeatSec"), alarm.repeatSec}, {QStringLiteral("escalateAfterSec"), alarm.escalateAfterSec},
        {QStringLiteral("escalated"), alarm.escalated}, {QStringLiteral("transitions"), steps}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool SharedAlarmCodec::fromValue(const QByteArray &json, AlarmRecord *alarm, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    const auto fail = [error](const QString &why) { return failWith(error, why); };
    if (!doc.isObject())
        return fail(parse.error != QJsonParseError::NoError ? QStringLiteral("not JSON: ") + parse.errorString()
                                                            : QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    for (const char *key : {"feed", "key", "state"})
        if (!o.value(QLatin1String(key)).isString() || o.value(QLatin1String(key)).toString().isEmpty())
            return fail(QStringLiteral("\"%1\" is missing or not a string").arg(QLatin1String(key)));
    if (!o.value(QLatin1String("transitions")).isArray())
        return fail(QStringLiteral("\"transitions\" is missing or not an array"));
    AlarmRecord a;
    a.feed = o.value(QLatin1String("feed")).toString();
    a.key = o.value(QLatin1String("key")).toString();
    a.rule = o.value(QLatin1String("rule")).toString();
    a.title = o.value(QLatin1String("title")).toString();
    a.state = o.value(QLatin1String("state")).toString();
    a.raisedMs = qint64(o.value(QLatin1String("raisedMs")).toDouble());
    a.snoozedUntilMs = qint64(o.value(QLatin1String("snoozedUntilMs")).toDouble());
    a.repeatSec = qMax(0, o.value(QLatin1String("repeatSec")).toInt());
    a.escalateAfterSec = qMax(0, o.value(QLatin1String("escalateAfterSec")).toInt());
    a.escalated = o.value(QLatin1String("escalated")).toBool();
    for (const QJsonValue &v : o.value(QLatin1String("transitions")).toArray()) {
        const QJsonObject t = v.toObject();
        if (!t.value(QLatin1String("state")).isString())
            return fail(QStringLiteral("a transition has no state"));
        a.transitions.append(
            AlarmTransition {t.value(QLatin1String("state")).toString(), t.value(QLatin1String("who")).toString(),
                qint64(t.value(QLatin1String("atMs")).toDouble()), t.value(QLatin1String("note")).toString()});
    }
    if (a.transitions.isEmpty())
        return fail(QStringLiteral("\"transitions\" is empty"));
    *alarm = a;
    return true;
}

} // namespace sb
