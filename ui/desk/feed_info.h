#pragma once

#include <QString>

namespace sb::ui {

// What the desk needs to know about a feed before its first event: its name and which kind of pane shows it.
struct FeedInfo
{
    QString name;
    QString type;
};

} // namespace sb::ui
