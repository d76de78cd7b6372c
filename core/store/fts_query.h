#pragma once

#include <QString>

namespace sb {

// Turns what a user types in a search box into an FTS5 query: every word becomes a quoted phrase (so "R:VOD.L" or
// "don't" are words, not syntax), words are ANDed, a trailing * keeps prefix search, and "OR" between words is
// kept. Returns an empty string when nothing searchable remains.
QString toFts5Query(const QString &userText);

} // namespace sb
