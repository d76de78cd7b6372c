#include "app_config.h"

#include "config_object_reader.h"
#include "event/fail_with.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace sb {

QJsonValue AppConfig::resolveEnv(
    const QJsonValue &value, QStringList *missing, const std::function<QString(const QString &)> &getenv)
{
    if (value.isString()) {
        const QString s = value.toString();
        if (!s.startsWith(QLatin1String("env:")))
            return value;
        const QString name = s.mid(4);
        const QString v = getenv ? getenv(name) : qEnvironmentVariable(name.toLocal8Bit().constData());
        if (v.isEmpty() && missing)
            missing->append(name);
        return v;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(resolveEnv(v, missing, getenv));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), resolveEnv(it.value(), missing, getenv));
        return out;
    }
    return value;
}

namespace {

std::optional<qint64> optionalInteger(ConfigObjectReader &in, const QString &key, qint64 min, qint64 max)
{
    // A wrong value is reported by the reader and fails the load, so its fallback is never used.
    const qint64 v = in.integer64(key, min, min, max);
    return in.contains(key) ? std::optional<qint64>(v) : std::nullopt;
}

bool readSections(const QJsonObject &root, AppConfig &out, QString *error)
{
    ConfigObjectReader top(QStringLiteral("config"), root);
    top.array(QStringLiteral("feeds"));
    ConfigObjectReader ui(QStringLiteral("section \"ui\""), top.object(QStringLiteral("ui")));
    ConfigObjectReader store(QStringLiteral("section \"store\""), top.object(QStringLiteral("store")));
    // Read by switchboard-relay from the same file (DESIGN.md, Configuration).
    out.relay = top.object(QStringLiteral("relay"));
    constexpr int maxInt = std::numeric_limits<int>::max();
    if (const auto rows = optionalInteger(ui, QStringLiteral("blotterRows"), 1, maxInt))
        out.ui.blotterRows = int(*rows);
    if (const auto rows = optionalInteger(ui, QStringLiteral("backfillRows"), 0, maxInt))
        out.ui.backfillRows = int(*rows);
    out.store.path = store.string(QStringLiteral("path"));
    out.store.maxBytes = optionalInteger(store, QStringLiteral("maxBytes"), 0, qint64(1) << 53);
    if (const auto days = optionalInteger(store, QStringLiteral("retentionDays"), 0, maxInt))
        out.store.retentionDays = int(*days);
    for (const ConfigObjectReader *in : {&top, &ui, &store}) {
        if (in->hasError())
            return failWith(error, in->error());
    }
    return true;
}

} // namespace

bool AppConfig::fromJson(const QByteArray &json, AppConfig &out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return failWith(error,
            QStringLiteral("config is not a JSON object: %1 at offset %2")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    // An unset variable must not become an empty secret that fails later, far from its cause.
    QStringList missing;
    const QJsonObject root = resolveEnv(doc.object(), &missing).toObject();
    out = AppConfig();
    QStringList names;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("feeds")).toArray()) {
        QStringList unset;
        resolveEnv(v, &unset);
        if (!unset.isEmpty())
            return failWith(error,
                QStringLiteral("feed \"%1\": environment variable %2 is not set (the config says env:%3)")
                    .arg(v.toObject().value(QStringLiteral("name")).toString(), unset.join(QStringLiteral(", ")),
                        unset.first()));
    }
    if (!missing.isEmpty())
        return failWith(error,
            QStringLiteral("environment variable %1 is not set (the config says env:%2)")
                .arg(missing.join(QStringLiteral(", ")), missing.first()));
    for (const QJsonValue &v : root.value(QStringLiteral("feeds")).toArray()) {
        const QJsonObject feed = v.toObject();
        const QString name = feed.value(QStringLiteral("name")).toString();
        if (name.isEmpty() || feed.value(QStringLiteral("type")).toString().isEmpty())
            return failWith(error, QStringLiteral("every feed needs a \"name\" and a \"type\""));
        if (names.contains(name))
            return failWith(error, QStringLiteral("feed name \"%1\" is used twice").arg(name));
        names << name;
        out.feeds.append(feed);
    }
    return readSections(root, out, error);
}

bool AppConfig::load(const QString &path, AppConfig &out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failWith(error, QStringLiteral("cannot read config %1: %2").arg(path, f.errorString()));
    return fromJson(f.readAll(), out, error);
}

QJsonObject AppConfig::feed(const QString &name) const
{
    for (const QJsonObject &f : feeds)
        if (f.value(QStringLiteral("name")).toString() == name)
            return f;
    return {};
}

QStringList AppConfig::feedNames() const
{
    QStringList out;
    for (const QJsonObject &f : feeds)
        out << f.value(QStringLiteral("name")).toString();
    return out;
}

} // namespace sb
