#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace sb::ui::test {

// Puts `content` in the file at `path`, replacing what was there, for a test that hands the window a file to open.
// False when the file cannot be opened for writing.
inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(content);
    return true;
}

} // namespace sb::ui::test
