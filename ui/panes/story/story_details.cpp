#include "story_details.h"

#include "event/source_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::ui {

StoryDetails StoryDetails::from(const Event &event)
{
    StoryDetails d;
    d.key = event.key;
    const QJsonObject attrs = QJsonDocument::fromJson(event.attrs).object();
    // MRN nests the story under "story"; other feeds keep their fields at the top.
    const QJsonObject story
        = attrs.contains(QLatin1String("story")) ? attrs.value(QLatin1String("story")).toObject() : attrs;
    for (const QJsonValue &v : story.value(QLatin1String("audiences")).toArray())
        if (v.isString())
            d.audiences.append(v.toString());
    d.mimeType = story.value(QLatin1String("mimeType")).toString();
    d.fixedPitch = d.mimeType == QLatin1String("text/x-plain-fixed") || d.mimeType == QLatin1String("text/x-bdc-tms");
    // The Raw JSON tab shows the source as it arrived, so the body text goes back into attrs (see SourceJson).
    Event shown = event;
    shown.attrs = SourceJson::restoredAttrs(event);
    const QByteArray line = shown.toJsonLine();
    const QJsonDocument whole = QJsonDocument::fromJson(line);
    d.prettyJson = whole.isNull() ? QString::fromUtf8(line) : QString::fromUtf8(whole.toJson(QJsonDocument::Indented));
    return d;
}

} // namespace sb::ui
