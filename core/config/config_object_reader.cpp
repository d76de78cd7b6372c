#include "config_object_reader.h"

#include "net/credential_destination.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <utility>

namespace sb {

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("null");
    }
}

bool isDocumentation(const QString &key)
{
    return key.startsWith(QLatin1Char('_')) || key.startsWith(QLatin1String("//"));
}

int editDistance(const QString &a, const QString &b)
{
    QVector<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            const int substitution = diagonal + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
            diagonal = above;
        }
    }
    return row[b.size()];
}

QString numberText(double d)
{
    return QString::number(d, 'g', 17);
}

} // namespace

ConfigObjectReader::ConfigObjectReader(QString subject, QJsonObject json)
    : m_subject(std::move(subject))
    , m_json(std::move(json))
{ }

ConfigObjectReader ConfigObjectReader::forFeed(const QJsonObject &json, const QString &fallbackName)
{
    const QJsonValue name = json.value(QStringLiteral("name"));
    const QString feedName = name.isString() && !name.toString().isEmpty() ? name.toString() : fallbackName;
    ConfigObjectReader reader(QStringLiteral("feed \"%1\"").arg(feedName), json);
    reader.m_name = reader.string(QStringLiteral("name"), fallbackName);
    reader.string(QStringLiteral("type"));
    reader.boolean(QStringLiteral("enabled"), true);
    return reader;
}

ConfigObjectReader ConfigObjectReader::nested(const QString &path, const QJsonObject &json) const
{
    return ConfigObjectReader(m_subject + QStringLiteral(": ") + path, json);
}

bool ConfigObjectReader::contains(const QString &key) const
{
    const QJsonValue v = m_json.value(key);
    return !v.isUndefined() && !v.isNull();
}

QJsonValue ConfigObjectReader::take(const QString &key)
{
    m_read.insert(key);
    return m_json.value(key);
}

void ConfigObjectReader::wrongType(const QString &key, const char *expected, const QJsonValue &got)
{
    fail(QStringLiteral("key \"%1\" must be %2, got %3").arg(key, QLatin1String(expected), typeName(got)));
}

void ConfigObjectReader::fail(const QString &problem)
{
    m_problems << m_subject + QStringLiteral(": ") + problem;
}

QString ConfigObjectReader::string(const QString &key, const QString &fallback)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString()) {
        wrongType(key, "a string", v);
        return fallback;
    }
    return v.toString().isEmpty() ? fallback : v.toString();
}

QString ConfigObjectReader::choice(const QString &key, const QStringList &allowed, const QString &fallback)
{
    const QString s = string(key, fallback);
    if (allowed.contains(s))
        return s;
    fail(QStringLiteral("key \"%1\" must be one of \"%2\", got \"%3\"")
             .arg(key, allowed.join(QStringLiteral("\", \"")), s.left(40)));
    return fallback;
}

int ConfigObjectReader::integer(const QString &key, int fallback, int min, int max)
{
    return int(integer64(key, fallback, min, max));
}

qint64 ConfigObjectReader::integer64(const QString &key, qint64 fallback, qint64 min, qint64 max)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble()) {
        wrongType(key, "a number", v);
        return fallback;
    }
    // Checked as a double: converting one outside the integer's range is undefined behaviour.
    const double d = v.toDouble();
    if (std::trunc(d) != d) {
        fail(QStringLiteral("key \"%1\" must be a whole number, got %2").arg(key, numberText(d)));
        return fallback;
    }
    if (d < double(min) || d > double(max)) {
        fail(QStringLiteral("key \"%1\" must be between %2 and %3, got %4")
                 .arg(key, QString::number(min), QString::number(max), numberText(d)));
        return fallback;
    }
    return qint64(d);
}

bool ConfigObjectReader::boolean(const QString &key, bool fallback)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        wrongType(key, "true or false", v);
        return fallback;
    }
    return v.toBool();
}

QUrl ConfigObjectReader::url(const QString &key)
{
    const QString s = string(key);
    if (s.isEmpty())
        return QUrl();
    const QUrl u(s, QUrl::StrictMode);
    if (!u.isValid() || u.scheme().isEmpty())
        fail(QStringLiteral("key \"%1\" is not a URL: %2").arg(key, u.errorString().left(120)));
    return u;
}

QStringList ConfigObjectReader::stringList(const QString &key, const QStringList &fallback)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (v.isString())
        return v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!v.isArray()) {
        wrongType(key, "an array of strings", v);
        return fallback;
    }
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString()) {
            fail(QStringLiteral("key \"%1\" must be an array of strings, got %2 in it").arg(key, typeName(item)));
            return fallback;
        }
        if (!item.toString().isEmpty())
            out << item.toString();
    }
    return out;
}

QJsonObject ConfigObjectReader::object(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return QJsonObject();
    if (!v.isObject())
        wrongType(key, "an object", v);
    return v.toObject();
}

QJsonArray ConfigObjectReader::array(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return QJsonArray();
    if (!v.isArray())
        wrongType(key, "an array", v);
    return v.toArray();
}

void ConfigObjectReader::requireEncrypted(const QString &key, const QUrl &url, const QString &credential)
{
    const QString scheme = url.scheme().toLower();
    const bool plaintext = scheme == QLatin1String("http") || scheme == QLatin1String("ws");
    if (!plaintext || CredentialDestination::isLoopback(url))
        return;
    const QString secure = scheme == QLatin1String("ws") ? QStringLiteral("wss://") : QStringLiteral("https://");
    fail(QStringLiteral("%1 %2 sends %3 in clear; use %4 (plaintext is allowed only to loopback)")
             .arg(key, url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment), credential,
                 secure));
}

QStringList ConfigObjectReader::unknownKeys() const
{
    QStringList out;
    for (auto it = m_json.begin(); it != m_json.end(); ++it)
        if (!m_read.contains(it.key()) && !isDocumentation(it.key()))
            out << it.key();
    return out;
}

QString ConfigObjectReader::suggestionFor(const QString &unknown) const
{
    QString best;
    int bestDistance = 3; // further than two edits is a different word, not a typo
    for (const QString &known : m_read) {
        const int d = editDistance(unknown, known);
        if (d < bestDistance || (d == bestDistance && !best.isEmpty() && known < best)) {
            best = known;
            bestDistance = d;
        }
    }
    return best;
}

QString ConfigObjectReader::error() const
{
    if (!m_problems.isEmpty())
        return m_problems.first();
    const QStringList unknown = unknownKeys();
    if (unknown.isEmpty())
        return QString();
    const QString suggestion = suggestionFor(unknown.first());
    return m_subject + QStringLiteral(": unknown key \"%1\"").arg(unknown.first())
        + (suggestion.isEmpty() ? QString() : QStringLiteral(" (did you mean \"%1\"?)").arg(suggestion));
}

} // namespace sb
