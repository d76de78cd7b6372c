#pragma once

#include "event/event.h"

#include <QString>
#include <QStringList>

namespace sb::ui {

// What the story viewer needs from an Event beyond its plain fields: the audiences and MIME type inside attrs, and
// the whole Event as indented JSON, its attrs with the body text back in place. Building it parses JSON, so the viewer
// runs from() on the thread pool.
struct StoryDetails
{
    QString key;
    QStringList audiences;
    QString mimeType;
    bool fixedPitch = false; // the MIME types whose tables and columns only line up in a monospace font
    QString prettyJson;

    static StoryDetails from(const Event &event);
};

} // namespace sb::ui
