#pragma once

#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace sb::ui::test {

// The README's dialog pictures: with SB_SCREENSHOT_DIR set (scripts/screenshots.sh), a dialog test saves the
// dialog as it stands into that folder. Returns false only when asked and the file could not be written.
inline bool saveScreenshot(QWidget *dialog, const QString &fileName)
{
    const QString dir = qEnvironmentVariable("SB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    return dialog->grab().save(QDir(dir).filePath(fileName));
}

} // namespace sb::ui::test
