#pragma once

#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>

namespace sb::gui {

class DeskLauncher;

// Arranges the desk (size, workspace, panes in front) and, given a path, lets it run for a while, saves a picture
// of the window and quits: how the README's screenshots are made, the same way each time
// (`scripts/screenshots.sh`).
class WindowSnapshot : public QObject
{
    Q_OBJECT
public:
    struct Plan
    {
        QString path; // PNG to write; empty: arrange only
        int afterMs = 8000; // time for the demo feeds to fill the panes
        QSize size; // invalid: as the settings left it
        QString workspace; // empty: the one the settings hold
        QStringList raise; // feeds whose panes are brought to the front of their tab group
    };

    WindowSnapshot(DeskLauncher *launcher, Plan plan, QObject *parent = nullptr);
    // Arranges the window now and, with a path, takes the picture after `afterMs` and quits the application with
    // 0, or 1 when the file cannot be written.
    void start();

private:
    void arrange();
    void take();

    DeskLauncher *m_launcher;
    Plan m_plan;
};

} // namespace sb::gui
