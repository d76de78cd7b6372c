#pragma once

#include "event.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>

namespace sb {

// An Event's attrs embed the feed's JSON as it arrived, except for what the Event carries itself: the string its
// `body` was taken from is emptied in attrs, and so is MRN's subjects array, which is the Event's `tags`; a story's
// text and codes are printed and stored once. restoredAttrs() puts them back, for the views that show the source as
// it arrived (the Raw JSON tab).
class SourceJson
{
public:
    // Where an Event's body text may sit in attrs, as JSON Pointers, by kind (the feed's name is the user's, its kinds
    // are fixed); none for kinds whose body is built, not copied.
    static QByteArrayList bodyPointers(const QString &kind);
    // Where an Event's tags sit in attrs as an array of strings, in order; empty when they are not copied from one.
    static QByteArray tagsPointer(const QString &kind);

    // Appends `json` (a valid JSON object) to `out` with the string at `pointer` emptied; false, and `json` appended
    // untouched, when no string is there.
    static bool appendWithoutString(QByteArray &out, QByteArrayView json, QByteArrayView pointer);

    // Replaces the array at `pointer` inside `json` by [] ; false when no array is there.
    static bool emptyArray(QByteArray &json, QByteArrayView pointer);

    // attrs with the body text (and tags) back in its place (JSON-equal to the source; byte-equal when the source
    // escaped the text as JsonWriter does). attrs as they are when the feed keeps no body there or the string is not
    // empty.
    static QByteArray restoredAttrs(const Event &event);

    // The byte range [begin, end) of the value at `pointer` inside valid JSON, or {-1, -1}.
    struct Span
    {
        qsizetype begin = -1;
        qsizetype end = -1;
        bool found() const { return begin >= 0; }
    };
    static Span locate(QByteArrayView json, QByteArrayView pointer);
};

} // namespace sb
