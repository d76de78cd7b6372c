#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <functional>

namespace sb {

// The one JSON config file: {"feeds":[…], "ui":{…}, "store":{…}}. Values "env:NAME" are read from the environment
// when the file is loaded ("keychain:NAME" is left for the secret store to resolve).
class AppConfig
{
public:
    static bool load(const QString &path, AppConfig &out, QString *error);
    static bool fromJson(const QByteArray &json, AppConfig &out, QString *error);

    QVector<QJsonObject> feeds;
    QJsonObject ui;
    QJsonObject store;

    QJsonObject feed(const QString &name) const; // empty when absent
    QStringList feedNames() const;

    // Replaces "env:NAME" strings everywhere in `value`; unset variables become empty and are listed in `missing`.
    static QJsonValue resolveEnv(const QJsonValue &value, QStringList *missing = nullptr,
        const std::function<QString(const QString &)> &getenv = {});
};

} // namespace sb
