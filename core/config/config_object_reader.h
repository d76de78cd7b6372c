#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <limits>

namespace sb {

// Reads one object of the config file (a feed, or the "ui" and "store" sections) key by key, so that every key is
// declared once where it is read: a misspelt key or a value of the wrong type is an error naming the feed and the
// key, never a silent default. Keys starting with "_" or "//" are documentation and ignored. A missing key, null and
// an empty string all mean "not set" and give the default.
class ConfigObjectReader
{
public:
    // `subject` names the object in errors, e.g. `feed "news"` or `section "store"`.
    ConfigObjectReader(QString subject, QJsonObject json);
    // A feed object: its name (or `fallbackName`) names it in errors, and the keys every feed has (name, type,
    // enabled) are read here.
    static ConfigObjectReader forFeed(const QJsonObject &json, const QString &fallbackName);
    // An object nested under this one (e.g. one of Salto's hubs): its errors name this one and then `path`.
    ConfigObjectReader nested(const QString &path, const QJsonObject &json) const;

    QString name() const { return m_name; } // a feed's name; empty for a section
    bool contains(const QString &key) const;

    QString string(const QString &key, const QString &fallback = QString());
    // One of `allowed`, or `fallback` when not set.
    QString choice(const QString &key, const QStringList &allowed, const QString &fallback);
    int integer(const QString &key, int fallback, int min = 0, int max = std::numeric_limits<int>::max());
    qint64 integer64(const QString &key, qint64 fallback, qint64 min = 0,
        qint64 max = qint64(1) << 53); // doubles hold every integer up to 2^53 exactly
    bool boolean(const QString &key, bool fallback);
    QUrl url(const QString &key); // empty when not set
    // An array of strings, or one comma-separated string; empty items are dropped.
    QStringList stringList(const QString &key, const QStringList &fallback = QStringList());
    QJsonObject object(const QString &key);
    // An array whose items the caller checks itself.
    QJsonArray array(const QString &key);
    // A value of any shape, which the caller checks itself (Undefined when not set).
    QJsonValue value(const QString &key) { return take(key); }

    // Refuses `url` when it would carry `credential` (e.g. "the access token") in clear to another machine: http and
    // ws are allowed only to loopback (the emulators).
    void requireEncrypted(const QString &key, const QUrl &url, const QString &credential);
    // Records a problem of the caller's own, prefixed like the reader's.
    void fail(const QString &problem);

    // Keys present but never read; documentation keys excluded.
    QStringList unknownKeys() const;
    // The first problem (wrong type, out of range, refused URL, then unknown keys), or empty when there is none.
    QString error() const;
    bool hasError() const { return !error().isEmpty(); }

private:
    QJsonValue take(const QString &key);
    void wrongType(const QString &key, const char *expected, const QJsonValue &got);
    QString suggestionFor(const QString &unknown) const;

    QString m_subject;
    QString m_name;
    QJsonObject m_json;
    QSet<QString> m_read;
    QStringList m_problems;
};

} // namespace sb
