#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace sb {

// The one JSON config file: {"feeds":[…], "ui":{…}, "store":{…}}. Values "env:NAME" are read from the environment
// when the file is loaded ("keychain:NAME" is left for the secret store to resolve). Unknown keys and wrongly typed
// values at the top level and in "ui" and "store" are errors; keys starting with "_" or "//" are comments.
class AppConfig
{
public:
    static bool load(const QString &path, AppConfig &out, QString *error);
    static bool fromJson(const QByteArray &json, AppConfig &out, QString *error);

    // The feed objects, checked key by key when each feed is created from its own (FeedRegistry).
    QVector<QJsonObject> feeds;
    // "ui": unset values leave the desk's defaults.
    struct Ui
    {
        std::optional<int> blotterRows;
        std::optional<int> backfillRows;
    } ui;
    // "store": the history; unset values leave the store's defaults.
    struct Store
    {
        QString path;
        std::optional<qint64> maxBytes; // 0: no size cap
        std::optional<int> retentionDays; // 0: kept for ever
    } store;

    // "relay": read by switchboard-relay (core/relay/relay_config.h); empty when absent.
    QJsonObject relay;

    QJsonObject feed(const QString &name) const; // empty when absent
    QStringList feedNames() const;

    // Replaces "env:NAME" strings everywhere in `value`; unset variables become empty and are listed in `missing`.
    static QJsonValue resolveEnv(const QJsonValue &value, QStringList *missing = nullptr,
        const std::function<QString(const QString &)> &getenv = {});
};

} // namespace sb
