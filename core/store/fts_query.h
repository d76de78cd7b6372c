#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sb::query {
class Query;
}

namespace sb {

// The words under which an event's codes are indexed for history search. FTS5's tokenizer would split `R:MSFT.O`
// into "r", "msft", "o", losing where a code starts and ends, so each code is indexed as one opaque word for the
// whole code and one for its value after the prefix, both case-folded.
QString codeSearchTerms(const QStringList &codes);

// What SQLite can narrow a query (core/query) to before Query::matches decides: an FTS5 MATCH over the index and a
// condition on the `events e` row. Every event the query matches passes both (a superset), except that the index
// finds a word only where the title has it as whole words (`rate` finds "rate cut", not "rates" or "corporate").
// Positive words become title phrases (or, with BareWordsMatchTagValues, a code's value); each tag group becomes the
// codes it names; feed, kind and urgency groups become SQL. Negated terms, and what the index cannot say (a value it
// does not hold, such as the `lang:` and `provider:` of addColumnTags), are left to Query::matches.
struct FtsPrefilter
{
    QString match; // empty: no MATCH
    QByteArray condition; // empty: none; else SQL over `e` with its literals quoted
};

FtsPrefilter ftsPrefilter(const query::Query &query);

} // namespace sb
