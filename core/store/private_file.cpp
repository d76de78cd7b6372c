#include "private_file.h"

#include "event/fail_with.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

namespace sb {

bool PrivateFile::ensureDirectory(const QString &dir, QString *error)
{
    QString path = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    QStringList missing;
    while (!QFileInfo::exists(path)) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).path();
        if (parent == path)
            break;
        path = parent;
    }
    if (missing.isEmpty() && !QFileInfo(path).isDir())
        return failWith(error, QStringLiteral("%1 is not a directory").arg(path));
    for (const QString &level : std::as_const(missing)) {
        // mkdir(2) with 0700 (the umask can only take bits away), not mkpath and a chmod afterwards.
        if (!QDir().mkdir(level, kDirectoryMode) && !QFileInfo(level).isDir())
            return failWith(error, QStringLiteral("cannot create directory %1").arg(level));
    }
    return true;
}

bool PrivateFile::open(QFile &file, QIODevice::OpenMode mode, QString *error)
{
    // The permissions apply when open() creates the file; an existing one (a capture written over) is tightened.
    if (!file.open(mode, kFileMode) || !file.setPermissions(kFileMode)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        file.close();
        return false;
    }
    return true;
}

bool PrivateFile::open(QSaveFile &file, QString *error)
{
    // QSaveFile gives its temporary file the target's mode, or 0666 less the umask for a new one; set on the open
    // temporary file, 0600 travels with it through the rename of commit().
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kFileMode)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool PrivateFile::restrictToOwner(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path))
        return true;
    if (!QFile::setPermissions(path, kFileMode))
        return failWith(error, QStringLiteral("cannot restrict %1 to its owner").arg(path));
    return true;
}

} // namespace sb
