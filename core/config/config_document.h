#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace sb {

// One problem of a config, placed where an editor can show it: the feed it names (empty for the file as a whole)
// and the key within that feed (empty for the feed as a whole).
struct ConfigProblem
{
    QString feed;
    QString key;
    QString message;
};

// The config file as the user wrote it, for editing: "env:" and "keychain:" references stay references, so that
// writing it back never puts a resolved secret on disk. Checking resolves them in memory only, as loading does.
class ConfigDocument
{
public:
    // A missing file reads as an empty document ({"feeds": []}), so that a first config can be written.
    static bool read(const QString &path, QJsonObject *out, QString *error);
    // Atomic: a failed write leaves the old file as it was.
    static bool write(const QString &path, const QJsonObject &document, QString *error);

    // Every feed checked by the type that will run it (FeedRegistry), then the file as AppConfig loads it. Empty
    // when the document would load and every enabled feed would start.
    static QVector<ConfigProblem> check(const QJsonObject &document);
    // Places a reader's error ("feed \"x\": key \"url\" must be …") on the key it names, when `feed` has that key.
    static ConfigProblem locate(const QString &feedName, const QJsonObject &feed, const QString &error);
};

} // namespace sb
