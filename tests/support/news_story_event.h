#pragma once

// A news story as the MRN decoder makes it, every field set: quotes and a line break in the text, RIC and subject
// tags, and the language and provider both as fields and as the tags they are read back from.
#include "event/event.h"

namespace sb::test {

inline Event newsStoryEvent()
{
    Event e;
    e.feed = QStringLiteral("mrn");
    e.kind = QStringLiteral("news.story");
    e.key = QStringLiteral("g1");
    e.timeMs = 1719915217000;
    e.receivedMs = 1719915217123;
    e.title = "Say \"hello\", world";
    e.body = "line one\nline two";
    e.urgency = 3;
    e.tags = {QStringLiteral("R:VOD.L"), QStringLiteral("N2:COM"), QStringLiteral("lang:en"),
        QStringLiteral("provider:NS:RTRS")};
    e.language = QStringLiteral("en");
    e.source = QStringLiteral("NS:RTRS");
    e.attrs = "{\"a\":1}";
    return e;
}

} // namespace sb::test
