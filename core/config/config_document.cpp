#include "config_document.h"

#include "app_config.h"
#include "event/fail_with.h"
#include "pipeline/feed_registry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace sb {

bool ConfigDocument::read(const QString &path, QJsonObject *out, QString *error)
{
    QFile f(path);
    if (!f.exists()) {
        *out = QJsonObject {{QStringLiteral("feeds"), QJsonArray()}};
        return true;
    }
    if (!f.open(QIODevice::ReadOnly))
        return failWith(error, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject())
        return failWith(error,
            QStringLiteral("%1 is not a JSON object: %2 at offset %3")
                .arg(path, parseError.errorString())
                .arg(parseError.offset));
    *out = doc.object();
    return true;
}

bool ConfigDocument::write(const QString &path, const QJsonObject &document, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return failWith(error, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    // A short write (a full disk, a file-size limit) sets no error of its own: commit() would rename the half
    // written file over the config. Cancelled, the old file stays.
    const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    if (f.write(bytes) != bytes.size()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2")
                         .arg(path,
                             f.error() == QFileDevice::NoError
                                 ? QStringLiteral("the write stopped short (is the disk full?)")
                                 : f.errorString());
        f.cancelWriting();
        return false;
    }
    if (!f.commit())
        return failWith(error, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return true;
}

ConfigProblem ConfigDocument::locate(const QString &feedName, const QJsonObject &feed, const QString &error)
{
    ConfigProblem problem {feedName, QString(), error};
    const QString subject = QStringLiteral("feed \"%1\": ").arg(feedName);
    const QString rest = error.startsWith(subject) ? error.mid(subject.size()) : error;
    // Readers name a key as `key "x"`, `unknown key "x"` or `"x" is missing`; a refused URL starts with the bare
    // key. The first quoted word the feed has is the key.
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]+)\""));
    for (QRegularExpressionMatchIterator it = quoted.globalMatch(rest); it.hasNext();) {
        const QString key = it.next().captured(1);
        if (feed.contains(key)) {
            problem.key = key;
            return problem;
        }
    }
    const QString first = rest.section(QLatin1Char(' '), 0, 0);
    if (feed.contains(first))
        problem.key = first;
    return problem;
}

QVector<ConfigProblem> ConfigDocument::check(const QJsonObject &document)
{
    QVector<ConfigProblem> problems;
    QStringList names;
    const QJsonArray feeds = document.value(QStringLiteral("feeds")).toArray();
    for (int i = 0; i < feeds.size(); ++i) {
        const QJsonObject feed = feeds.at(i).toObject();
        const QString name = feed.value(QStringLiteral("name")).toString();
        if (name.isEmpty()) {
            problems.append({name, QStringLiteral("name"), QStringLiteral("every feed needs a name")});
            continue;
        }
        if (names.contains(name)) {
            problems.append({name, QStringLiteral("name"), QStringLiteral("the name \"%1\" is used twice").arg(name)});
            continue;
        }
        names << name;
        const QString type = feed.value(QStringLiteral("type")).toString();
        if (!FeedRegistry::instance().contains(type)) {
            problems.append({name, QStringLiteral("type"),
                type.isEmpty() ? QStringLiteral("every feed needs a type")
                               : QStringLiteral("unknown feed type \"%1\" (known: %2)")
                                     .arg(type, FeedRegistry::instance().types().join(QStringLiteral(", ")))});
            continue;
        }
        bool unresolved = false;
        for (auto it = feed.begin(); it != feed.end(); ++it) {
            QStringList missing;
            AppConfig::resolveEnv(it.value(), &missing);
            if (!missing.isEmpty()) {
                unresolved = true;
                problems.append({name, it.key(),
                    QStringLiteral("environment variable %1 is not set").arg(missing.join(QStringLiteral(", ")))});
            }
        }
        if (unresolved)
            continue;
        QString error;
        if (!FeedRegistry::instance().createFeed(AppConfig::resolveEnv(feed).toObject(), &error))
            problems.append(locate(name, feed, error));
    }
    if (problems.isEmpty()) {
        AppConfig config;
        QString error;
        if (!AppConfig::fromJson(QJsonDocument(document).toJson(QJsonDocument::Compact), config, &error))
            problems.append({QString(), QString(), error});
    }
    return problems;
}

} // namespace sb
