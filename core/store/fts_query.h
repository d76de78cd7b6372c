#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace sb {

// One query language for the desk's filters and history search: a bare word matches text or the value of a code
// (`MSFT.O` finds stories coded `R:MSFT.O`), `PREFIX:VALUE` names a code (`R:VOD*` every code starting so).

// Whether `prefix` (what comes before the colon of a token) names a code such as R, N2 or MCC, rather than being
// part of a word like "10:30".
bool isCodePrefix(QStringView prefix);

// The words under which an event's codes are indexed for history search. FTS5's tokenizer would split `R:MSFT.O`
// into "r", "msft", "o", losing where a code starts and ends, so each code is indexed as one opaque word for the
// whole code and one for its value after the prefix, both case-folded.
QString codeSearchTerms(const QStringList &codes);

// Turns what a user types in a search box into an FTS5 query over the title, body and code terms: every word
// becomes a quoted phrase (so "don't" or "U.S." are words, not syntax), a bare word also matches a code's value, a
// code token matches that code only, words are ANDed (OR binding looser), a trailing * keeps prefix search, and "OR"
// between words is kept. Returns an empty string when nothing searchable remains.
QString toFts5Query(const QString &userText);

} // namespace sb
