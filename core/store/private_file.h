#pragma once

#include <QFile>
#include <QString>

class QSaveFile;

namespace sb {

// Files that hold what the user received (history, state, captures, exports) are the user's alone: created 0600, in
// directories created 0700. A directory that already exists is the user's choice (their home, a shared data disk)
// and is left as it is; only what we create is restricted. Files are created with their mode rather than chmod-ed
// afterwards where Qt allows it, so no other user can open them in between; the process umask is never touched,
// since other threads create files at the same time.
class PrivateFile
{
public:
    static constexpr QFile::Permissions kFileMode = QFile::ReadOwner | QFile::WriteOwner;
    static constexpr QFile::Permissions kDirectoryMode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

    // Creates `dir` and any missing parents with mode 0700; existing ones are left alone.
    static bool ensureDirectory(const QString &dir, QString *error = nullptr);
    // Opens `file` for writing, creating it 0600; an existing file being written over is made 0600 too. Its directory
    // is not created: a path the user named is taken as given (ensureDirectory() first for a directory of ours).
    static bool open(QFile &file, QIODevice::OpenMode mode, QString *error = nullptr);
    // The same for a QSaveFile: the temporary file, and so the file it becomes on commit(), is 0600.
    static bool open(QSaveFile &file, QString *error = nullptr);
    // Makes an existing file 0600; a missing file is not an error.
    static bool restrictToOwner(const QString &path, QString *error = nullptr);
};

} // namespace sb
