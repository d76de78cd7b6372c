#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

#include <optional>

namespace sb {
struct Event;
}

namespace sb::query {

class QueryInput;

// What is wrong with a query, naming the token: `"urgency:x": …`.
struct QueryError
{
    QString token;
    QString message;
    QString text() const;
};

// The one query language for filter boxes, rules and the CLI (#16):
//   words and "quoted phrases" match the title, case-insensitively (full Unicode case folding);
//   feed:NAME, kind:K (K or K.*), urgency:N or urgency:N-M; any other PREFIX:VALUE is a tag, VALUE* a tag prefix;
//   -token must not hold. Field tokens group by field (feed, kind, urgency, or the tag's PREFIX): one of a group
//   holds, every group holds, every word holds, no negated token holds. The empty query matches every event.
// Parsed once; matching an event allocates nothing.
class Query
{
public:
    static std::optional<Query> parse(QStringView text, QueryError *error = nullptr);

    bool matches(const QueryInput &event) const;
    bool matches(const Event &event) const; // prepares the event; for one-off use
    bool isEmpty() const { return m_terms.isEmpty(); }
    QString text() const { return m_text; }

private:
    struct Term
    {
        enum class Field : quint8 { Feed, Kind, Urgency, Tag, TagPrefix, Word };
        Field field = Field::Word;
        bool negated = false;
        int group = -1; // positive field terms: the index of their field's group
        QString value; // case-folded: the feed, the kind, "prefix:value", "prefix:" + the value's start, the word
        size_t hash = 0; // of `value`, for Tag terms
        int low = 0;
        int high = 0;
    };

    static bool holds(const Term &term, const QueryInput &event);

    QString m_text;
    QVector<Term> m_terms; // positive field terms sorted by group, then words, then negated terms
    qsizetype m_fieldTerms = 0;
    qsizetype m_words = 0;
};

} // namespace sb::query
